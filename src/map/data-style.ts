/**
 * Layer specs for the data layers, generated from the symbology tokens (src/domain/symbology)
 * so that map and legend share one definition.
 */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { LAYER_IDS, type LayerId } from '../domain/model/enums';
import {
  LAYER_FAMILY,
  PRECISION_RADIUS_KM,
  SYMBOLOGY,
  categoryColorExpression,
  categoryToken,
  UNKNOWN_COLOR,
  type Theme,
} from '../domain/symbology';
import { FONT_BOLD } from './fonts';
import {
  categoryCountKey,
  layerCategoryCountKey,
  layerCountKey,
  MIX,
  RING_PARTS,
} from '../domain/cluster-mix';
import {
  AS_OF_STATE,
  historyValueExpression,
  valueAsOfExpression,
  type TimedCategory,
} from '../domain/filter/expression';

// Ids by dataset id (a curated dataset's id is its layer id).
export const sourceId = (dataset: string) => `data-${dataset}`;
export const symbolLayerId = (dataset: string) => `${dataset}-symbol`;
export const haloLayerId = (dataset: string) => `${dataset}-halo`;
export const ringLayerId = (dataset: string) => `${dataset}-ring`;
export const clusterLayerId = (dataset: string) => `${dataset}-cluster`;
export const clusterCountLayerId = (dataset: string) => `${dataset}-cluster-count`;
export const clusterRingLayerId = (dataset: string) => `${dataset}-cluster-ring`;
/** A clustered dataset's unclustered twin, drawing the results of a spatial question. */
export const resultsSourceId = (dataset: string) => `data-${dataset}-results`;
export const resultSymbolLayerId = (dataset: string) => `${dataset}-result-icon`;

/** What the layer specs need to know of a dataset. */
export interface DatasetStyleInput {
  readonly id: string;
  /** The curated layer whose symbology it is drawn with. */
  readonly layer: LayerId;
  readonly cluster: boolean;
  /**
   * Its category changes over time (a block's status): each feature carries its history, and
   * the layers draw the category of the time slider's day, read from `global-state`.
   */
  readonly timed?: TimedCategory | null;
}

/** Whether the time slider is on (its day, in global state, is a number). */
const AS_OF_ON: ExpressionSpecification = ['==', ['typeof', ['global-state', AS_OF_STATE]], 'number'];

/**
 * A feature's category as the map draws it: its category field, or for a timed category its
 * value on the time slider's day while the slider is on (one global-state number; no data is
 * sent again when the day changes).
 */
export function categoryExpression(layer: LayerId, timed?: TimedCategory | null): ExpressionSpecification {
  const today: ExpressionSpecification = ['to-string', ['get', SYMBOLOGY[layer].categoryField]];
  return timed ? valueAsOfExpression(timed.field, timed.steps, today) : today;
}

const IMAGE_PREFIX = 'k|';
const HALO_STROKE: Record<Theme, string> = { light: '#ffffff', dark: '#10151a' };
const CLUSTER: Record<Theme, string> = { light: '#37474f', dark: '#78909c' };
const RING: Record<Theme, string> = { light: '#111111', dark: '#ffffff' };

/** Style image name for a layer category in a theme; parsed back by `parseImageName`. */
export function imageName(layer: LayerId, category: string, theme: Theme): string {
  return `${IMAGE_PREFIX}${layer}|${category}|${theme}`;
}

/** What to draw for a missing style image, or null if the name is not one of ours. */
export function parseImageName(
  name: string,
): { shape: (typeof SYMBOLOGY)[LayerId]['shape']; fill: string; stroke: string } | null {
  if (!name.startsWith(IMAGE_PREFIX)) return null;
  const [layer, category, theme] = name.slice(IMAGE_PREFIX.length).split('|') as [LayerId, string, Theme];
  const sym = SYMBOLOGY[layer];
  if (!sym || (theme !== 'light' && theme !== 'dark')) return null;
  const color = (categoryToken(layer, category)?.color ?? UNKNOWN_COLOR)[theme];
  return { shape: sym.shape, fill: color, stroke: HALO_STROKE[theme] };
}

const UNCLUSTERED: ExpressionSpecification = ['!', ['has', 'point_count']];

/** The global-state flag that is true while a spatial question is active (src/map/sync/use-query-state.ts). */
export const QUERY_ACTIVE = 'queryActive';

/**
 * How a layer hides what a spatial question leaves out, without re-sending or re-tiling data
 * (a tile change costs a full re-placement of symbols; a feature-state or uniform change does not):
 * - `out`: the source is unclustered; each feature the question leaves out has feature-state `qout`;
 * - `active`: the source is clustered; all its layers fade out while a question is active (a
 *   global-state flag read only by paint properties that read no feature data, so MapLibre
 *   updates a uniform and reloads nothing), and the dataset's results layers take over;
 * - `result`: the results layers of a clustered dataset, drawn only for features with feature-state
 *   `qcls` > 0 (1 inside, 2 possibly inside, 3 listed by a distance question).
 */
export type QueryGate = 'out' | 'active' | 'result';

const QCLS: ExpressionSpecification = ['number', ['feature-state', 'qcls'], 0];
const HIDDEN: Record<QueryGate, ExpressionSpecification> = {
  out: ['boolean', ['feature-state', 'qout'], false],
  active: ['boolean', ['global-state', QUERY_ACTIVE], false],
  result: ['==', QCLS, 0],
};

type Paint = ExpressionSpecification | number;

