/**
 * One source of truth for how every layer looks: shape per layer, colour per category, for
 * both themes. The map's paint expressions and the legend are both generated from these
 * tokens, so the legend cannot drift from the map. Colours are from the Okabe–Ito palette
 * (distinguishable with the common colour-vision deficiencies), with theme-specific greys.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { AtlasProps } from '../data/schema';
import {
  BLOCK_STATUSES,
  CLOSURE_STATUSES,
  OVERSEAS_KINDS,
  PROCESSING_KINDS,
  STAGES,
  type LayerId,
} from './model/enums';

export type Theme = 'light' | 'dark';
export type Shape = 'square' | 'triangle' | 'hexagon' | 'circle' | 'star' | 'diamond';

export interface ThemedColor {
  readonly light: string;
  readonly dark: string;
}

export interface CategoryToken {
  readonly value: string;
  readonly label: string;
  readonly color: ThemedColor;
  /** One line for the legend's tooltip. */
  readonly hint?: string;
}

export interface LayerSymbology {
  readonly layer: LayerId;
  readonly title: string;
  readonly shape: Shape;
  /** The property whose value picks the category. */
  readonly categoryField: string;
  readonly categories: readonly CategoryToken[];
  /** Dense point layers are clustered on the map. */
  readonly cluster: boolean;
}

const both = (c: string): ThemedColor => ({ light: c, dark: c });
const OI = {
  orange: both('#E69F00'),
  sky: both('#56B4E9'),
  green: both('#009E73'),
  yellow: { light: '#C9B400', dark: '#F0E442' },
  blue: { light: '#0072B2', dark: '#3D9BE0' },
  vermillion: both('#D55E00'),
  purple: both('#CC79A7'),
  darkGreen: { light: '#00573F', dark: '#5FD3AE' },
  grey: { light: '#6E6E6E', dark: '#A6A6A6' },
  violet: { light: '#6A3D9A', dark: '#B394D6' },
};

const BLOCK_TOKENS: Record<(typeof BLOCK_STATUSES)[number], Omit<CategoryToken, 'value'>> = {
  offered: { label: 'Offered', color: OI.sky, hint: 'Put up for auction; no result yet' },
  're-offered': { label: 'Re-offered', color: OI.blue, hint: 'Offered again after an annulment' },
  awarded: { label: 'Awarded', color: OI.green, hint: 'Preferred bidder declared' },
  'licence-executed': {
    label: 'Licence executed',
    color: OI.darkGreen,
    hint: 'Composite licence or lease granted or signed',
  },
  annulled: {
    label: 'Annulled',
    color: OI.vermillion,
    hint: 'Auction cancelled: no bids, too few bidders or other',
  },
  deferred: { label: 'Decision deferred', color: OI.grey, hint: 'Outcome held back by the authorities' },
};

const STAGE_TOKENS: Record<(typeof STAGES)[number], Omit<CategoryToken, 'value'>> = {
  G4: { label: 'G4 reconnaissance', color: OI.purple },
  G3: { label: 'G3 prospecting', color: OI.orange },
  G2: { label: 'G2 general exploration', color: OI.blue },
  G1: { label: 'G1 detailed exploration', color: OI.green },
  study: { label: 'Study (no UNFC stage)', color: OI.grey },
};

const PROCESSING_TOKENS: Record<(typeof PROCESSING_KINDS)[number], Omit<CategoryToken, 'value'>> = {
  'processing-park': { label: 'Processing park', color: OI.blue },
  'rare-earth-corridor': { label: 'Rare-earth corridor', color: OI.purple },
  'rare-earth-plant': { label: 'Rare-earth plant', color: OI.orange },
  'mineral-sands': { label: 'Mineral-sands unit', color: OI.yellow },
  'magnet-plant': { label: 'Magnet plant', color: OI.vermillion },
  refinery: { label: 'Refinery or smelter', color: OI.green },
};

const CLOSURE_TOKENS: Record<(typeof CLOSURE_STATUSES)[number], Omit<CategoryToken, 'value'>> = {
  closed: { label: 'Closed', color: OI.grey },
  repurposed: { label: 'Repurposed', color: OI.green, hint: 'Eco park, tourism, pisciculture…' },
  suspended: { label: 'Operations suspended', color: OI.orange },
  scheduled: { label: 'Scheduled to close', color: OI.sky },
};

