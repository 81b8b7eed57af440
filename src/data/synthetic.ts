/**
 * Synthetic datasets, for the benchmark only: `scripts/synth.ts` writes them (seeded) into a
 * built site's `synth/` folder, and the app loads one when its URL says `?synth=<name>`
 * (e.g. `?synth=points-100000`). Nothing synthetic is built, shipped or loaded by default.
 */
import * as v from 'valibot';
import { makeDataset, type Dataset, type PointFeature } from './datasets';
import { describeIssues } from './load';
import { err, ok, type Result } from './result';
import type { FieldSpec, Row } from '../domain/model/fields';

export const SYNTH_NAME = /^[a-z0-9-]{1,40}$/;

const SynthFeature = v.object({
  type: v.literal('Feature'),
  geometry: v.object({ type: v.literal('Point'), coordinates: v.tuple([v.number(), v.number()]) }),
  properties: v.object({
    id: v.string(),
    name: v.string(),
    status: v.string(),
    minerals: v.array(v.string()),
    state: v.string(),
    district: v.string(),
    company: v.array(v.string()),
    year: v.number(),
    precision: v.string(),
  }),
});
const SynthFile = v.object({
  type: v.literal('FeatureCollection'),
  cluster: v.optional(v.boolean(), false),
  features: v.array(SynthFeature),
});

/** The synthetic datasets' fields: the same keys as the curated blocks', so facets and filters meet. */
export const SYNTH_FIELDS: readonly FieldSpec[] = [
  { key: 'name', type: 'text', labelKey: 'field.name', column: true, search: true },
  {
    key: 'status',
    type: 'category',
    labelKey: 'field.status',
    facet: true,
    column: true,
    format: 'category',
  },
  {
    key: 'minerals',
    type: 'multi',
    labelKey: 'field.minerals',
    facet: true,
    column: true,
    format: 'mineral',
  },
  { key: 'state', type: 'category', labelKey: 'field.state', facet: true, column: true, format: 'state' },
  { key: 'district', type: 'category', labelKey: 'field.district', facet: true, column: true },
  { key: 'company', type: 'multi', labelKey: 'field.company', facet: true, column: true },
  {
    key: 'year',
    type: 'number',
    labelKey: 'field.yearLatestEvent',
    facet: true,
    column: true,
    format: 'year',
  },
  {
    key: 'precision',
    type: 'category',
    labelKey: 'field.precision',
    facet: true,
    column: true,
    format: 'precision',
  },
];

/** A parsed synthetic file as a dataset of the registry. */
export function syntheticDataset(name: string, raw: unknown): Result<Dataset> {
  const parsed = v.safeParse(SynthFile, raw);
  if (!parsed.success) return err(`synth/${name}.json failed validation: ${describeIssues(parsed.issues)}`);
  const features = parsed.output.features.map((f, i) => ({ ...f, id: i })) as unknown as PointFeature[];
  const rows: Row[] = parsed.output.features.map((f, index) => ({
    id: f.properties.id,
    index,
    lon: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
    values: {
      name: f.properties.name,
      status: f.properties.status,
      minerals: f.properties.minerals,
      state: f.properties.state,
      district: f.properties.district,
      company: f.properties.company,
      year: f.properties.year,
      precision: f.properties.precision,
    },
  }));
  return ok(
    makeDataset({
      id: `synth-${name}`,
      kind: 'synthetic',
      label: `Synthetic (${name})`,
      fields: SYNTH_FIELDS,
      features,
      rows,
      categoryField: 'status',
      symbology: 'blocks',
      cluster: parsed.output.cluster,
    }),
  );
}

/** Loads `synth/<name>.json` from the app's own origin. */
export async function loadSynthetic(baseUrl: string, name: string): Promise<Result<Dataset>> {
  if (!SYNTH_NAME.test(name)) return err(`'${name}' is not a synthetic dataset name`);
  try {
    const res = await fetch(`${baseUrl}synth/${name}.json`);
    if (!res.ok) return err(`Could not fetch synth/${name}.json: HTTP ${res.status}`);
    return syntheticDataset(name, await res.json());
  } catch (e) {
    return err(`Could not load synth/${name}.json: ${e instanceof Error ? e.message : String(e)}`);
  }
}
