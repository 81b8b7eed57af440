/**
 * The app's shareable state as URL query parameters, with a pure encode/decode pair.
 * The camera lives in the hash (`#map=zoom/lat/lon`, MapLibre's own), everything else here:
 *
 *   ?layers=blocks,centres            visible layers (absent: all visible)
 *   &hide=blocks:annulled+deferred    legend categories switched off, per layer (';' between layers)
 *   &sel=blk-katghora                 selected feature
 *   &state=IN-CG                      state view
 *
 * Decoding is forgiving: unknown layers, categories, states or malformed values are dropped,
 * never fatal, and the rest of the URL still applies.
 */
import { LAYER_IDS, type LayerId } from '../data/schema';
import { isStateCode, type StateCode } from '../domain/states';
import { SYMBOLOGY } from '../domain/symbology';

export interface UrlState {
  visibleLayers: Record<LayerId, boolean>;
  hiddenCategories: Record<LayerId, string[]>;
  selectedId: string | null;
  stateView: StateCode | null;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isLayer = (s: string): s is LayerId => (LAYER_IDS as readonly string[]).includes(s);
const isCategory = (layer: LayerId, c: string) => SYMBOLOGY[layer].categories.some((t) => t.value === c);

export function defaultUrlState(): UrlState {
  return {
    visibleLayers: Object.fromEntries(LAYER_IDS.map((l) => [l, true])) as Record<LayerId, boolean>,
    hiddenCategories: Object.fromEntries(LAYER_IDS.map((l) => [l, []])) as unknown as Record<
      LayerId,
      string[]
    >,
    selectedId: null,
    stateView: null,
  };
}

/** The query string (without '?') for a state; parameters at their defaults are left out. */
export function encodeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  const visible = LAYER_IDS.filter((l) => s.visibleLayers[l]);
  if (visible.length !== LAYER_IDS.length) p.set('layers', visible.join(','));
  const hide = LAYER_IDS.filter((l) => s.hiddenCategories[l].length > 0)
    .map((l) => `${l}:${[...s.hiddenCategories[l]].sort().join('+')}`)
    .join(';');
  if (hide) p.set('hide', hide);
  if (s.selectedId) p.set('sel', s.selectedId);
  if (s.stateView) p.set('state', s.stateView);
  return p.toString();
}

/** The state a query string describes; whatever is malformed or unknown falls back to the default. */
export function decodeUrlState(search: string): UrlState {
  const out = defaultUrlState();
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return out;
  }

  const layers = p.get('layers');
  if (layers !== null) {
    const named = layers.split(',').filter(isLayer);
    // A list with nothing recognisable is treated as absent rather than hiding every layer.
    if (named.length > 0 || layers === '') {
      for (const l of LAYER_IDS) out.visibleLayers[l] = named.includes(l);
    }
  }

  const hide = p.get('hide');
  if (hide) {
    for (const part of hide.split(';')) {
      const i = part.indexOf(':');
      if (i < 0) continue;
      const layer = part.slice(0, i);
      if (!isLayer(layer)) continue;
      const cats = [...new Set(part.slice(i + 1).split(/[+ ]/))].filter((c) => isCategory(layer, c)).sort();
      out.hiddenCategories[layer] = cats;
    }
  }

  const sel = p.get('sel');
  if (sel && sel.length <= 120 && SLUG.test(sel)) out.selectedId = sel;

  const st = p.get('state');
  if (st && isStateCode(st)) out.stateView = st;
  return out;
}
