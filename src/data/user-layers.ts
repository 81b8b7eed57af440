/**
 * The user's imported layers: kept in this browser only (IndexedDB through `idb`; never
 * uploaded), restored on every visit, and each one a dataset of the registry, so facets,
 * search, the table and the spatial questions treat it like any other. Lines and polygons are
 * kept whole for drawing; the registry holds a point on each (see user-dataset.ts).
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { Geometry } from 'geojson';
import { addDataset, getDatasets, removeDataset } from './registry';
import { userDatasetFromFeaturesAsync } from './user-dataset';
import type { AcceptedFeature } from '../domain/import/types';
import type { Dataset } from './datasets';

/** A layer as imported: the accepted features as parsed, and the user's choices. */
export interface UserLayerRecord {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly fileName: string;
  /** ISO time of the import. */
  readonly importedAt: string;
  readonly features: readonly AcceptedFeature[];
  /** The field whose values colour the layer (its key in the dataset), or none. */
  readonly colorBy?: string | null;
}

/** Colours for imported layers, apart from the curated layers' (a new layer takes the next). */
export const USER_COLORS = ['#d81b60', '#7b1fa2', '#00897b', '#f4511e', '#3949ab', '#6d4c41'] as const;

const DB_NAME = 'khanij-atlas';
/** One record per layer: its choices, and (version 2) how many chunks hold its features. */
const STORE = 'user-layers';
/** The features of a layer in chunks of CHUNK_SIZE, keyed `[layer id, chunk number]`. */
const CHUNKS = 'user-layer-chunks';
/**
 * Features per stored chunk. Each chunk is written (and read back) in its own task, so storing
 * a 100,000-feature layer never blocks the page for the structured clone of all of it at once.
 */
export const CHUNK_SIZE = 5_000;

/** The stored record: the features are in CHUNKS (`chunks` of them); version 1 kept them inline. */
type StoredRecord = Omit<UserLayerRecord, 'features'> & {
  readonly chunks?: number;
  readonly features?: readonly AcceptedFeature[];
};

let db: Promise<IDBPDatabase> | null = null;
const shapesById = new Map<string, readonly (Geometry | null)[]>();

/** Gives the page its thread back: resolves in a later task. */
export const pause = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

function database(): Promise<IDBPDatabase> | null {
  if (typeof indexedDB === 'undefined') return null;
  db ??= openDB(DB_NAME, 2, {
    upgrade(d) {
      if (!d.objectStoreNames.contains(STORE)) d.createObjectStore(STORE, { keyPath: 'id' });
      if (!d.objectStoreNames.contains(CHUNKS)) d.createObjectStore(CHUNKS);
    },
  });
  return db;
}

const chunkRange = (id: string) => IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);

/** The dataset a layer stands for (its shapes are kept for the map), built a chunk per task. */
async function datasetOf(rec: UserLayerRecord): Promise<Dataset> {
  // Unnamed features are named after the file, so a rename does not rename them.
  const built = await userDatasetFromFeaturesAsync(rec.features, { id: rec.id, label: rec.fileName }, pause);
  shapesById.set(rec.id, built.shapes);
  const colorBy = rec.colorBy && built.dataset.fields.some((f) => f.key === rec.colorBy) ? rec.colorBy : null;
  return { ...built.dataset, label: rec.label, color: rec.color, categoryField: colorBy };
}

/** The original lines and polygons of an imported layer, by row (null where it is a point). */
export const userShapes = (id: string): readonly (Geometry | null)[] => shapesById.get(id) ?? [];

/** Ids given to layers still being built (a second import may start meanwhile, e.g. a drop). */
const reserved = new Set<string>();

/** A new layer id, unique among the datasets and the layers being built. */
export function newUserLayerId(): string {
  const ids = new Set(getDatasets().map((d) => d.id));
  for (let n = 1; ; n++) {
    const id = `user-${n}`;
    if (!ids.has(id) && !reserved.has(id)) {
      reserved.add(id);
      return id;
    }
  }
}

/** The colour for the next layer: the first not in use. */
export function nextUserColor(): string {
  const used = new Set(getDatasets().map((d) => d.color));
  return USER_COLORS.find((c) => !used.has(c)) ?? USER_COLORS[getDatasets().length % USER_COLORS.length]!;
}

/**
 * Adds an import as a layer of the registry (drawn from then on); resolves with the dataset.
 * The build gives the page back between chunks of features. Keep it with {@link storeUserLayer}.
 */
export async function addUserLayer(rec: UserLayerRecord): Promise<Dataset> {
  try {
    const dataset = await datasetOf(rec);
    addDataset(dataset);
    return dataset;
  } finally {
    reserved.delete(rec.id);
  }
}