/** `value`, or 0 where the gate hides the feature; a zoom curve is gated stop by stop. */
export function gated(gate: QueryGate, value: Paint): ExpressionSpecification {
  if (Array.isArray(value) && value[0] === 'interpolate' && JSON.stringify(value[2]) === '["zoom"]') {
    const [op, kind, input, ...stops] = value as unknown[];
    return [
      op,
      kind,
      input,
      ...stops.map((s, i) => (i % 2 === 1 ? ['case', HIDDEN[gate], 0, s] : s)),
    ] as unknown as ExpressionSpecification;
  }
  return ['case', HIDDEN[gate], 0, value] as ExpressionSpecification;
}

/** Beyond this zoom a feature known only to its state is not a point: the state's badge counts it. */
export const STATE_POINT_MAXZOOM = 7;
/** Drawn as a point: anything but a state-precision feature past STATE_POINT_MAXZOOM. */
export const AS_POINT: ExpressionSpecification = [
  'any',
  ['!=', ['get', 'precision'], 'state'],
  ['<', ['zoom'], STATE_POINT_MAXZOOM],
];

/** True unless a precision rank is a state's (3 and up) and the map is past the states' scale. */
const withinScale = (rank: ExpressionSpecification): ExpressionSpecification => [
  'any',
  ['<', ['zoom'], STATE_POINT_MAXZOOM],
  ['<', rank, 3],
];

/** A cluster is drawn unless all its points are known only to a state and the map is past their scale. */
const CLUSTER_SHOWN: ExpressionSpecification = [
  'all',
  ['has', 'point_count'],
  withinScale(['get', 'minPrec']),
];

/** Precision as a rank for cluster properties: the most precise point of a cluster sets its scale. */
export const PRECISION_RANK: Record<string, number> = {
  site: 0,
  locality: 1,
  district: 2,
  state: 3,
  country: 4,
};
/** The deepest zoom a cluster opens to, by the rank of its most precise point. */
export const EXPANSION_MAXZOOM: Record<number, number> = {
  0: 14,
  1: 11,
  2: 9,
  3: STATE_POINT_MAXZOOM - 0.5,
  4: 4,
};

const MIN_PREC = [
  'min',
  ['match', ['get', 'precision'], 'site', 0, 'locality', 1, 'district', 2, 'state', 3, 'country', 4, 0],
] as const;

/**
 * MapLibre cluster properties of a layer: the lowest precision rank among a cluster's points
 * (`minPrec`), and the count of each of the layer's categories (`c0`, `c1`, … in legend order),
 * from which the ring around the cluster is drawn.
 */
export function clusterPropertiesFor(layer: LayerId, timed?: TimedCategory | null): Record<string, unknown> {
  const sym = SYMBOLOGY[layer];
  const props: Record<string, unknown> = { minPrec: MIN_PREC };
  sym.categories.forEach((c, i) => {
    props[categoryCountKey(i)] = [
      '+',
      ['case', ['==', ['to-string', ['get', sym.categoryField]], c.value], 1, 0],
    ];
    // MapLibre evaluates cluster properties in its worker without the global state (verified in
    // maplibre-gl 6.17, geojson_worker_source.ts: `globals = {accumulated, zoom}`), so a cluster
    // cannot count by the slider's day directly. It counts instead on every day a category
    // changes (`c<i>@<day>`), and the ring's expression picks the day's counts from global state.
    for (const day of timed?.days ?? [])
      props[timedCountKey(i, day)] = [
        '+',
        ['case', ['==', historyValueExpression(timed!.field, timed!.steps, day as never), c.value], 1, 0],
      ];
  });
  return props;
}

/** The cluster property counting a layer's i-th category as of one day of change. */
export const timedCountKey = (i: number, day: number) => `${categoryCountKey(i)}@${day}`;

/**
 * The count of a cluster's i-th category that its ring draws: today's, or while the slider is
 * on, the count on the last day of change on or before the slider's day.
 */
function clusterCategoryCount(i: number, timed?: TimedCategory | null): ExpressionSpecification {
  const today: ExpressionSpecification = ['get', categoryCountKey(i)];
  if (!timed || timed.days.length === 0) return today;
  const lastChange = [
    'step',
    ['to-number', ['global-state', AS_OF_STATE]],
    0,
    ...timed.days.flatMap((d) => [d, d]),
  ];
  return [
    'case',
    AS_OF_ON,
    ['coalesce', ['get', ['concat', `${categoryCountKey(i)}@`, ['to-string', lastChange]]], 0],
    today,
  ] as unknown as ExpressionSpecification;
}

/** A cluster count's text size, px. */
const CLUSTER_COUNT_SIZE_PX = 12;

/**
 * A cluster's count: always drawn, and it never pushes a name off the map (a count's box blocking
 * names hid Chhattisgarh's and Odisha's names at the India view, seen in the browser tests).
 */
const CLUSTER_COUNT_LAYOUT: SymbolLayerSpecification['layout'] = {
  'text-field': ['to-string', ['get', 'point_count']],
  'text-font': [FONT_BOLD],
  'text-size': CLUSTER_COUNT_SIZE_PX,
  'text-allow-overlap': true,
  'text-ignore-placement': true,
};

/** A cluster count's paint: white on the bubble, faded by the gate while a question is active. */
function clusterCountPaint(gate: QueryGate): SymbolLayerSpecification['paint'] {
  return {
    'text-color': '#ffffff',
    'text-halo-color': 'rgba(0,0,0,0.35)',
    'text-halo-width': 1,
    'text-opacity': gated(gate, 1),
  };
}

