/**
 * The dataset registry: a dataset is a value (id, kind, label, field descriptions, features,
 * rows), not a member of a closed list. The curated layers are datasets built from the loaded
 * data; imported (`user`) and benchmark (`synthetic`) datasets join the same list, and facets,
 * the table, search and the map read only what a dataset describes.
 */
import type { AtlasData } from './load';
import type { AtlasFeature } from './schema';
import { LAYER_IDS, type LayerId } from '../domain/model/enums';
import { CATEGORY_FIELD, CURATED_FIELDS, curatedRow } from '../domain/model/curated';
import type { DatasetView, FieldSpec, Row } from '../domain/model/fields';
import { multiSlots } from '../domain/filter/expression';
import type { MessageKey } from '../i18n/en';

export type DatasetKind = 'curated' | 'user' | 'synthetic';

/** A point feature of any dataset: GeoJSON with at least an id and a name. */
export interface PointFeature {
  type: 'Feature';
  id?: string | number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { id: string; name: string; precision?: string; [k: string]: unknown };
}

export interface Dataset extends DatasetView {
  readonly id: string;
  readonly kind: DatasetKind;
  /** Catalogue key of the label (curated), or the label as given (imported). */
  readonly labelKey?: MessageKey;
  readonly label?: string;
  readonly fields: readonly FieldSpec[];
  readonly features: readonly PointFeature[];
  readonly rows: readonly Row[];
  /** The field whose values the legend switches (and the symbols are coloured by). */
  readonly categoryField: string | null;
  /** The curated layer whose symbology (shape, category colours) this dataset is drawn with. */
  readonly layer: LayerId;
  /** Clustered on the map at low zooms. */
  readonly cluster: boolean;
  /** Slots of each many-valued field in the map encoding. */
  readonly slots: Readonly<Record<string, number>>;
  /** An imported layer's colour (#rrggbb), chosen by the user; curated layers use their symbology. */
  readonly color?: string;
}

/**
 * Above this many rows a dataset is drawn as plain circles and filtered with a feature-state
 * mask instead of the global-state expression: MapLibre treats a global-state layer filter as
 * layout and re-tiles the whole source in its one worker on every change (seconds at 100k), and
 * its symbol layer fails outright on ~100k icons in one tile. See README, "How it works".
 */
export const BIG_DATASET = 20_000;

/** Whether a dataset takes the large-data path (circles, feature-state filter mask). */
export const isBigDataset = (ds: Pick<Dataset, 'rows'>) => ds.rows.length > BIG_DATASET;

const TITLE_KEYS: Record<LayerId, MessageKey> = {
  blocks: 'layer.blocks',
  exploration: 'layer.exploration',
  processing: 'layer.processing',
  'coal-closures': 'layer.coal-closures',
  centres: 'layer.centres',
  overseas: 'layer.overseas',
};

const CLUSTERED: ReadonlySet<LayerId> = new Set(['blocks', 'coal-closures']);

function curated(layer: LayerId, features: readonly AtlasFeature[]): Dataset {
  const fields = CURATED_FIELDS[layer].map(({ get: _get, history: _history, ...spec }) => spec);
  const rows = features.map((f, i) => curatedRow(f, i));
  return {
    id: layer,
    kind: 'curated',
    labelKey: TITLE_KEYS[layer],
    fields,
    features: features as unknown as PointFeature[],
    rows,
    categoryField: CATEGORY_FIELD[layer],
    layer,
    cluster: CLUSTERED.has(layer),
    slots: multiSlots(fields, rows),
  };
}

const cache = new WeakMap<AtlasData, Dataset[]>();

/** The curated datasets of the loaded data, built once per load. */
export function curatedDatasets(data: AtlasData): Dataset[] {
  let ds = cache.get(data);
  if (!ds) {
    ds = LAYER_IDS.map((l) => curated(l, data.layers[l].features));
    cache.set(data, ds);
  }
  return ds;
}

/** A dataset of user or synthetic features whose fields were described by whoever made them. */
export function makeDataset(init: {
  id: string;
  kind: Exclude<DatasetKind, 'curated'>;
  label: string;
  fields: readonly FieldSpec[];
  features: readonly PointFeature[];
  rows: readonly Row[];
  categoryField?: string | null;
  symbology: LayerId;
  cluster?: boolean;
  color?: string;
}): Dataset {
  const { symbology, ...rest } = init;
  return {
    ...rest,
    categoryField: init.categoryField ?? null,
    layer: symbology,
    cluster: init.cluster ?? false,
    slots: multiSlots(init.fields, init.rows),
  };
}
