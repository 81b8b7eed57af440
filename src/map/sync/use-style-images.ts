import { useLayoutEffect } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_IDS } from '../../domain/model/enums';
import { LAYER_FAMILY, SYMBOLOGY } from '../../domain/symbology';
import { imageName, parseImageName } from '../data-style';
import { drawRing, drawShape } from '../shapes';
import { MIX, parseRingName, ringArcs } from '../../domain/cluster-mix';
import type { ResolvedTheme } from '../basemap-style';
import { whenStyleLoads } from './style-ready';

const GAP = { light: '#ffffff', dark: '#10151a' } as const;

function addIcon(map: MapLibreMap, id: string): void {
  if (map.hasImage(id)) return;
  const ring = parseRingName(id);
  if (ring) {
    // A mixed cluster's arcs are its layers, in their colour families; otherwise its layer's categories.
    const colors =
      ring.layer === MIX
        ? LAYER_IDS.map((l) => LAYER_FAMILY[l][ring.theme])
        : SYMBOLOGY[ring.layer].categories.map((c) => c.color[ring.theme]);
    const arcs = ringArcs(ring.parts).map((a) => ({ ...a, color: colors[a.category]! }));
    map.addImage(id, drawRing(ring.radiusPx, arcs, GAP[ring.theme], 2), { pixelRatio: 2 });
    return;
  }
  const spec = parseImageName(id);
  if (!spec) return;
  map.addImage(id, drawShape(spec.shape, spec.fill, spec.stroke, 2), { pixelRatio: 2 });
}

/**
 * Icons are drawn in code. Layers are added while React renders, so every legend icon of the
 * theme is added in a layout effect before the first paint (MapLibre reloads the tiles that
 * were waiting for them), and a resolver draws any other one on demand.
 */
export function useStyleImages(map: MapLibreMap | undefined, theme: ResolvedTheme) {
  useLayoutEffect(() => {
    if (!map) return;
    map.setMissingStyleImageResolver((id) => addIcon(map, id));
    const addAll = () => {
      for (const layer of LAYER_IDS)
        for (const c of SYMBOLOGY[layer].categories) addIcon(map, imageName(layer, c.value, theme));
    };
    return whenStyleLoads(map, addAll);
  }, [map, theme]);
}