/**
 * Keeps a layer in this browser: its features in chunks, each written in its own task, then the
 * record that names them — so a reload during the writing finds no half layer (the chunks
 * without a record are removed by the next restore). Resolves false where storing fails
 * (private mode, quota): the layer is then shown for this visit only.
 */
export async function storeUserLayer(rec: UserLayerRecord): Promise<boolean> {
  try {
    const d = database();
    if (!d) return false;
    const idb = await d;
    const { features, ...meta } = rec;
    const chunks = Math.ceil(features.length / CHUNK_SIZE);
    await idb.delete(CHUNKS, chunkRange(rec.id));
    for (let n = 0; n < chunks; n++) {
      await idb.put(CHUNKS, features.slice(n * CHUNK_SIZE, (n + 1) * CHUNK_SIZE), [rec.id, n]);
      await pause();
    }
    // Renamed or removed while it was being written: the record follows what the user did.
    const now = getDatasets().find((x) => x.id === rec.id);
    if (!now) {
      await idb.delete(CHUNKS, chunkRange(rec.id));
      return false;
    }
    const stored: StoredRecord = {
      ...meta,
      label: now.label ?? meta.label,
      color: now.color ?? meta.color,
      colorBy: now.categoryField ?? null,
      chunks,
    };
    await idb.put(STORE, stored);
    return true;
  } catch {
    return false;
  }
}

async function update(id: string, change: Partial<Pick<UserLayerRecord, 'label' | 'color' | 'colorBy'>>) {
  const d = database();
  const rec = d ? ((await (await d).get(STORE, id)) as StoredRecord | undefined) : undefined;
  const current = getDatasets().find((x) => x.id === id);
  if (!current) return;
  if (rec) {
    const next = { ...rec, ...change };
    await (await d!).put(STORE, next);
  }
  addDataset({
    ...current,
    ...(change.label !== undefined ? { label: change.label } : {}),
    ...(change.color !== undefined ? { color: change.color } : {}),
    ...(change.colorBy !== undefined ? { categoryField: change.colorBy } : {}),
  });
}

export const renameUserLayer = (id: string, label: string) => update(id, { label });
export const recolorUserLayer = (id: string, color: string) => update(id, { color });
/** Colours the layer by a field's values (legend entries that switch them), or by its one colour. */
export const colorUserLayerBy = (id: string, field: string | null) => update(id, { colorBy: field });

/** Removes a layer from the map and from this browser. */
export async function deleteUserLayer(id: string): Promise<void> {
  removeDataset(id);
  shapesById.delete(id);
  const d = database();
  if (!d) return;
  const idb = await d;
  await idb.delete(STORE, id);
  await idb.delete(CHUNKS, chunkRange(id));
}

/** A stored record's features: inline (version 1) or read back a chunk per task; null if one is missing. */
async function featuresOf(idb: IDBPDatabase, rec: StoredRecord): Promise<AcceptedFeature[] | null> {
  if (rec.chunks === undefined) return rec.features ? [...rec.features] : null;
  const out: AcceptedFeature[] = [];
  for (let n = 0; n < rec.chunks; n++) {
    const chunk = (await idb.get(CHUNKS, [rec.id, n])) as AcceptedFeature[] | undefined;
    if (!Array.isArray(chunk)) return null;
    for (const f of chunk) out.push(f);
    await pause();
  }
  return out;
}

/**
 * Puts the layers kept in this browser back into the registry (before the data is declared
 * ready, so a reloaded link's filters on them still apply). A record that no longer reads is
 * skipped and reported by count; nothing throws.
 */
export async function restoreUserLayers(): Promise<{ restored: number; failed: number }> {
  const d = database();
  if (!d) return { restored: 0, failed: 0 };
  let restored = 0;
  let failed = 0;
  try {
    const idb = await d;
    const all = (await idb.getAll(STORE)) as StoredRecord[];
    all.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    for (const rec of all) {
      try {
        const features = await featuresOf(idb, rec);
        if (!features) throw new Error('missing chunk');
        addDataset(await datasetOf({ ...rec, features }));
        restored++;
      } catch {
        failed++;
      }
    }
    // Chunks no record names: a save a reload interrupted.
    const kept = new Set(all.map((r) => r.id));
    for (const key of await idb.getAllKeys(CHUNKS)) {
      const owner = Array.isArray(key) ? key[0] : undefined;
      if (typeof owner !== 'string' || !kept.has(owner)) await idb.delete(CHUNKS, key);
    }
  } catch {
    return { restored, failed: failed + 1 };
  }
  return { restored, failed };
}
