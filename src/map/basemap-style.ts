import type { StyleSpecification, ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { fontFaces, FONT_REGULAR, FONT_BOLD } from './fonts';
import { STATE_POINT_MAXZOOM } from './data-style';

export type ResolvedTheme = 'light' | 'dark';

/** Basemap colours per theme. Data layers draw on top with the symbology tokens. */
export const BASEMAP_PALETTE: Record<ResolvedTheme, Record<string, string>> = {
  light: {
    sea: '#c9dfeb',
    neighbour: '#e7e4dd',
    neighbourLine: '#c4bfb6',
    neighbourText: '#8a857c',
    land: '#fbf9f4',
    stateLine: '#b3aa9c',
    indiaLine: '#6b6257',
    stateText: '#4a453e',
    textHalo: '#fbf9f4',
    stateHighlight: '#8a5a00',
    townText: '#5b544a',
  },
  dark: {
    sea: '#0d1a24',
    neighbour: '#1d232a',
    neighbourLine: '#343c45',
    neighbourText: '#7d8792',
    land: '#262c33',
    stateLine: '#4f5963',
    indiaLine: '#9aa5b1',
    stateText: '#d9dee4',
    textHalo: '#1a1f25',
    stateHighlight: '#ffc14d',
    townText: '#b9c1ca',
  },
};

export const BASEMAP_ATTRIBUTION =
  'Boundaries: Natural Earth (public domain), world-atlas (ISC); India’s view for J&K and Ladakh. ' +
  'Places and towns: GeoNames (CC BY 4.0). Fonts: Noto (SIL OFL).';

/** Source and layer ids of the basemap, for map code and tests. */
export const BASEMAP_IDS = {
  states: 'states',
  stateLabels: 'state-labels',
  neighbours: 'neighbours',
  india: 'india',
  statesFill: 'states-fill',
  statesLine: 'states-line',
  statesHighlight: 'states-highlight',
  statesLabel: 'states-label',
  districts: 'districts',
  districtLabels: 'district-labels',
  districtsFill: 'districts-fill',
  districtsLine: 'districts-line',
  districtsHighlight: 'districts-highlight',
  districtsLabel: 'districts-label',
  towns: 'towns',
  townsLabel: 'towns-label',
  neighboursLabel: 'neighbours-label',
  dataTop: 'z-order:data',
  countsTop: 'z-order:counts',
} as const;

/** Where a name may go when its place is taken: centred first, then around it. */
type Anchor =
  'center' | 'top' | 'bottom' | 'left' | 'right' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
/** How far below a state's centre its name is written until its place is worked out (ems). */
const STATE_NAME_DROP_EM = 2.2;

/**
 * The states' names: text size by zoom (px: [zoom, size] stops, linear), box and line layout.
 * The map's name placement (src/map/sync/use-state-name-placement.ts) measures names with these.
 */
export const STATE_NAME_TEXT = {
  sizeStops: [
    [3, 9],
    [6, 13],
    [9, 16],
  ],
  /**
   * Longest line, ems: more than any name, so MapLibre never breaks a name itself (its breaks
   * hinge on the exact widths of both lines); the data breaks long ones (`label`, breakName).
   */
  maxWidthEm: 40,
  lineHeightEm: 1.15,
  /** The Hindi name's size, as a share of the English one's. */
  hindiScale: 0.9,
  /**
   * The Hindi name is written under the English one from this zoom. Below it (a phone's view of
   * all India, zoom 3.1) two-line names left no room beside the data's bubbles for 7 of the 28
   * (the map's placement sets STATE_NAMES_SHORT).
   */
  bilingualMinZoom: 3.5,
  paddingPx: 2,
  haloPx: 1.4,
} as const;

/**
 * The badge's text: its size (px) and how far under the state's point it is written (ems) when
 * its name is centred there. Two lines of a name of up to 16 px are centred on the point, so both
 * stay readable: 2.4 ems put the badge's top line on the Hindi name. The name placement measures
 * badges with these (src/map/sync/use-state-name-placement.ts) and moves each with its name.
 */
export const STATE_BADGE_TEXT = {
  sizePx: 12,
  dropEm: 2.9,
  paddingPx: 2,
  haloPx: 2,
  lineHeightEm: 1.2,
} as const;

/** Small states and UTs (`small` in state-labels.geojson) are named from this zoom. */
export const SMALL_STATE_NAME_MINZOOM = 5.5;

/** The states' names' text size at `zoom`, px (what the style's text-size draws). */
export function stateNameSizePx(zoom: number): number {
  const stops = STATE_NAME_TEXT.sizeStops;
  if (zoom <= stops[0][0]) return stops[0][1];
  for (let i = 1; i < stops.length; i++) {
    const [z1, s1] = stops[i]!;
    const [z0, s0] = stops[i - 1]!;
    if (zoom <= z1) return s0 + ((s1 - s0) * (zoom - z0)) / (z1 - z0);
  }
  return stops[stops.length - 1]![1];
}

/**
 * The global-state property holding, per state code, where its name is written:
 * `['center', [dx, dy]]` (ems), worked out from what the data draws there at the current zoom
 * (src/map/sync/use-state-name-placement.ts). Until it is, a name is written under its centre
 * (on it from STATE_POINT_MAXZOOM).
 */
export const STATE_NAME_PLACES = 'stateNamePlaces';
/** The global-state property saying the states' names are written in English alone (below bilingualMinZoom). */
export const STATE_NAMES_SHORT = 'stateNamesShort';
/** The global-state property listing the states whose names find no clear place below STATE_POINT_MAXZOOM. */
export const STATE_NAMES_HIDDEN = 'stateNamesHidden';
/**
 * The global-state property holding, per state code, where its badge ("12 known only to Odisha",
 * from STATE_POINT_MAXZOOM) is written: `['center', [dx, dy]]` (the badge's ems), under its name
 * wherever the name goes. Until it is worked out, under the state's centre.
 */
export const STATE_BADGE_PLACES = 'stateBadgePlaces';

/** LABEL_ANCHORS as anchor/offset pairs, each anchor `em` away from the point (none for the centre). */
function anchorOffsets(em: number): (Anchor | [number, number])[] {
  const d = em / Math.SQRT2;
  const offset: Record<Anchor, [number, number]> = {
    center: [0, 0],
    top: [0, em],
    bottom: [0, -em],
    left: [em, 0],
    right: [-em, 0],
    'top-left': [d, d],
    'top-right': [-d, d],
    'bottom-left': [d, -d],
    'bottom-right': [-d, -d],
  };
  return LABEL_ANCHORS.flatMap((a) => [a, offset[a]]);
}

const LABEL_ANCHORS: Anchor[] = [
  'center',
  'top',
  'bottom',
  'left',
  'right',
  'top-left',
  'top-right',
  'bottom-left',
  'bottom-right',
];

/** From this zoom the approximate district areas are drawn (and can be clicked in a state view). */
export const DISTRICT_MINZOOM = 6;

/**
 * From this zoom the biggest towns are named; each town has its own `minzoom` (7 for 500,000 people
 * or more, 8 for 100,000, 9 for 50,000, 10 for 20,000: scripts/build-towns.ts).
 */
export const TOWN_MINZOOM = 7;

/**
 * The offline basemap: sea, muted neighbours, India's states with bilingual labels. Every URL
 * is on our own origin (`baseUrl` is the app's absolute base URL, ending in a slash).
 */
export function basemapStyle(theme: ResolvedTheme, baseUrl: string): StyleSpecification {
  const c = BASEMAP_PALETTE[theme];
  const data = `${baseUrl}data/boundaries/`;
  const english: ExpressionSpecification = ['coalesce', ['get', 'label'], ['get', 'name']];
  const both: ExpressionSpecification = [
    'format',
    english,
    {},
    '\n',
    {},
    ['coalesce', ['get', 'label_hi'], ['get', 'name_hi'], ''],
    { 'font-scale': STATE_NAME_TEXT.hindiScale },
  ];
  // Both names, but for the English one alone where the map's placement says so below zoom 7
  // (STATE_NAMES_SHORT: a phone's view of all India). A zoom step at 3.5 cannot say it: text-field
  // is laid out at the tile's whole zoom, which a phone's India view (3.1) and a desktop's (3.8)
  // share; from zoom 7 names are always bilingual, whatever the placement last said.
  const bilingual: ExpressionSpecification = [
    'step',
    ['zoom'],
    ['case', ['to-boolean', ['global-state', STATE_NAMES_SHORT]], english, both],
    STATE_POINT_MAXZOOM,
    both,
  ];
  // Where the map's placement wrote a state's name (STATE_NAME_PLACES), if it has.
  const placed: ExpressionSpecification = ['get', ['get', 'code'], ['global-state', STATE_NAME_PLACES]];
  const stateLabelLayer = (
    id: string,
    filter: ExpressionSpecification,
    minzoom: number,
  ): SymbolLayerSpecification => ({
    id,
    type: 'symbol',
    source: BASEMAP_IDS.stateLabels,
    filter: [
      'all',
      filter,
      [
        'any',
        ['>=', ['zoom'], STATE_POINT_MAXZOOM],
        ['!', ['in', ['get', 'code'], ['global-state', STATE_NAMES_HIDDEN]]],
      ],
    ],
    minzoom,
    layout: {
      'text-field': bilingual,
      'text-font': [FONT_BOLD],
      'text-size': ['interpolate', ['linear'], ['zoom'], ...STATE_NAME_TEXT.sizeStops.flat()],
      'text-max-width': STATE_NAME_TEXT.maxWidthEm,
      'text-line-height': STATE_NAME_TEXT.lineHeightEm,
      'text-padding': STATE_NAME_TEXT.paddingPx,
      'symbol-sort-key': ['get', 'rank'],
      // The data's markers (the overview's bubbles, each layer's clusters and symbols) can sit
      // where names are written: each name goes where the map's placement found it clear of them
      // (STATE_NAME_PLACES). Until it is worked out, a name is written under its centre below
      // zoom 7 and on it from zoom 7, where features known only to a state are the badge under
      // its name (and move with it: STATE_BADGE_PLACES).
      // MapLibre reads the zoom only at the top of a layout expression: each step reads the place.
      'text-variable-anchor-offset': [
        'step',
        ['zoom'],
        ['coalesce', placed, ['literal', ['top', [0, STATE_NAME_DROP_EM], ...anchorOffsets(1.3)]]],
        STATE_POINT_MAXZOOM,
        ['coalesce', placed, ['literal', ['center', [0, 0]]]],
      ] as unknown as NonNullable<SymbolLayerSpecification['layout']>['text-variable-anchor-offset'],
    },
    paint: {
      'text-color': c.stateText!,
      'text-halo-color': c.textHalo!,
      'text-halo-width': 1.4,
      'text-opacity': 0.9,
    },
  });
  return {
    version: 8,
    name: `Khanij Atlas ${theme}`,
    'font-faces': fontFaces(baseUrl),
    state: {
      // The state (ISO code) whose outline is highlighted by the state view; '' for none.
      highlightState: { default: '' },
      // The district (`IN-CG:Korba`) whose approximate area the district view outlines; '' for none.
      highlightDistrict: { default: '' },
      // Where each state's name is written (STATE_NAME_PLACES); {} until worked out.
      [STATE_NAME_PLACES]: { default: {} },
      // Where each state's badge is written, under its name (STATE_BADGE_PLACES); {} until worked out.
      [STATE_BADGE_PLACES]: { default: {} },
      // The states whose names are left out below zoom 7: no place clear of the data within reach.
      [STATE_NAMES_HIDDEN]: { default: [] },
      // The names in English alone (a phone's view of all India), set with their places.
      [STATE_NAMES_SHORT]: { default: false },
    },
    sources: {
      worldLand: { type: 'geojson', data: `${data}world-land.geojson` },
      [BASEMAP_IDS.neighbours]: {
        type: 'geojson',
        data: `${data}neighbours.geojson`,
        attribution: BASEMAP_ATTRIBUTION,
      },
      // Low tolerance: at national zoom the default simplification drops Lakshadweep's islands.
      [BASEMAP_IDS.states]: {
        type: 'geojson',
        data: `${data}states.geojson`,
        promoteId: 'code',
        tolerance: 0.05,
      },
      [BASEMAP_IDS.india]: { type: 'geojson', data: `${data}india.geojson` },
      [BASEMAP_IDS.stateLabels]: { type: 'geojson', data: `${data}state-labels.geojson` },
      neighbourLabels: { type: 'geojson', data: `${data}neighbour-labels.geojson` },
      [BASEMAP_IDS.districts]: { type: 'geojson', data: `${data}districts.geojson`, tolerance: 0.4 },
      [BASEMAP_IDS.districtLabels]: { type: 'geojson', data: `${data}district-labels.geojson` },
      [BASEMAP_IDS.towns]: { type: 'geojson', data: `${data}town-labels.geojson` },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': c.sea! } },
      { id: 'world-land', type: 'fill', source: 'worldLand', paint: { 'fill-color': c.neighbour! } },
      {
        id: 'neighbours-fill',
        type: 'fill',
        source: BASEMAP_IDS.neighbours,
        paint: { 'fill-color': c.neighbour!, 'fill-outline-color': c.neighbourLine! },
      },
      {
        id: BASEMAP_IDS.statesFill,
        type: 'fill',
        source: BASEMAP_IDS.states,
        paint: { 'fill-color': c.land! },
      },
      {
        id: BASEMAP_IDS.statesLine,
        type: 'line',
        source: BASEMAP_IDS.states,
        paint: {
          'line-color': c.stateLine!,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.5],
          'line-dasharray': [3, 1.5],
        },
      },
      // Approximate district areas (derived from post offices): an invisible fill for clicks from
      // zoom 5, faint lines from DISTRICT_MINZOOM; the legend and About name them approximate.
      {
        id: BASEMAP_IDS.districtsFill,
        type: 'fill',
        source: BASEMAP_IDS.districts,
        minzoom: 5,
        paint: { 'fill-opacity': 0 },
      },
      {
        id: BASEMAP_IDS.districtsLine,
        type: 'line',
        source: BASEMAP_IDS.districts,
        minzoom: DISTRICT_MINZOOM,
        paint: {
          'line-color': c.stateLine!,
          'line-width': 0.7,
          'line-opacity': ['interpolate', ['linear'], ['zoom'], DISTRICT_MINZOOM, 0.35, 9, 0.7],
          'line-dasharray': [1, 2],
        },
      },
      {
        id: 'india-line',
        type: 'line',
        source: BASEMAP_IDS.india,
        paint: {
          'line-color': c.indiaLine!,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.9, 8, 2],
        },
      },
      {
        id: BASEMAP_IDS.statesHighlight,
        type: 'line',
        source: BASEMAP_IDS.states,
        filter: ['==', ['get', 'code'], ['global-state', 'highlightState']],
        paint: { 'line-color': c.stateHighlight!, 'line-width': 3 },
      },
      {
        id: BASEMAP_IDS.districtsHighlight,
        type: 'line',
        source: BASEMAP_IDS.districts,
        filter: [
          '==',
          ['concat', ['get', 'state'], ':', ['get', 'district']],
          ['global-state', 'highlightDistrict'],
        ],
        paint: { 'line-color': c.stateHighlight!, 'line-width': 2.5, 'line-dasharray': [2, 1] },
      },
      {
        id: BASEMAP_IDS.districtsLabel,
        type: 'symbol',
        source: BASEMAP_IDS.districtLabels,
        minzoom: DISTRICT_MINZOOM + 0.5,
        layout: {
          'text-field': ['get', 'district'],
          'text-font': [FONT_REGULAR],
          // Spaced capitals, as areas are named on maps, so a district never reads as a town.
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.06,
          'text-size': ['interpolate', ['linear'], ['zoom'], 6.5, 9, 10, 11.5],
          'text-max-width': 8,
          'symbol-sort-key': 10,
          'text-variable-anchor': LABEL_ANCHORS,
          'text-radial-offset': 1.3,
        },
        paint: { 'text-color': c.neighbourText!, 'text-halo-color': c.textHalo!, 'text-halo-width': 1.2 },
      },
      // Town names (GeoNames): every state name, and every data symbol and count (through their
      // guards, src/map/label-guards.ts), keeps its place, and a town name that would touch one moves
      // beside it or is left out. A town's name goes before its district's (often the same word, at
      // the district's centre, not at the town). No dot marks the town: a dot would read as a data
      // point (coal closures are drawn as discs).
      {
        id: BASEMAP_IDS.townsLabel,
        type: 'symbol',
        source: BASEMAP_IDS.towns,
        minzoom: TOWN_MINZOOM,
        // Zoom in a filter is evaluated at whole zooms, which is what the tiers are.
        filter: ['>=', ['zoom'], ['get', 'minzoom']],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [FONT_REGULAR],
          'text-size': [
            'interpolate',
            ['linear'],
            ['zoom'],
            7,
            ['step', ['get', 'population'], 10, 1_000_000, 11.5],
            11,
            ['step', ['get', 'population'], 11.5, 100_000, 13, 1_000_000, 14],
          ],
          'text-max-width': 7,
          'text-padding': 3,
          // Bigger towns first.
          'symbol-sort-key': ['-', 0, ['get', 'population']],
          'text-variable-anchor': LABEL_ANCHORS,
          'text-radial-offset': 1.1,
        },
        paint: { 'text-color': c.townText!, 'text-halo-color': c.textHalo!, 'text-halo-width': 1.3 },
      },
      {
        id: BASEMAP_IDS.neighboursLabel,
        type: 'symbol',
        source: 'neighbourLabels',
        minzoom: 3.5,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [FONT_REGULAR],
          'text-size': 12,
          'text-letter-spacing': 0.08,
          'text-transform': 'uppercase',
        },
        paint: { 'text-color': c.neighbourText!, 'text-halo-color': c.neighbour!, 'text-halo-width': 1 },
      },
      // Small states and UTs are named only from zoom 5.5, so they do not crowd the national view.
      stateLabelLayer(BASEMAP_IDS.statesLabel, ['!=', ['get', 'small'], true], 0),
      stateLabelLayer(
        `${BASEMAP_IDS.statesLabel}-small`,
        ['==', ['get', 'small'], true],
        SMALL_STATE_NAME_MINZOOM,
      ),
      // Two empty marks of the drawing order (src/map/z-order.ts): the data's markers are added
      // under the first, the counts of its clusters and stacks between the two, so no other layer's
      // symbol or bubble is ever drawn over a count; the selection and drawing tools go above both.
      { id: BASEMAP_IDS.dataTop, type: 'background', layout: { visibility: 'none' } },
      { id: BASEMAP_IDS.countsTop, type: 'background', layout: { visibility: 'none' } },
    ],
  };
}

/** India's extent [west, south, east, north], for the first view. */
export const INDIA_BOUNDS: [number, number, number, number] = [68.1, 6.5, 97.4, 37.1];
/** The padding, px, of the first view's fit of INDIA_BOUNDS. */
export const INDIA_FIT_PADDING = 16;
