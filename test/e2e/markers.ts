/**
 * Where the map draws its markers, for the legibility test and for `scripts/overlaps.ts`, which
 * lists the same pairs at any view.
 */
import type { Page } from 'playwright-core';

/**
 * Every marker drawn on the map now (overview bubbles and points, each layer's clusters and
 * symbols, stacked markers) where it is drawn, and the pairs of different layers (a mixed
 * bubble is a layer of its own) closer than `px`.
 */
export async function markersWithin(page: Page, px: number) {
  return page.evaluate((limit) => {
    const map = window.khanij!.map;
    const style = map.getStyle();
    const ids = style.layers
      .map((l) => l.id)
      .filter((id) => !id.startsWith('label-guard:'))
      .filter((id) => /-(symbol|cluster)$|^(stacks|overview)-(marker|single)$/.test(id));
    const drawn: { layer: string; what: string; x: number; y: number; count: number }[] = [];
    for (const id of ids) {
      const type = style.layers.find((l) => l.id === id)!.type;
      const t = ((type === 'circle'
        ? map.getPaintProperty(id, 'circle-translate')
        : map.getPaintProperty(id, 'icon-translate')) as [number, number] | undefined) ?? [0, 0];
      for (const f of map.queryRenderedFeatures({ layers: [id] })) {
        const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
        const props = f.properties;
        const layer =
          id.startsWith('overview') || id.startsWith('stacks')
            ? typeof props.layer === 'string'
              ? props.layer
              : `${id}:${props.cluster_id ?? props.key}`
            : id.replace(/-(symbol|cluster)$/, '');
        const count = Number(props.point_count ?? props.count ?? 1);
        drawn.push({
          layer,
          what: `${id} ${props.id ?? props.cluster_id ?? props.key}`,
          x: p.x + t[0],
          y: p.y + t[1],
          count,
        });
      }
    }
    const close: string[] = [];
    for (let i = 0; i < drawn.length; i++)
      for (let j = i + 1; j < drawn.length; j++) {
        const a = drawn[i]!;
        const b = drawn[j]!;
        const d = Math.hypot(a.x - b.x, a.y - b.y);
        if (a.layer !== b.layer && d < limit) close.push(`${a.what} / ${b.what}: ${d.toFixed(1)} px`);
      }
    return { drawn, close };
  }, px);
}