/** How far a cluster's ring reaches beyond its bubble, px (src/map/shapes.ts drawRing). */
export const RING_OUTSET_PX = 5;

/** A cluster bubble's radius, px, by its point count. */
const CLUSTER_RADIUS_PX: ExpressionSpecification = [
  'step',
  ['get', 'point_count'],
  13,
  5,
  16,
  15,
  20,
  40,
  25,
];

/**
 * The overview's bubbles shrink at the smallest scales: on a phone India is about 300 px wide
 * (zoom 3.1) and bubbles of full size overlapped their neighbours (7 pairs at the India view).
 * Full size from `fullZoom` (a desktop's India view is about 3.8), `smallest` of it at `smallZoom`
 * and below, linear in between.
 */
const OVERVIEW_BUBBLE_SCALE = { smallZoom: 3, smallest: 0.58, fullZoom: 3.8 } as const;

/** A size of the overview's bubbles (a number or a data expression), scaled at `zoom` by OVERVIEW_BUBBLE_SCALE. */
function overviewScaled(size: number | ExpressionSpecification): ExpressionSpecification {
  const { smallZoom, smallest, fullZoom } = OVERVIEW_BUBBLE_SCALE;
  const small = typeof size === 'number' ? size * smallest : ['*', smallest, size];
  return ['interpolate', ['linear'], ['zoom'], smallZoom, small, fullZoom, size] as ExpressionSpecification;
}

/** The ring image of a cluster (src/domain/cluster-mix.ts): layer, theme, radius and category shares. */
function ringImageExpression(
  layer: LayerId | typeof MIX,
  theme: Theme,
  /** Each arc's count of points, as an expression over the cluster's properties. */
  counts: readonly ExpressionSpecification[],
): ExpressionSpecification {
  const parts: unknown[] = [];
  counts.forEach((count, i) => {
    if (i > 0) parts.push(',');
    parts.push(['to-string', ['round', ['/', ['*', RING_PARTS, count], ['get', 'point_count']]]]);
  });
  return [
    'concat',
    `ring|${layer}|${theme}|`,
    ['to-string', CLUSTER_RADIUS_PX],
    '|',
    ...parts,
  ] as unknown as ExpressionSpecification;
}

/** Clusters of different layers at one place (a state centre) are drawn side by side, never on one pixel. */
const CLUSTER_SHIFT: Partial<Record<LayerId, [number, number]>> = {
  blocks: [-14, 0],
  'coal-closures': [14, 0],
};
/** Metres per pixel at zoom 0 for 512-px tiles, at India's mean latitude (~22°N). */
const M_PER_PX_Z0 = (40_075_016.686 * Math.cos((22 * Math.PI) / 180)) / 512;

/** A cluster's disc radius in px at a zoom, from its `minPrec` cluster property. */
function clusterRadiusPx(atZoom: number): ExpressionSpecification {
  const scale = 2 ** atZoom / M_PER_PX_Z0;
  return [
    'match',
    ['get', 'minPrec'],
    2,
    (PRECISION_RADIUS_KM.district ?? 0) * 1000 * scale,
    3,
    (PRECISION_RADIUS_KM.state ?? 0) * 1000 * scale,
    0,
  ] as unknown as ExpressionSpecification;
}

/** An uncertainty disc's radius in px at any zoom, from the feature's precision. */
function precisionDiscRadius(): ExpressionSpecification {
  return ['interpolate', ['exponential', 2], ['zoom'], 0, precisionRadiusPx(0), 16, precisionRadiusPx(16)];
}

/** A precision disc's radius in px at a zoom, from a feature's `precision` property. */
function precisionRadiusPx(atZoom: number): ExpressionSpecification {
  const scale = 2 ** atZoom / M_PER_PX_Z0;
  const entries = Object.entries(PRECISION_RADIUS_KM).flatMap(([p, km]) => [p, km * 1000 * scale]);
  return ['match', ['get', 'precision'], ...entries, 0] as unknown as ExpressionSpecification;
}

/**
/** The ids, source and gate of one set of point layers (a dataset's own, or its results twin). */
interface PointLayerTarget {
  readonly source: string;
  readonly halo: string;
  readonly ring: string;
  readonly symbol: string;
  readonly gate: QueryGate;
}

const QUERY_RING: Record<Theme, { listed: string; possibly: string }> = {
  light: { listed: '#1d1d1b', possibly: '#7a3e9d' },
  dark: { listed: '#ffffff', possibly: '#d7a6f2' },
};

/**
 * A dataset's points: the uncertainty halo, the ring (hover, selection, and a question's class:
 * solid for inside or listed, thin and faint for possibly inside) and the symbol.
 */
