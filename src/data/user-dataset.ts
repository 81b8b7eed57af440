/**
 * An import's accepted features as a user dataset of the registry: fields inferred from the
 * properties (few distinct values → a facet; numbers → a range; ISO dates → a range of years;
 * free text → searched), labels taken from the keys as plain text, a stable id for every
 * feature, and a point for every geometry (lines and polygons are placed at a point on them;
 * the shapes themselves come back beside the dataset for drawing).
 */
import { pointOnFeature } from '@turf/turf';
import type { Geometry } from 'geojson';
import { makeDataset, type Dataset, type PointFeature } from './datasets';
import type { AcceptedFeature, SafeValue } from '../domain/import/types';
import { CURATED_FIELDS } from '../domain/model/curated';
import { LAYER_IDS, type LayerId, type Precision } from '../domain/model/enums';
import type { FieldSpec, FieldValue, Row } from '../domain/model/fields';

/** A string field with at most this many distinct values (and repeats) is a facet. */
export const FACET_MAX_VALUES = 30;
/** Fields shown as table columns, in file order (the rest stay on the card). */
export const MAX_COLUMNS = 12;

/** ISO 8601 dates: 2024, 2024-03, 2024-03-15, with an optional time. */
const ISO_DATE =
  /^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NAME_KEYS = [
  'name',
  'title',
  'label',
  'नाम',
  'sitename',
  'placename',
  'placemark',
  'station',
  'village',
];

/** Field keys the app gives meaning to across datasets: an imported key equal to one is renamed. */
const RESERVED: ReadonlySet<string> = new Set([
  'id',
  'name',
  'precision',
  ...LAYER_IDS.flatMap((l) => CURATED_FIELDS[l].map((f) => f.key)),
]);

/** How one property became a field. */
export interface InferredField {
  readonly spec: FieldSpec;
  /** The property's key in the file (untrusted text; also the label). */
  readonly property: string;
  /** `date`: an ISO date, kept as its year for ranges. */
  readonly kind: 'number' | 'date' | 'category' | 'text';
}

/** `Lat (N)` → `Lat-N`: Latin letters, digits, `_` and `-` only, at most `max` long ('' when nothing is left). */
export function slugOf(text: string, max = 40): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '')
    .slice(0, max);
}

/** Feature ids keep up to this many characters (so an exported and re-imported id is the same). */
const ID_MAX = 160;

/** A field key for a property: its slug, or `field-<position + 1>` for a key with no Latin letters. */
export function fieldKeyOf(property: string, position: number): string {
  return slugOf(property) || `field-${position + 1}`;
}

const present = (v: SafeValue | undefined): v is string | number | boolean =>
  v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');

function kindOf(values: readonly (string | number | boolean)[]): InferredField['kind'] {
  if (values.length === 0) return 'text';
  if (values.every((v) => typeof v === 'number' || (typeof v === 'string' && NUMBER.test(v.trim()))))
    return 'number';
  if (values.every((v) => typeof v === 'string' && ISO_DATE.test(v.trim()))) return 'date';
  const distinct = new Set(values.map((v) => String(v).trim()));
  if (distinct.size <= FACET_MAX_VALUES && distinct.size < values.length) return 'category';
  if (values.every((v) => typeof v === 'boolean')) return 'category';
  return 'text';
}

/** The property that names features: `name`, `title`, `नाम`…, else null. */
export function nameProperty(keys: readonly string[]): string | null {
  const folded = keys.map((k) =>
    k
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s_-]+/g, ''),
  );
  for (const n of NAME_KEYS) {
    const i = folded.indexOf(n);
    if (i >= 0) return keys[i]!;
  }
  return null;
}

/**
 * Field descriptions for the properties of `features` (the name property excluded: it becomes
 * the `name` field). Keys are unique slugs that do not collide with the app's own fields.
 */
export function inferFields(
  features: readonly AcceptedFeature[],
  exclude: readonly string[] = [],
): InferredField[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const f of features)
    for (const k of Object.keys(f.properties))
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
  const used = new Set<string>(RESERVED);
  let columns = 0;
  const out: InferredField[] = [];
  keys.forEach((property, position) => {
    if (exclude.includes(property)) return;
    const values = features.map((f) => f.properties[property]).filter(present);
    if (values.length === 0) return;
    const kind = kindOf(values);
    let key = fieldKeyOf(property, position);
    if (used.has(key)) {
      let k = 2;
      while (used.has(`${key}-${k}`)) k++;
      key = `${key}-${k}`;
    }
    used.add(key);
    const distinct = new Set(values.map(String)).size;
    const column = columns < MAX_COLUMNS;
    if (column) columns++;
    const base = { key, label: property, column };
    const spec: FieldSpec =
      kind === 'number'
        ? {
            ...base,
            type: 'number',
            facet: distinct > 1,
            format: /year|वर्ष/i.test(property) ? 'year' : 'plain',
          }
        : kind === 'date'
          ? { ...base, type: 'number', facet: distinct > 1, format: 'year' }
          : kind === 'category'
            ? { ...base, type: 'category', facet: distinct > 1 }
            : { ...base, type: 'text', search: true };
    out.push({ spec, property, kind });
  });
  return out;
}

