/**
 * The data boundary: fetch → parse → validate → typed Result. Nothing past this module sees
 * unvalidated data.
 */
import * as v from 'valibot';
import {
  FactsFile,
  LAYER_IDS,
  Manifest,
  StateLabels,
  DistrictLabels,
  layerSchema,
  type LayerCollection,
  type LayerId,
} from './schema';
import { err, ok, type Result } from './result';
import { t } from '../i18n';

export interface AtlasData {
  manifest: Manifest;
  layers: Record<LayerId, LayerCollection>;
  facts: FactsFile;
  /** India's states and UTs: code, names and extent, for the state view. */
  states: StateExtent[];
  /** The approximate district areas' names and extents, for the district view (empty if unavailable). */
  districts: DistrictExtent[];
}

/** A district's id (`IN-CG:Korba`), names and the extent of its approximate area. */
export interface DistrictExtent {
  key: string;
  state: string;
  name: string;
  bbox: [number, number, number, number];
  approximate: boolean;
}

/** A state's code, names and extent, for the state view. */
export interface StateExtent {
  code: string;
  name: string;
  nameHi: string;
  bbox: [number, number, number, number];
  /** Where the map writes the state's name (a point inside its outline). */
  label: [number, number];
  /** The names as the map writes them (English, Hindi): long ones on two lines ('\n'). */
  mapName: string;
  mapNameHi: string;
  /** Which name the map places first (0: the biggest state). */
  rank: number;
  /** A small state or UT, named on the map only from zoom 5.5. */
  small: boolean;
}

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/** The first few valibot issues as "path: message" lines. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], max = 3): string {
  const lines = issues.slice(0, max).map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
  if (issues.length > max) lines.push(t('load.moreIssues', { count: issues.length - max }));
  return lines.join('; ');
}

async function fetchJson(fetchImpl: Fetch, url: string, file: string): Promise<Result<unknown>> {
  let res;
  try {
    res = await fetchImpl(url);
  } catch (e) {
    return err(t('load.fetchFailed', { file, reason: e instanceof Error ? e.message : String(e) }));
  }
  if (!res.ok) return err(t('load.httpError', { file, status: String(res.status) }));
  try {
    return ok(JSON.parse(await res.text()) as unknown);
  } catch {
    return err(t('load.notJson', { file }));
  }
}

async function fetchValid<S extends v.GenericSchema>(
  fetchImpl: Fetch,
  url: string,
  file: string,
  schema: S,
): Promise<Result<v.InferOutput<S>>> {
  const raw = await fetchJson(fetchImpl, url, file);
  if (!raw.ok) return raw;
  const parsed = v.safeParse(schema, raw.value);
  if (!parsed.success) return err(t('load.invalid', { file, issues: describeIssues(parsed.issues) }));
  return ok(parsed.output);
}

/** Loads and validates the manifest, every layer and the headline facts. */
export async function loadAtlasData(
  baseUrl: string,
  fetchImpl: Fetch = (u) => fetch(u),
): Promise<Result<AtlasData>> {
  const dataUrl = `${baseUrl}data/`;
  const manifest = await fetchValid(fetchImpl, `${dataUrl}manifest.json`, 'data/manifest.json', Manifest);
  if (!manifest.ok) return manifest;

  const results = await Promise.all(
    LAYER_IDS.map(async (id) => {
      const entry = manifest.value.layers.find((l) => l.id === id);
      if (!entry)
        return [
          id,
          err<LayerCollection>(t('load.noLayer', { file: 'data/manifest.json', layer: id })),
        ] as const;
      const r = await fetchValid(fetchImpl, `${dataUrl}${entry.file}`, `data/${entry.file}`, layerSchema(id));
      return [id, r as Result<LayerCollection>] as const;
    }),
  );
  const layers = {} as Record<LayerId, LayerCollection>;
  for (const [id, r] of results) {
    if (!r.ok) return r;
    layers[id] = r.value;
  }

  const facts = await fetchValid(
    fetchImpl,
    `${dataUrl}${manifest.value.facts}`,
    'data/facts.json',
    FactsFile,
  );
  if (!facts.ok) return facts;
  // The state list only feeds the state view: without it the map and layers still work.
  const labels = await fetchValid(
    fetchImpl,
    `${dataUrl}boundaries/state-labels.geojson`,
    'data/boundaries/state-labels.geojson',
    StateLabels,
  );
  if (!labels.ok) console.warn(`${labels.error}: the state view is unavailable`);
  const states = labels.ok
    ? labels.value.features
        .map(({ properties: p, geometry }) => ({
          code: p.code,
          name: p.name,
          nameHi: p.name_hi,
          bbox: p.bbox,
          label: geometry.coordinates,
          mapName: p.label,
          mapNameHi: p.label_hi,
          rank: p.rank,
          small: p.small,
        }))
        .sort((a, b) => a.name.localeCompare(b.name))
    : [];
  // Likewise the district list feeds only the district view.
  const districtLabels = await fetchValid(
    fetchImpl,
    `${dataUrl}boundaries/district-labels.geojson`,
    'data/boundaries/district-labels.geojson',
    DistrictLabels,
  );
  if (!districtLabels.ok) console.warn(`${districtLabels.error}: the district view is unavailable`);
  const districts = districtLabels.ok
    ? districtLabels.value.features
        .map(({ properties: p }) => ({
          key: p.key,
          state: p.state,
          name: p.district,
          bbox: p.bbox,
          approximate: p.approximate,
        }))
        .sort((a, b) => a.name.localeCompare(b.name))
    : [];
  return ok({ manifest: manifest.value, layers, facts: facts.value, states, districts });
}
