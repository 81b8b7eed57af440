import type { LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { BASEMAP_IDS } from './basemap-style';

/**
 * District and town names must never be covered by what the data draws ("Mahasamund" read "Ma 3 und"
 * under a stacked marker). The data's symbols and counts ignore label placement (so that they never
 * push a state's name off the map), which also means they keep no name away. A guard is an invisible
 * twin of a data symbol layer that does take part in placement: it is always placed (allow-overlap)
 * and reserves its box (no ignore-placement).
 *
 * MapLibre places symbols from the top of the layer stack down, so the guards sit right above the
 * town names (and the district names under them) and below the state and country names: those are
 * placed before the guards and are not affected; town and district names are placed after them and
 * move to another anchor or give way.
 */
export const LABEL_GUARD_BEFORE = BASEMAP_IDS.neighboursLabel;

/** Extra room (px) a guard keeps around a count, which sits on a disc larger than its digits. */
const COUNT_PADDING_PX = 10;

/** The id of a layer's guard: a prefix, so that no pattern matching data layer ids matches a guard. */
export function guardLayerId(id: string): string {
  return `label-guard:${id}`;
}

/**
 * The guard of each symbol layer among `specs` (circle layers have no box of their own: the symbol
 * or count drawn on them stands for them). Each keeps its layer's source, filter, zoom range, size
 * and translation, so it follows the filters and sits where the symbol is drawn.
 */
export function labelGuardSpecs(specs: readonly LayerSpecification[]): SymbolLayerSpecification[] {
  const guards: SymbolLayerSpecification[] = [];
  for (const spec of specs) {
    if (spec.type !== 'symbol') continue;
    const layout = { ...spec.layout };
    const hasText = layout['text-field'] !== undefined;
    const hasIcon = layout['icon-image'] !== undefined;
    if (hasText) {
      layout['text-allow-overlap'] = true;
      layout['text-ignore-placement'] = false;
      layout['text-padding'] = COUNT_PADDING_PX;
    }
    if (hasIcon) {
      layout['icon-allow-overlap'] = true;
      layout['icon-ignore-placement'] = false;
    }
    const paint = spec.paint ?? {};
    guards.push({
      ...spec,
      id: guardLayerId(spec.id),
      layout,
      paint: {
        'text-opacity': 0,
        'icon-opacity': 0,
        ...(paint['text-translate'] ? { 'text-translate': paint['text-translate'] } : {}),
        ...(paint['icon-translate'] ? { 'icon-translate': paint['icon-translate'] } : {}),
      },
    });
  }
  return guards;
}