function pointLayerSpecs(
  layer: LayerId,
  theme: Theme,
  target: PointLayerTarget,
  withFilter: (f: ExpressionSpecification) => ExpressionSpecification,
  timed?: TimedCategory | null,
): Array<CircleLayerSpecification | SymbolLayerSpecification> {
  const { source, gate } = target;
  const category = categoryExpression(layer, timed);
  const colorExpr = categoryColorExpression(layer, theme, category);
  // A clustered source's layers are gated by a global-state flag, which MapLibre applies without
  // re-tiling only to paint that reads no feature state: their ring width reads hover and
  // selection, so the question's class is drawn by the results twin, never here.
  const cls = gate !== 'active';
  const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
  const possibly: ExpressionSpecification = ['==', QCLS, 2];
  return [
    {
      // The uncertainty halo: a disc sized to the precision, so a district centre is never
      // mistaken for a mine site. The selected feature's disc is drawn stronger by the selection.
      id: target.halo,
      type: 'circle',
      source,
      filter: withFilter(['all', UNCLUSTERED, AS_POINT, ['!=', ['get', 'precision'], 'site']]),
      paint: {
        'circle-radius': precisionDiscRadius(),
        'circle-color': colorExpr,
        // The fill fades as the map zooms in, so a district-wide disc does not tint the whole view;
        // its rim stays to mark the area.
        'circle-opacity': gated(gate, ['interpolate', ['linear'], ['zoom'], 5, 0.07, 10, 0.015]),
        'circle-stroke-color': colorExpr,
        'circle-stroke-width': 1,
        'circle-stroke-opacity': gated(gate, 0.35),
        'circle-pitch-alignment': 'map',
      },
    },
    {
      id: target.ring,
      type: 'circle',
      source,
      filter: withFilter(['all', UNCLUSTERED, AS_POINT]),
      paint: {
        'circle-radius': 13,
        'circle-opacity': 0,
        'circle-stroke-color': cls
          ? (['case', possibly, QUERY_RING[theme].possibly, RING[theme]] as ExpressionSpecification)
          : RING[theme],
        'circle-stroke-width': [
          'case',
          selected,
          3,
          ['boolean', ['feature-state', 'hover'], false],
          2,
          ...(cls ? [possibly, 1.5, ['>', QCLS, 0], 2.5] : []),
          0,
        ] as ExpressionSpecification,
        'circle-stroke-opacity': gated(
          gate,
          cls ? (['case', possibly, 0.6, 1] as ExpressionSpecification) : 1,
        ),
      },
    },
    {
      id: target.symbol,
      type: 'symbol',
      source,
      filter: withFilter(['all', UNCLUSTERED, AS_POINT]),
      layout: {
        'icon-image': ['concat', `${IMAGE_PREFIX}${layer}|`, category, `|${theme}`],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.34, 7, 0.46, 11, 0.56],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': gated(gate, 1) },
    },
  ];
}

/**
 * The map layers of one dataset. `filter` is the dataset's filter expression (over
 * `global-state`), added to every layer, so a filter change never re-sends data (except to a
 * clustered source, which holds only what passes). A spatial question hides what it leaves out
 * through feature-state or, for a clustered source, one global-state flag (see QueryGate).
 */
export function dataLayerSpecs(
  ds: DatasetStyleInput,
  theme: Theme,
  filter: ExpressionSpecification | null = null,
): Array<CircleLayerSpecification | SymbolLayerSpecification> {
  const { layer, id } = ds;
  const source = sourceId(id);
  const withFilter = (f: ExpressionSpecification): ExpressionSpecification =>
    filter ? (['all', f, filter] as ExpressionSpecification) : f;
  const gate: QueryGate = ds.cluster ? 'active' : 'out';
  const specs = pointLayerSpecs(
    layer,
    theme,
    { source, halo: haloLayerId(id), ring: ringLayerId(id), symbol: symbolLayerId(id), gate },
    withFilter,
    ds.timed,
  );

  if (ds.cluster) {
    const shift = CLUSTER_SHIFT[layer] ?? [0, 0];
    const clusterColor = LAYER_FAMILY[layer][theme];
    specs.push(
      {
        // A cluster of imprecise points carries the disc of its most precise point's precision.
        id: `${id}-cluster-halo`,
        type: 'circle',
        source,
        filter: ['all', CLUSTER_SHOWN, ['>=', ['get', 'minPrec'], 2]],
        paint: {
          'circle-radius': [
            'interpolate',
            ['exponential', 2],
            ['zoom'],
            0,
            clusterRadiusPx(0),
            16,
            clusterRadiusPx(16),
          ],
          'circle-color': clusterColor,
          'circle-opacity': gated(gate, 0.06),
          'circle-stroke-color': clusterColor,
          'circle-stroke-width': 1,
          'circle-stroke-opacity': gated(gate, 0.35),
          'circle-pitch-alignment': 'map',
          'circle-translate': shift,
        },
      },
      {
        // The cluster's mix of categories: a ring of the legend's colours around the bubble.
        id: clusterRingLayerId(id),
        type: 'symbol',
        source,
        filter: CLUSTER_SHOWN,
        layout: {
          'icon-image': ringImageExpression(
            layer,
            theme,
            SYMBOLOGY[layer].categories.map((_, i) => clusterCategoryCount(i, ds.timed)),
          ),
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
        paint: { 'icon-translate': shift, 'icon-opacity': gated(gate, 1) },
      },
      {
        id: clusterLayerId(id),
        type: 'circle',
        source,
        filter: CLUSTER_SHOWN,
        paint: {
          // The bubble takes its layer's colour family; the ring around it shows the categories.
          'circle-color': clusterColor,
          'circle-translate': shift,
          'circle-opacity': gated(gate, 0.92),
          'circle-radius': CLUSTER_RADIUS_PX,
          'circle-stroke-color': HALO_STROKE[theme],
          'circle-stroke-width': 2,
          'circle-stroke-opacity': gated(gate, 1),
        },
      },
      {
        id: clusterCountLayerId(id),
        type: 'symbol',
        source,
        filter: CLUSTER_SHOWN,
        layout: CLUSTER_COUNT_LAYOUT,
        paint: {
          ...clusterCountPaint(gate),
          'text-translate': shift,
        },
      },
    );
  }
  return specs;
}

/**
 * A clustered dataset's results twin: the same points, unclustered, each drawn only while a
 * spatial question lists it (feature-state `qcls`), so a question never re-clusters or re-sends
 * data. Its source holds every row; the question's answer already respects the filters.
 */
export function resultLayerSpecs(
  ds: DatasetStyleInput,
  theme: Theme,
): Array<CircleLayerSpecification | SymbolLayerSpecification> {
  const { id } = ds;
  return pointLayerSpecs(
    ds.layer,
    theme,
    {
      source: resultsSourceId(id),
      halo: `${id}-result-halo`,
      ring: `${id}-result-ring`,
      symbol: resultSymbolLayerId(id),
      gate: 'result',
    },
    (f) => f,
    ds.timed,
  );
}

/**
 * A large dataset's layer: one circle per feature, coloured by category, hidden by the
 * feature-state `out` that the filter mask sets (src/map/sync/use-filter-mask.ts). Same id as a
 * symbol layer, so hover, clicks and tests treat it alike.
 */
export function bigDatasetLayerSpecs(
  ds: DatasetStyleInput & { kind?: string; color?: string },
  theme: Theme,
  /** An imported layer's colour-by values (its legend's), if any. */
  userCategories: readonly { value: string; color: string }[] = [],
): CircleLayerSpecification[] {
  // One paint property reads feature-state, so a filter change re-evaluates one value per
  // feature that changed; the selection is drawn by the selection overlay, not by state here.
  // A big imported layer keeps the colour its legend shows.
  return [
    {
      id: symbolLayerId(ds.id),
      type: 'circle',
      source: sourceId(ds.id),
      filter: UNCLUSTERED,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 2, 8, 4, 12, 6],
        'circle-color':
          ds.kind === 'user'
            ? userColorExpression(ds, theme, userCategories)
            : categoryColorExpression(ds.layer, theme),
        'circle-opacity': ['case', ['boolean', ['feature-state', 'out'], false], 0, 0.85],
        // A spatial question's results are ringed: solid inside or listed, thin possibly inside.
        'circle-stroke-color': [
          'case',
          ['==', QCLS, 2],
          QUERY_RING[theme].possibly,
          QUERY_RING[theme].listed,
        ],
        'circle-stroke-width': ['case', ['==', QCLS, 0], 0, ['==', QCLS, 2], 1, 1.5],
      },
    },
  ];
}