function fieldValue(field: InferredField, v: SafeValue | undefined): FieldValue {
  if (!present(v)) return null;
  switch (field.kind) {
    case 'number': {
      const n = typeof v === 'number' ? v : Number(String(v).trim());
      return Number.isFinite(n) ? n : null;
    }
    case 'date':
      return Number(String(v).trim().slice(0, 4));
    default:
      return String(v).trim();
  }
}

/** A point that stands for a geometry on the map and in spatial queries: on the shape itself. */
export function representativePoint(g: Geometry): [number, number] {
  if (g.type === 'Point') return [g.coordinates[0]!, g.coordinates[1]!];
  const p = pointOnFeature({ type: 'Feature', geometry: g, properties: {} }).geometry.coordinates;
  return [p[0]!, p[1]!];
}

export interface UserDatasetOptions {
  /** The dataset id: a slug unique among datasets (e.g. `user-3f9a`); feature ids start with it. */
  readonly id: string;
  /** The label the user sees (the file name, or what they typed). */
  readonly label: string;
  /** How exactly the features are placed (default `site`). */
  readonly precision?: Precision;
  /** The property that names features (default: found by nameProperty). */
  readonly nameProperty?: string | null;
  /** The curated layer whose symbols the dataset is drawn with (default `processing`). */
  readonly symbology?: LayerId;
  /** A category field whose values the legend switches (a key of the inferred fields). */
  readonly categoryField?: string | null;
}

export interface UserDatasetBuild {
  readonly dataset: Dataset;
  /** How each property became a field (for a UI that lets the user change it). */
  readonly fields: readonly InferredField[];
  /** The original geometry of each feature, by row index, where it is not a point. */
  readonly shapes: readonly (Geometry | null)[];
}

/** A feature's own id as a slug, or null. */
const ownId = (f: AcceptedFeature): string | null => {
  const id = f.id ?? f.properties.id;
  if (typeof id !== 'string' && typeof id !== 'number') return null;
  return slugOf(String(id), ID_MAX) || null;
};

/** Rows built between two yields of {@link userDatasetFromFeaturesAsync} (about 10–30 ms of work). */
export const BUILD_CHUNK = 5_000;

/**
 * The build, as steps: it yields after the fields are inferred and after every BUILD_CHUNK
 * rows, and returns the dataset. Run at once by userDatasetFromFeatures, or spread over several
 * tasks by userDatasetFromFeaturesAsync.
 */
function* buildSteps(
  features: readonly AcceptedFeature[],
  options: UserDatasetOptions,
): Generator<void, UserDatasetBuild> {
  const precision = options.precision ?? 'site';
  const keys = features.length ? Object.keys(features[0]!.properties) : [];
  const nameKey = options.nameProperty === undefined ? nameProperty(keys) : options.nameProperty;
  const inferred = inferFields(features, nameKey ? [nameKey] : []);
  const own = features.map(ownId);
  const useOwn = own.every((x) => x !== null) && new Set(own).size === own.length;
  yield;
  const rows: Row[] = [];
  const points: PointFeature[] = [];
  const shapes: (Geometry | null)[] = [];
  for (let index = 0; index < features.length; index++) {
    if (index > 0 && index % BUILD_CHUNK === 0) yield;
    const f = features[index]!;
    const [lon, lat] = representativePoint(f.geometry);
    const id = `${options.id}-${useOwn ? own[index] : index + 1}`;
    const rawName = nameKey ? f.properties[nameKey] : null;
    const name = present(rawName) ? String(rawName).trim() : `${options.label} ${index + 1}`;
    const values: Record<string, FieldValue> = { name, precision };
    for (const field of inferred) values[field.spec.key] = fieldValue(field, f.properties[field.property]);
    rows.push({ id, index, lon, lat, values });
    points.push({
      type: 'Feature',
      id: index,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { ...f.properties, id, name, precision },
    });
    shapes.push(f.geometry.type === 'Point' ? null : f.geometry);
  }
  const fields: FieldSpec[] = [
    { key: 'name', type: 'text', labelKey: 'field.name', column: true, search: true },
    ...inferred.map((i) => i.spec),
    {
      key: 'precision',
      type: 'category',
      labelKey: 'field.precision',
      facet: true,
      column: false,
      format: 'precision',
    },
  ];
  const dataset = makeDataset({
    id: options.id,
    kind: 'user',
    label: options.label,
    fields,
    features: points,
    rows,
    categoryField: options.categoryField ?? null,
    symbology: options.symbology ?? 'processing',
  });
  return { dataset, fields: inferred, shapes };
}

/**
 * Builds the user dataset of an import. Every feature gets the id `<dataset>-<own id>` when
 * the file's ids are present and unique, else `<dataset>-<position + 1>`: the same file gives
 * the same ids every time. Names come from the name property, else `<label> <position + 1>`.
 */
export function userDatasetFromFeatures(
  features: readonly AcceptedFeature[],
  options: UserDatasetOptions,
): UserDatasetBuild {
  const steps = buildSteps(features, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same build, giving the page back between chunks of rows (`pause` resolves in a later
 * task), so a 100,000-feature import never holds the page's thread in one long task.
 */
export async function userDatasetFromFeaturesAsync(
  features: readonly AcceptedFeature[],
  options: UserDatasetOptions,
  pause: () => Promise<void>,
): Promise<UserDatasetBuild> {
  const steps = buildSteps(features, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