const OVERSEAS_TOKENS: Record<(typeof OVERSEAS_KINDS)[number], Omit<CategoryToken, 'value'>> = {
  asset: { label: 'Asset held', color: OI.green },
  agreement: { label: 'Agreement / MoU', color: OI.blue },
  exploratory: { label: 'Exploratory talks', color: OI.orange },
  'offered-area': { label: 'Area offered', color: OI.purple },
};

function tokens<K extends string>(
  order: readonly K[],
  t: Record<K, Omit<CategoryToken, 'value'>>,
): CategoryToken[] {
  return order.map((value) => ({ value, ...t[value] }));
}

export const SYMBOLOGY: Record<LayerId, LayerSymbology> = {
  blocks: {
    layer: 'blocks',
    title: 'Critical-mineral blocks',
    shape: 'square',
    categoryField: 'status',
    categories: tokens(
      ['offered', 're-offered', 'awarded', 'licence-executed', 'annulled', 'deferred'],
      BLOCK_TOKENS,
    ),
    cluster: true,
  },
  exploration: {
    layer: 'exploration',
    title: 'Exploration finds',
    shape: 'triangle',
    categoryField: 'stage',
    categories: tokens(STAGES, STAGE_TOKENS),
    cluster: false,
  },
  processing: {
    layer: 'processing',
    title: 'Processing & magnets',
    shape: 'hexagon',
    categoryField: 'kind',
    categories: tokens(PROCESSING_KINDS, PROCESSING_TOKENS),
    cluster: false,
  },
  'coal-closures': {
    layer: 'coal-closures',
    title: 'Coal-mine closures',
    shape: 'circle',
    categoryField: 'closureStatus',
    categories: tokens(CLOSURE_STATUSES, CLOSURE_TOKENS),
    cluster: true,
  },
  centres: {
    layer: 'centres',
    title: 'Centres of Excellence',
    shape: 'star',
    categoryField: 'layer',
    categories: [{ value: 'centres', label: 'Centre of Excellence (NCMM)', color: OI.violet }],
    cluster: false,
  },
  overseas: {
    layer: 'overseas',
    title: 'Overseas assets',
    shape: 'diamond',
    categoryField: 'kind',
    categories: tokens(OVERSEAS_KINDS, OVERSEAS_TOKENS),
    cluster: false,
  },
};

/** The category value of a feature in its layer's legend. */
export function categoryOf(props: AtlasProps): string {
  const field = SYMBOLOGY[props.layer].categoryField;
  return String((props as unknown as Record<string, unknown>)[field]);
}

export function categoryToken(layer: LayerId, value: string): CategoryToken | undefined {
  return SYMBOLOGY[layer].categories.find((c) => c.value === value);
}

/** Fallback colour for a category the legend does not know (imported data). */
export const UNKNOWN_COLOR: ThemedColor = { light: '#333333', dark: '#dddddd' };

/**
 * A MapLibre `match` expression giving each category its theme colour: the same tokens as the
 * legend. Used for icon colour and for the uncertainty halo.
 */
export function categoryColorExpression(layer: LayerId, theme: Theme): ExpressionSpecification {
  const s = SYMBOLOGY[layer];
  const pairs = s.categories.flatMap((c) => [c.value, c.color[theme]]);
  return [
    'match',
    ['to-string', ['get', s.categoryField]],
    ...pairs,
    UNKNOWN_COLOR[theme],
  ] as ExpressionSpecification;
}

/** Uncertainty radius drawn around a point of the given precision, in kilometres. */
export const PRECISION_RADIUS_KM: Record<string, number> = {
  site: 0,
  locality: 5,
  district: 35,
  state: 150,
  country: 400,
};

export const PRECISION_LABELS: Record<string, { label: string; hint: string }> = {
  site: { label: 'Site', hint: 'Placed at coordinates a source gives for the site' },
  locality: { label: 'Locality', hint: 'Placed at the named village or town, not the site' },
  district: {
    label: 'District',
    hint: 'Placed at the district centre: the site is somewhere in the district',
  },
  state: { label: 'State', hint: 'Placed at the state centre: only the state is known' },
  country: { label: 'Country', hint: 'Placed at the country or province centre' },
};
