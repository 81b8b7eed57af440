/**
 * One source of truth for how every layer looks: shape per layer, colour per category, for
 * both themes. The map's paint expressions and the legend are both generated from these
 * tokens, so the legend cannot drift from the map. Colours are from the Okabe–Ito palette
 * (distinguishable with the common colour-vision deficiencies), with theme-specific greys.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { AtlasProps } from '../data/schema';
import { t, type MessageKey } from '../i18n';
import {
  BLOCK_STATUSES,
  CLOSURE_STATUSES,
  OVERSEAS_KINDS,
  PROCESSING_KINDS,
  STAGES,
  type LayerId,
  type Precision,
} from './model/enums';

export type Theme = 'light' | 'dark';
export type Shape = 'square' | 'triangle' | 'hexagon' | 'circle' | 'star' | 'diamond';

export interface ThemedColor {
  readonly light: string;
  readonly dark: string;
}

export interface CategoryToken {
  readonly value: string;
  /** The category's name in the legend and on cards. */
  readonly labelKey: MessageKey;
  readonly color: ThemedColor;
  /** One line for the legend's tooltip, without a full stop. */
  readonly hintKey?: MessageKey;
}

export interface LayerSymbology {
  readonly layer: LayerId;
  readonly titleKey: MessageKey;
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
  offered: { labelKey: 'layer.blocks.offered', color: OI.sky, hintKey: 'layer.blocks.offered.hint' },
  're-offered': {
    labelKey: 'layer.blocks.re-offered',
    color: OI.blue,
    hintKey: 'layer.blocks.re-offered.hint',
  },
  awarded: { labelKey: 'layer.blocks.awarded', color: OI.green, hintKey: 'layer.blocks.awarded.hint' },
  'licence-executed': {
    labelKey: 'layer.blocks.licence-executed',
    color: OI.darkGreen,
    hintKey: 'layer.blocks.licence-executed.hint',
  },
  annulled: {
    labelKey: 'layer.blocks.annulled',
    color: OI.vermillion,
    hintKey: 'layer.blocks.annulled.hint',
  },
  deferred: { labelKey: 'layer.blocks.deferred', color: OI.grey, hintKey: 'layer.blocks.deferred.hint' },
};

const STAGE_TOKENS: Record<(typeof STAGES)[number], Omit<CategoryToken, 'value'>> = {
  G4: { labelKey: 'layer.exploration.G4', color: OI.purple },
  G3: { labelKey: 'layer.exploration.G3', color: OI.orange },
  G2: { labelKey: 'layer.exploration.G2', color: OI.blue },
  G1: { labelKey: 'layer.exploration.G1', color: OI.green },
  study: { labelKey: 'layer.exploration.study', color: OI.grey },
};

const PROCESSING_TOKENS: Record<(typeof PROCESSING_KINDS)[number], Omit<CategoryToken, 'value'>> = {
  'processing-park': { labelKey: 'layer.processing.processing-park', color: OI.blue },
  'rare-earth-corridor': { labelKey: 'layer.processing.rare-earth-corridor', color: OI.purple },
  'rare-earth-plant': { labelKey: 'layer.processing.rare-earth-plant', color: OI.orange },
  'mineral-sands': { labelKey: 'layer.processing.mineral-sands', color: OI.yellow },
  'magnet-plant': { labelKey: 'layer.processing.magnet-plant', color: OI.vermillion },
  refinery: { labelKey: 'layer.processing.refinery', color: OI.green },
};

const CLOSURE_TOKENS: Record<(typeof CLOSURE_STATUSES)[number], Omit<CategoryToken, 'value'>> = {
  closed: { labelKey: 'layer.coal-closures.closed', color: OI.grey },
  repurposed: {
    labelKey: 'layer.coal-closures.repurposed',
    color: OI.green,
    hintKey: 'layer.coal-closures.repurposed.hint',
  },
  suspended: { labelKey: 'layer.coal-closures.suspended', color: OI.orange },
  scheduled: { labelKey: 'layer.coal-closures.scheduled', color: OI.sky },
};

const OVERSEAS_TOKENS: Record<(typeof OVERSEAS_KINDS)[number], Omit<CategoryToken, 'value'>> = {
  asset: { labelKey: 'layer.overseas.asset', color: OI.green },
  agreement: { labelKey: 'layer.overseas.agreement', color: OI.blue },
  exploratory: { labelKey: 'layer.overseas.exploratory', color: OI.orange },
  'offered-area': { labelKey: 'layer.overseas.offered-area', color: OI.purple },
};

function tokens<K extends string>(
  order: readonly K[],
  byValue: Record<K, Omit<CategoryToken, 'value'>>,
): CategoryToken[] {
  return order.map((value) => ({ value, ...byValue[value] }));
}