/** An imported layer's colour, or a neutral one. */
const userColor = (ds: { color?: string }, theme: Theme) => ds.color ?? CLUSTER[theme];

/**
 * An imported layer's colour expression: by category (the value of its colour-by field, which
 * the map features carry under the symbology's category key) where one is chosen, else its colour.
 */
function userColorExpression(
  ds: { layer: LayerId; color?: string },
  theme: Theme,
  categories: readonly { value: string; color: string }[],
): ExpressionSpecification | string {
  if (categories.length === 0) return userColor(ds, theme);
  return [
    'match',
    ['to-string', ['get', SYMBOLOGY[ds.layer].categoryField]],
    ...categories.flatMap((c) => [c.value, c.color]),
    userColor(ds, theme),
  ] as ExpressionSpecification;
}

/**
 * An imported layer's points: circles in the colour the user chose, outlined so they read on
 * any basemap. Same id as a symbol layer, so hover, clicks and tests treat them alike.
 */
export function userLayerSpecs(
  ds: DatasetStyleInput & { color?: string },
  theme: Theme,
  filter: ExpressionSpecification | null,
  categories: readonly { value: string; color: string }[] = [],
): CircleLayerSpecification[] {
  const base: ExpressionSpecification = UNCLUSTERED;
  const color = userColorExpression(ds, theme, categories);
  return [
    {
      id: symbolLayerId(ds.id),
      type: 'circle',
      source: sourceId(ds.id),
      filter: filter ? (['all', base, filter] as ExpressionSpecification) : base,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 4, 8, 6, 12, 8],
        'circle-color': color,
        'circle-opacity': gated('out', 1),
        // A spatial question's results are outlined: solid inside or listed, thin possibly inside.
        'circle-stroke-color': [
          'case',
          ['==', QCLS, 2],
          QUERY_RING[theme].possibly,
          ['>', QCLS, 0],
          QUERY_RING[theme].listed,
          HALO_STROKE[theme],
        ],
        'circle-stroke-width': ['case', ['>', QCLS, 0], 2.5, 1.5],
        'circle-stroke-opacity': gated('out', 1),
      },
    },
  ];
}

/** The source of an imported layer's lines and polygons (their points are in the main source). */
export const shapeSourceId = (dataset: string) => `${sourceId(dataset)}-shapes`;

/** An imported layer's lines and polygons, in its colour, filtered like its points. */
export function userShapeLayerSpecs(
  ds: { id: string; layer: LayerId; color?: string },
  theme: Theme,
  filter: ExpressionSpecification | null,
  categories: readonly { value: string; color: string }[] = [],
): Array<FillLayerSpecification | LineLayerSpecification> {
  const color = userColorExpression(ds, theme, categories);
  const polygons: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
  const all = (f: ExpressionSpecification): ExpressionSpecification =>
    filter ? (['all', f, filter] as ExpressionSpecification) : f;
  return [
    {
      id: `${ds.id}-shape-fill`,
      type: 'fill',
      source: shapeSourceId(ds.id),
      filter: all(polygons),
      paint: { 'fill-color': color, 'fill-opacity': gated('out', 0.15) },
    },
    {
      id: `${ds.id}-shape-line`,
      type: 'line',
      source: shapeSourceId(ds.id),
      ...(filter ? { filter } : {}),
      paint: { 'line-color': color, 'line-width': 2, 'line-opacity': gated('out', 0.85) },
    },
  ];
}

