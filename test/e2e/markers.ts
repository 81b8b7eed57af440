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

/**
 * The markers drawn now as discs of their drawn size (a bubble with its ring, a stacked marker
 * with its rim, a symbol's icon; not the faint precision discs), and the pairs of different
 * markers that overlap by more than 1 px. A bubble, a stack and the layers drawn at one position
 * by one marker count as one.
 */
export async function markerOverlaps(page: Page) {
  return page.evaluate(() => {
    const map = window.khanij!.map;
    const ids = map
      .getStyle()
      .layers.filter(
        (l) =>
          (l.type === 'circle' || l.type === 'symbol') &&
          'source' in l &&
          /^(overview|overview-near|stacks|data-[a-z-]+)$/.test(String(l.source)) &&
          !/-halo$|^label-guard:/.test(l.id) &&
          !(l.type === 'symbol' && !l.layout?.['icon-image']),
      )
      .map((l) => l.id);
    const discs: { x: number; y: number; r: number; group: string; what: string }[] = [];
    for (const f of map.queryRenderedFeatures({ layers: ids })) {
      const paint = (f.layer.paint ?? {}) as Record<string, unknown>;
      const layout = (f.layer.layout ?? {}) as Record<string, unknown>;
      let r = 0;
      let t = [0, 0] as [number, number];
      if (f.layer.type === 'circle') {
        r = Number(paint['circle-radius'] ?? 0) + Number(paint['circle-stroke-width'] ?? 0);
        t = (paint['circle-translate'] as [number, number] | undefined) ?? t;
      } else {
        const icon = layout['icon-image'] as string | { name: string };
        const img = map.getImage(typeof icon === 'string' ? icon : icon.name);
        if (img) r = (img.data.width / img.pixelRatio / 2) * Number(layout['icon-size'] ?? 1);
        t = (paint['icon-translate'] as [number, number] | undefined) ?? t;
      }
      const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      const src = String(f.source);
      const props = f.properties;
      // One marker: a cluster's disc and ring, a stack's disc and rim, a symbol alone.
      const key = props.cluster_id ?? props.key ?? props.id;
      discs.push({
        x: p.x + t[0],
        y: p.y + t[1],
        r,
        group: `${src}:${key}:${p.x.toFixed(1)},${p.y.toFixed(1)}`,
        what: `${f.layer.id} ${props.point_count ?? props.count ?? props.name ?? ''}`,
      });
    }
    const overlapping: string[] = [];
    for (let i = 0; i < discs.length; i++)
      for (let j = i + 1; j < discs.length; j++) {
        const a = discs[i]!;
        const b = discs[j]!;
        if (a.group === b.group) continue;
        const d = Math.hypot(a.x - b.x, a.y - b.y);
        if (d < a.r + b.r - 1)
          overlapping.push(
            `${a.what} / ${b.what}: ${d.toFixed(0)} px apart, radii ${a.r.toFixed(0)} + ${b.r.toFixed(0)}`,
          );
      }
    return { discs: discs.length, overlapping };
  });
}

/**
 * Draws everything the data draws transparent (`on` false) or as it was (`on` true). Its layers
 * stay on the map, so what is placed clear of them (the states' names) stays where it is.
 */
export async function setDataOpacity(page: Page, on: boolean) {
  await page.evaluate((on) => {
    const map = window.khanij!.map;
    const saved = ((window as unknown as { __opacity?: Record<string, unknown> }).__opacity ??= {});
    for (const l of map.getStyle().layers) {
      if (!('source' in l) || !/^(data-|overview|stacks$)/.test(String(l.source))) continue;
      const props =
        l.type === 'circle'
          ? ['circle-opacity', 'circle-stroke-opacity']
          : l.type === 'symbol'
            ? ['icon-opacity', 'text-opacity']
            : l.type === 'fill'
              ? ['fill-opacity']
              : l.type === 'line'
                ? ['line-opacity']
                : [];
      for (const p of props) {
        const key = `${l.id}|${p}`;
        if (!on) saved[key] = map.getPaintProperty(l.id, p as 'circle-opacity');
        map.setPaintProperty(l.id, p as 'circle-opacity', on ? (saved[key] as number) : 0);
      }
    }
  }, on);
}
