/**
 * The app's shareable state as URL query parameters, with a pure encode/decode pair.
 * The camera lives in the hash (`#map=zoom/lat/lon`, MapLibre's own), everything else here:
 *
 *   ?off=centres,overseas                 datasets switched off (absent: all on)
 *   &f=minerals:lithium;blocks/status!annulled;year=2024..   the filter (src/domain/filter/codec.ts)
 *   &sel=blk-katghora                     selected feature
 *   &state=IN-CG                          state view
 *   &district=IN-CG:Korba                 district view (inside its state's)
 *   &sort=-year                           results table sort (a leading '-' is descending)
 *   &inview=1                             results limited to the map's extent
 *   &tab=results                          the panel's open part
 *   &q=within!rect:…                      the spatial question and its area (src/domain/spatial/query-param.ts)
 *   &view=investor                        the start view chosen (geologist, investor, official); on its
 *                                         own it also sets that view's tab, filter and layers
 *   &shade=state:blocks:awarded           the choropleth: level, measure, and (block measures) a status
 *   &asof=2024-01-01                      the time slider's date (the filter's `since` condition)
 *
 * Older links still work: `layers=` (the visible curated layers) and `hide=blocks:annulled+deferred`.
 * Decoding is forgiving and syntactic: malformed values are dropped, never fatal. Whether a
 * filter names real fields and values is checked once the data is loaded (sanitizeFilter).
 */
import { LAYER_IDS } from '../domain/model/enums';
import { CATEGORY_FIELD } from '../domain/model/curated';
import { isStateCode, type StateCode } from '../domain/states';
import { decodeFilter, encodeFilter } from '../domain/filter/codec';
import { scopedKey, withCondition, type FilterSpec } from '../domain/filter/spec';
import { PANEL_TABS, type PanelTab } from './slices/ui';
import { DEFAULT_SORT, type TableSort } from './slices/table';
import { decodeQuerySpec, encodeQuerySpec } from '../domain/spatial/query-param';
import { AUDIENCES, type Audience } from './slices/audience';
import { CHOROPLETH_MEASURES, isBlockMeasure, type ChoroplethMeasure } from '../domain/insights/choropleth';
import { BLOCK_STATUSES } from '../domain/model/enums';
import type { ChoroplethChoice } from './slices/insights';
import { AS_OF_KEY, dateOfDay, dayOf } from '../domain/insights/timeline';

export interface UrlState {
  hiddenLayers: readonly string[];
  filters: FilterSpec;
  selectedId: string | null;
  stateView: StateCode | null;
  districtView: string | null;
  tableSort: TableSort;
  tableInView: boolean;
  panelTab: PanelTab;
  /** The spatial question, encoded; a malformed one is dropped. */
  query: string | null;
  /** The start view chosen, if any. */
  audience: Audience | null;
  /** The choropleth shown instead of the points, or null. */
  choropleth: ChoroplethChoice | null;
}

/**
 * What a start view opens when its link says nothing more: the geologist the filters (minerals
 * and stages), the investor the auction pipeline (offered and re-offered blocks beside the
 * processing hubs) in Insights, the state official the state view.
 */