/** Layers a click or hover can hit, topmost first. */
export function interactiveLayerIds(datasets: readonly DatasetStyleInput[]): string[] {
  return datasets.flatMap((d) =>
    d.cluster
      ? [clusterLayerId(d.id), symbolLayerId(d.id), resultSymbolLayerId(d.id)]
      : [symbolLayerId(d.id)],
  );
}

/** The selected feature's uncertainty disc, drawn stronger than the others (none for a site). */
export function selectionHaloSpec(
  layer: LayerId,
  theme: Theme,
  timed?: TimedCategory | null,
): CircleLayerSpecification {
  const colorExpr = categoryColorExpression(layer, theme, categoryExpression(layer, timed));
  return {
    id: 'selected-halo',
    type: 'circle',
    source: 'selected',
    filter: ['all', AS_POINT, ['!=', ['get', 'precision'], 'site']],
    paint: {
      'circle-radius': precisionDiscRadius(),
      'circle-color': colorExpr,
      'circle-opacity': ['interpolate', ['linear'], ['zoom'], 5, 0.22, 10, 0.08],
      'circle-stroke-color': colorExpr,
      'circle-stroke-width': 1,
      'circle-stroke-opacity': 0.9,
      'circle-pitch-alignment': 'map',
    },
  };
}

/** A ring around the selected feature, drawn from the unclustered "selected" source. */
export function selectionRingSpec(theme: Theme): CircleLayerSpecification {
  return {
    id: 'selected-ring',
    type: 'circle',
    source: 'selected',
    paint: {
      'circle-radius': 15,
      'circle-color': HALO_STROKE[theme],
      'circle-opacity': 0.85,
      'circle-stroke-color': RING[theme],
      'circle-stroke-width': 3,
    },
  };
}