export const SYMBOLOGY: Record<LayerId, LayerSymbology> = {
  blocks: {
    layer: 'blocks',
    titleKey: 'layer.blocks.title',
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
    titleKey: 'layer.exploration.title',
    shape: 'triangle',
    categoryField: 'stage',
    categories: tokens(STAGES, STAGE_TOKENS),
    cluster: false,
  },
  processing: {
    layer: 'processing',
    titleKey: 'layer.processing.title',
    shape: 'hexagon',
    categoryField: 'kind',
    categories: tokens(PROCESSING_KINDS, PROCESSING_TOKENS),
    cluster: false,
  },
  'coal-closures': {
    layer: 'coal-closures',
    titleKey: 'layer.coal-closures.title',
    shape: 'circle',
    categoryField: 'closureStatus',
    categories: tokens(CLOSURE_STATUSES, CLOSURE_TOKENS),
    cluster: true,
  },
  centres: {
    layer: 'centres',
    titleKey: 'layer.centres.title',
    shape: 'star',
    categoryField: 'layer',
    categories: [{ value: 'centres', labelKey: 'layer.centres.centres', color: OI.violet }],
    cluster: false,
  },
  overseas: {
    layer: 'overseas',
    titleKey: 'layer.overseas.title',
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
 * legend. Used for icon colour and for the uncertainty halo. `category` is the expression giving
 * a feature's category (by default its category field; a block's status as of the time slider's
 * day for blocks).
 */
export function categoryColorExpression(
  layer: LayerId,
  theme: Theme,
  category?: ExpressionSpecification,
): ExpressionSpecification {
  const s = SYMBOLOGY[layer];
  const pairs = s.categories.flatMap((c) => [c.value, c.color[theme]]);
  return [
    'match',
    category ?? ['to-string', ['get', s.categoryField]],
    ...pairs,
    UNKNOWN_COLOR[theme],
  ] as ExpressionSpecification;
}

/** Uncertainty radius drawn around a point of the given precision, in kilometres. */
/**
 * Each layer's colour family: the bubble of a cluster that holds only that layer, and that
 * layer's arc in the ring of a cluster that holds several (the national overview).
 */
export const LAYER_FAMILY: Record<LayerId, ThemedColor> = {
  blocks: { light: '#1f5f74', dark: '#5fa8c4' },
  exploration: { light: '#6a3d9a', dark: '#b394d6' },
  processing: { light: '#9a6a00', dark: '#e0b04a' },
  'coal-closures': { light: '#5b4636', dark: '#b39a85' },
  centres: { light: '#2e6b3a', dark: '#7cc48a' },
  overseas: { light: '#546e7a', dark: '#9fb4be' },
};

export const PRECISION_RADIUS_KM: Record<string, number> = {
  site: 0,
  locality: 5,
  district: 35,
  state: 150,
  country: 400,
};

/** The words for a location precision: `precision.<level>` and `precision.<level>.hint`. */
export const PRECISION_KEYS: Record<Precision, { labelKey: MessageKey; hintKey: MessageKey }> = {
  site: { labelKey: 'precision.site', hintKey: 'precision.site.hint' },
  locality: { labelKey: 'precision.locality', hintKey: 'precision.locality.hint' },
  district: { labelKey: 'precision.district', hintKey: 'precision.district.hint' },
  state: { labelKey: 'precision.state', hintKey: 'precision.state.hint' },
  country: { labelKey: 'precision.country', hintKey: 'precision.country.hint' },
};

function precisionKeys(precision: string) {
  return Object.hasOwn(PRECISION_KEYS, precision) ? PRECISION_KEYS[precision as Precision] : undefined;
}

/** "district" → "District"; an unknown level as is. */
export function precisionLabel(precision: string): string {
  const k = precisionKeys(precision);
  return k ? t(k.labelKey) : precision;
}

/** How a point of this precision was placed, without a full stop; undefined for an unknown level. */
export function precisionHint(precision: string): string | undefined {
  const k = precisionKeys(precision);
  return k && t(k.hintKey);
}

/** The layer's title in the legend, on cards and in the state view. */
export function layerTitle(layer: LayerId): string {
  return t(SYMBOLOGY[layer].titleKey);
}

/** A category's name; the value itself for a category the legend does not know (imported data). */
export function categoryLabel(layer: LayerId, value: string): string {
  const c = categoryToken(layer, value);
  return c ? t(c.labelKey) : value;
}

/** A category's one-line hint, without a full stop, if it has one. */
export function categoryHint(layer: LayerId, value: string): string | undefined {
  const key = categoryToken(layer, value)?.hintKey;
  return key && t(key);
}