export function audiencePreset(
  a: Audience,
): Pick<UrlState, 'panelTab'> & Partial<Pick<UrlState, 'filters' | 'hiddenLayers'>> {
  switch (a) {
    case 'geologist':
      return { panelTab: 'filters' };
    case 'investor':
      return {
        panelTab: 'insights',
        filters: { 'blocks/status': { op: 'in', values: ['offered', 're-offered'] } },
        hiddenLayers: LAYER_IDS.filter((l) => l !== 'blocks' && l !== 'processing').sort(),
      };
    case 'official':
      return { panelTab: 'layers' };
  }
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SORT_KEY = /^-?[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const MAX_SLUG = 120;

export function defaultUrlState(): UrlState {
  return {
    hiddenLayers: [],
    filters: {},
    selectedId: null,
    stateView: null,
    districtView: null,
    tableSort: DEFAULT_SORT,
    tableInView: false,
    panelTab: 'layers',
    query: null,
    audience: null,
    choropleth: null,
  };
}

/** The query string (without '?') for a state; parameters at their defaults are left out. */
export function encodeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  // With a start view, a part left out would be read as that view's preset: say it is empty.
  const preset = s.audience ? audiencePreset(s.audience) : null;
  if (s.hiddenLayers.length > 0) p.set('off', [...s.hiddenLayers].sort().join(','));
  else if (preset?.hiddenLayers) p.set('off', '');
  // The time slider's condition travels as a date of its own, when it is one.
  const since = s.filters[AS_OF_KEY];
  const asOf =
    since?.op === 'range' &&
    since.min === null &&
    since.max !== null &&
    dayOf(dateOfDay(since.max)) === since.max
      ? dateOfDay(since.max)
      : null;
  const f = encodeFilter(asOf ? withCondition(s.filters, AS_OF_KEY, null) : s.filters);
  if (f) p.set('f', f);
  else if (preset?.filters) p.set('f', '');
  if (asOf) p.set('asof', asOf);
  if (s.selectedId) p.set('sel', s.selectedId);
  if (s.stateView) p.set('state', s.stateView);
  if (s.districtView) p.set('district', s.districtView);
  if (s.tableSort.key !== DEFAULT_SORT.key || s.tableSort.desc !== DEFAULT_SORT.desc)
    p.set('sort', `${s.tableSort.desc ? '-' : ''}${s.tableSort.key}`);
  if (s.tableInView) p.set('inview', '1');
  if (s.panelTab !== 'layers' || (preset && preset.panelTab !== s.panelTab)) p.set('tab', s.panelTab);
  if (s.query) p.set('q', s.query);
  if (s.audience) p.set('view', s.audience);
  if (s.choropleth) p.set('shade', encodeShade(s.choropleth));
  return p.toString();
}

/** The state a query string describes; whatever is malformed falls back to the default. */
export function decodeUrlState(search: string): UrlState {
  const out = defaultUrlState();
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return out;
  }

  const off = p.get('off');
  if (off)
    out.hiddenLayers = [
      ...new Set(off.split(',').filter((id) => id.length <= MAX_SLUG && SLUG.test(id))),
    ].sort();

  // Older links: the visible curated layers. A list with nothing recognisable is ignored.
  const layers = p.get('layers');
  if (layers !== null && off === null) {
    const named = layers.split(',').filter((l) => (LAYER_IDS as readonly string[]).includes(l));
    if (named.length > 0 || layers === '')
      out.hiddenLayers = LAYER_IDS.filter((l) => !named.includes(l)).sort();
  }

  const f = p.get('f');
  if (f) out.filters = decodeFilter(f);
  const asOfDay = dayOf(p.get('asof') ?? '');
  if (asOfDay !== null)
    out.filters = withCondition(out.filters, AS_OF_KEY, { op: 'range', min: null, max: asOfDay });

  // Older links: legend categories switched off, as `layer:cat+cat;layer:cat`.
  const hide = p.get('hide');
  if (hide) {
    for (const part of hide.split(';')) {
      const i = part.indexOf(':');
      if (i < 0) continue;
      const layer = part.slice(0, i) as (typeof LAYER_IDS)[number];
      const field = LAYER_IDS.includes(layer) ? CATEGORY_FIELD[layer] : null;
      if (!field) continue;
      const values = part
        .slice(i + 1)
        .split(/[+ ]/)
        .filter(Boolean);
      out.filters = withCondition(out.filters, scopedKey(layer, field), { op: 'out', values });
    }
  }

  const sel = p.get('sel');
  if (sel && sel.length <= MAX_SLUG && SLUG.test(sel)) out.selectedId = sel;

  const st = p.get('state');
  if (st && isStateCode(st)) out.stateView = st;

  // A district belongs to a state: its code must be a state's, and that state's view is opened.
  const d = p.get('district');
  const m = d && d.length <= 120 ? /^(IN-[A-Z]{2}):(\S(?:.*\S)?)$/.exec(d) : null;
  if (m && isStateCode(m[1]!)) {
    out.districtView = d;
    out.stateView = m[1] as StateCode;
  }

  const sort = p.get('sort');
  if (sort && SORT_KEY.test(sort))
    out.tableSort = { key: sort.replace(/^-/, ''), desc: sort.startsWith('-') };

  out.tableInView = p.get('inview') === '1';
  const tab = p.get('tab');
  if (tab && (PANEL_TABS as readonly string[]).includes(tab)) out.panelTab = tab as PanelTab;
  const q = p.get('q');
  const spec = q ? decodeQuerySpec(q) : null;
  if (spec) out.query = encodeQuerySpec(spec);

  // A start view; alone (`?view=investor`) it opens that view's tab, filter and layers.
  const view = p.get('view');
  if (view && (AUDIENCES as readonly string[]).includes(view)) {
    out.audience = view as Audience;
    const preset = audiencePreset(out.audience);
    if (tab === null) out.panelTab = preset.panelTab;
    if (preset.filters && f === null && hide === null)
      out.filters =
        asOfDay === null
          ? preset.filters
          : withCondition(preset.filters, AS_OF_KEY, { op: 'range', min: null, max: asOfDay });
    if (preset.hiddenLayers && off === null && layers === null) out.hiddenLayers = preset.hiddenLayers;
  }
  const shade = p.get('shade');
  if (shade) out.choropleth = decodeShade(shade);
  return out;
}

/** `state:blocks`, `district:blockDensity:awarded`. */
export function encodeShade(c: ChoroplethChoice): string {
  return [c.level, c.measure, ...(c.status && isBlockMeasure(c.measure) ? [c.status] : [])].join(':');
}

/** The choropleth a `shade=` value names, or null when any part is unknown. */
export function decodeShade(v: string): ChoroplethChoice | null {
  const [level, measure, status, ...rest] = v.split(':');
  if (rest.length > 0 || (level !== 'state' && level !== 'district')) return null;
  if (!(CHOROPLETH_MEASURES as readonly string[]).includes(measure ?? '')) return null;
  const m = measure as ChoroplethMeasure;
  if (status !== undefined && !(isBlockMeasure(m) && (BLOCK_STATUSES as readonly string[]).includes(status)))
    return null;
  return { level, measure: m, status: status ?? null };
}