/** The selected feature's own icon, on top of its ring. */
export function selectionSymbolSpec(
  layer: LayerId,
  theme: Theme,
  timed?: TimedCategory | null,
): SymbolLayerSpecification {
  return {
    id: 'selected-symbol',
    type: 'symbol',
    source: 'selected',
    layout: {
      'icon-image': ['concat', `${IMAGE_PREFIX}${layer}|`, categoryExpression(layer, timed), `|${theme}`],
      'icon-size': 0.6,
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
  };
}

/** The source and layers of stacked markers (src/map/layers/Stacks.tsx). */
export const STACKS = 'stacks';
export const stackMarkerLayerId = `${STACKS}-marker`;
export const stackSingleLayerId = `${STACKS}-single`;
const STACK_FILL: Record<Theme, string> = { light: '#ffffff', dark: '#1d252c' };
const STACK_INK: Record<Theme, string> = { light: '#263238', dark: '#eceff1' };

/** The disc of a precision, for a stack's `precision`: sized as a single feature's would be. */
const PRECISION_DISC_RADIUS: ExpressionSpecification = [
  'interpolate',
  ['exponential', 2],
  ['zoom'],
  0,
  precisionRadiusPx(0),
  16,
  precisionRadiusPx(16),
];

/**
 * Features placed at one position (a district's or a state's centre) drawn as one marker: a
 * light disc with a dark double rim and their count, inside the disc of their precision; where
 * only one of them is shown, its own symbol. Features known only to a state follow AS_POINT
 * (past zoom 7 the state's badge counts them).
 */
export function stackLayerSpecs(theme: Theme): Array<CircleLayerSpecification | SymbolLayerSpecification> {
  const several: ExpressionSpecification = ['all', AS_POINT, ['>', ['get', 'count'], 1]];
  const one: ExpressionSpecification = ['all', AS_POINT, ['==', ['get', 'count'], 1]];
  // Below the overview's scale the national overview draws these features (overviewLayerSpecs).
  const specs: Array<CircleLayerSpecification | SymbolLayerSpecification> = [
    {
      id: `${STACKS}-halo`,
      type: 'circle',
      source: STACKS,
      filter: ['all', AS_POINT, ['!=', ['get', 'precision'], 'site']],
      paint: {
        'circle-radius': PRECISION_DISC_RADIUS,
        'circle-color': STACK_INK[theme],
        'circle-opacity': ['interpolate', ['linear'], ['zoom'], 5, 0.06, 10, 0.015],
        'circle-stroke-color': STACK_INK[theme],
        'circle-stroke-width': 1,
        'circle-stroke-opacity': 0.35,
        'circle-pitch-alignment': 'map',
      },
    },
    {
      id: `${STACKS}-rim`,
      type: 'circle',
      source: STACKS,
      filter: several,
      paint: {
        'circle-radius': ['step', ['get', 'count'], 14, 10, 16],
        'circle-color': STACK_FILL[theme],
        'circle-stroke-color': STACK_INK[theme],
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: stackMarkerLayerId,
      type: 'circle',
      source: STACKS,
      filter: several,
      paint: {
        'circle-radius': ['step', ['get', 'count'], 10, 10, 12],
        'circle-color': STACK_FILL[theme],
        'circle-stroke-color': STACK_INK[theme],
        'circle-stroke-width': 2,
      },
    },
    {
      id: `${STACKS}-count`,
      type: 'symbol',
      source: STACKS,
      filter: several,
      layout: {
        'text-field': ['to-string', ['get', 'count']],
        'text-font': [FONT_BOLD],
        'text-size': 12,
        // As a cluster's count: always drawn, never pushing a name off the map.
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': STACK_INK[theme] },
    },
    {
      id: stackSingleLayerId,
      type: 'symbol',
      source: STACKS,
      filter: one,
      layout: {
        'icon-image': ['get', 'icon'],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.34, 7, 0.46, 11, 0.56],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
  ];
  return specs.map((spec) => ({ ...spec, minzoom: OVERVIEW_MAXZOOM }));
}

/**
 * The national overview: below this zoom every curated point layer is drawn by one clustered
 * source, so markers of different layers never overlap (issue 10); from it up, each layer is
 * drawn by its own source, its clusters and its stacked markers. Zoom 8: with each layer drawn
 * on its own from zoom 6, markers of different layers a few pixels apart still overlapped at
 * zoom 6 and 7 (13 pairs over Jharkhand and Chhattisgarh at zoom 6, 2 at zoom 7, none at 8).
 */
export const OVERVIEW_MAXZOOM = 8;
/**
 * The overview is two clustered sources of the same points: MapLibre clusters a source with one
 * radius at every zoom, and no one radius fits both scales. At the country scale 30 px keeps one
 * bubble per state (40 merged Chhattisgarh with Odisha, Maharashtra with Telangana); from zoom 6
 * up 30 px left bubbles of different layers overlapping (Dhanbad's coal mines at zoom 7), 40 px
 * none over 32 views scanned at zoom 6-7.5.
 */
export const OVERVIEW_NEAR_MINZOOM = 6;
export const OVERVIEW = 'overview';
const OVERVIEW_NEAR = 'overview-near';
export type OverviewSource = typeof OVERVIEW | typeof OVERVIEW_NEAR;
/** Each overview source: its cluster radius (px) and the zooms it draws. */
export const OVERVIEW_SOURCES: ReadonlyArray<{
  id: OverviewSource;
  radius: number;
  minzoom: number;
  maxzoom: number;
}> = [
  { id: OVERVIEW, radius: 30, minzoom: 0, maxzoom: OVERVIEW_NEAR_MINZOOM },
  { id: OVERVIEW_NEAR, radius: 40, minzoom: OVERVIEW_NEAR_MINZOOM, maxzoom: OVERVIEW_MAXZOOM },
];
/** The overview's unclustered twin: every row, drawn only where a spatial question lists it. */
export const OVERVIEW_RESULTS = 'overview-results';
/** The clickable layers (bubbles, lone points) of both overview sources. */
export const overviewClickLayerIds: readonly string[] = OVERVIEW_SOURCES.flatMap(({ id }) => [
  `${id}-single`,
  `${id}-cluster`,
]);
/**
 * The overview's layers drawn under the states' names (their discs, rings and bubbles); a count
 * and a lone point's symbol stay above them. Names are placed clear of all of these once the map
 * rests (src/map/sync/use-state-name-placement.ts); until then, and while a zoom animates, a
 * bubble under a name hides less of it than one over it: at the India view 83 % (desktop) and
 * 76 % (phone) of the names' letters showed with bubbles over them, 99 % and 98 % under them.
 */
export const OVERVIEW_UNDER_NAMES: ReadonlySet<string> = new Set(
  OVERVIEW_SOURCES.flatMap(({ id }) => [`${id}-halo`, `${id}-ring`, `${id}-cluster`]),
);
export const overviewResultSymbolLayerId = (layer: LayerId) => `${OVERVIEW}-${layer}-result-icon`;

const ofLayer = (layer: LayerId): ExpressionSpecification => ['==', ['get', 'layer'], layer];

/**
 * The overview's cluster properties: the lowest precision rank (`minPrec`), the ids of its
 * points (`ids`, joined by '|'), and per layer the count of its points and of each category.
 */
export function overviewClusterProperties(): Record<string, unknown> {
  const props: Record<string, unknown> = {
    minPrec: MIN_PREC,
    ids: [
      ['concat', ['accumulated'], '|', ['get', 'ids']],
      ['get', 'id'],
    ],
  };
  for (const layer of LAYER_IDS) {
    props[layerCountKey(layer)] = ['+', ['case', ofLayer(layer), 1, 0]];
    SYMBOLOGY[layer].categories.forEach((c, i) => {
      props[layerCategoryCountKey(layer, i)] = [
        '+',
        ['case', ['all', ofLayer(layer), ['==', ['get', 'category'], c.value]], 1, 0],
      ];
    });
  }
  return props;
}

/** True for an overview cluster that holds only `layer`'s points. */
const onlyLayer = (layer: LayerId): ExpressionSpecification => [
  '==',
  ['get', layerCountKey(layer)],
  ['get', 'point_count'],
];

/** A precision rank (cluster `minPrec`, or a single point's precision) as a disc radius in px at a zoom. */
function rankRadiusPx(rank: ExpressionSpecification, atZoom: number): ExpressionSpecification {
  const scale = 2 ** atZoom / M_PER_PX_Z0;
  const entries = Object.entries(PRECISION_RANK).flatMap(([p, r]) => [
    r,
    (PRECISION_RADIUS_KM[p] ?? 0) * 1000 * scale,
  ]);
  return ['match', rank, ...entries, 0] as unknown as ExpressionSpecification;
}

/**
 * The overview's layers: a cluster's disc of its most precise point's precision, its ring (the
 * categories when it holds one layer, else one arc per layer), its bubble in its layer's colour
 * family (neutral when mixed) and its count; a point alone, its own symbol in its disc. The
 * whole overview fades while a spatial question is active (one global-state flag read by paint
 * that reads no feature data); its results twin then draws the answer.
 */
export function overviewLayerSpecs(
  theme: Theme,
  source: OverviewSource,
): Array<CircleLayerSpecification | SymbolLayerSpecification> {
  const cluster: ExpressionSpecification = ['has', 'point_count'];
  const rank: ExpressionSpecification = [
    'coalesce',
    ['get', 'minPrec'],
    ['match', ['get', 'precision'], 'site', 0, 'locality', 1, 'district', 2, 'state', 3, 'country', 4, 0],
  ];
  const family = [
    'case',
    ['!', cluster],
    ['match', ['get', 'layer'], ...LAYER_IDS.flatMap((l) => [l, LAYER_FAMILY[l][theme]]), CLUSTER[theme]],
    ...LAYER_IDS.flatMap((l) => [onlyLayer(l), LAYER_FAMILY[l][theme]]),
    CLUSTER[theme],
  ] as unknown as ExpressionSpecification;
  const ring = [
    'case',
    ...LAYER_IDS.flatMap((l) => [
      onlyLayer(l),
      ringImageExpression(
        l,
        theme,
        SYMBOLOGY[l].categories.map((_, i): ExpressionSpecification => ['get', layerCategoryCountKey(l, i)]),
      ),
    ]),
    ringImageExpression(
      MIX,
      theme,
      LAYER_IDS.map((l): ExpressionSpecification => ['get', layerCountKey(l)]),
    ),
  ] as unknown as ExpressionSpecification;
  const zooms = OVERVIEW_SOURCES.find((o) => o.id === source)!;
  const common = { source, minzoom: zooms.minzoom, maxzoom: zooms.maxzoom } as const;
  return [
    {
      id: `${source}-halo`,
      type: 'circle',
      ...common,
      // Past a state's scale a feature known only to it is the badge's, not a disc (AS_POINT).
      filter: ['all', ['>=', rank, 1], withinScale(rank)],
      paint: {
        'circle-radius': [
          'interpolate',
          ['exponential', 2],
          ['zoom'],
          0,
          rankRadiusPx(rank, 0),
          16,
          rankRadiusPx(rank, 16),
        ],
        'circle-color': family,
        'circle-opacity': gated('active', 0.06),
        'circle-stroke-color': family,
        'circle-stroke-width': 1,
        'circle-stroke-opacity': gated('active', 0.35),
        'circle-pitch-alignment': 'map',
      },
    },
    {
      id: `${source}-ring`,
      type: 'symbol',
      ...common,
      filter: CLUSTER_SHOWN,
      layout: {
        'icon-image': ring,
        'icon-size': overviewScaled(1),
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': gated('active', 1) },
    },
    {
      id: `${source}-cluster`,
      type: 'circle',
      ...common,
      filter: CLUSTER_SHOWN,
      paint: {
        'circle-color': family,
        'circle-opacity': gated('active', 0.92),
        'circle-radius': overviewScaled(CLUSTER_RADIUS_PX),
        'circle-stroke-color': HALO_STROKE[theme],
        'circle-stroke-width': overviewScaled(2),
        'circle-stroke-opacity': gated('active', 1),
      },
    },
    {
      id: `${source}-count`,
      type: 'symbol',
      ...common,
      filter: CLUSTER_SHOWN,
      // Counts shrink less than their bubbles, so that they stay legible on a phone.
      layout: {
        ...CLUSTER_COUNT_LAYOUT,
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          OVERVIEW_BUBBLE_SCALE.smallZoom,
          10,
          OVERVIEW_BUBBLE_SCALE.fullZoom,
          CLUSTER_COUNT_SIZE_PX,
        ],
      },
      // Drawn over the states' names: a halo of the bubble's own colour keeps the digits clear
      // of a name's light halo where one crosses the bubble.
      paint: { ...clusterCountPaint('active'), 'text-halo-color': family, 'text-halo-width': 2 },
    },
    {
      id: `${source}-single`,
      type: 'symbol',
      ...common,
      filter: ['all', ['!', cluster], AS_POINT],
      layout: {
        'icon-image': ['get', 'icon'],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.34, 7, 0.46, 11, 0.56],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': gated('active', 1) },
    },
  ];
}

/**
 * The overview's results twin: each layer's points drawn as its own layer draws them, only where
 * a spatial question lists them (feature-state `qcls`), below OVERVIEW_MAXZOOM.
 */
export function overviewResultLayerSpecs(
  theme: Theme,
): Array<CircleLayerSpecification | SymbolLayerSpecification> {
  return LAYER_IDS.flatMap((layer) =>
    pointLayerSpecs(
      layer,
      theme,
      {
        source: OVERVIEW_RESULTS,
        halo: `${OVERVIEW}-${layer}-result-halo`,
        ring: `${OVERVIEW}-${layer}-result-ring`,
        symbol: overviewResultSymbolLayerId(layer),
        gate: 'result',
      },
      (f) => ['all', ofLayer(layer), f] as ExpressionSpecification,
    ).map((spec) => ({ ...spec, maxzoom: OVERVIEW_MAXZOOM })),
  );
}
