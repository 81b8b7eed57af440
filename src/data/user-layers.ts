/**
 * The user's imported layers: kept in this browser only (IndexedDB through `idb`; never
 * uploaded), restored on every visit, and each one a dataset of the registry, so facets,
 * search, the table and the spatial questions treat it like any other. Lines and polygons are
 * kept whole for drawing; the registry holds a point on each (see user-dataset.ts).
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { Geometry } from 'geojson';
import { addDataset, getDatasets, removeDataset } from './registry';
import { userDatasetFromFeatures } from './user-dataset';
import type { AcceptedFeature } from '../domain/import/types';
import type { Dataset } from './datasets';

/** What is stored per layer: the accepted features as parsed, and the user's choices. */
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
const STORE = 'user-layers';
let db: Promise<IDBPDatabase> | null = null;
const shapesById = new Map<string, readonly (Geometry | null)[]>();

function database(): Promise<IDBPDatabase> | null {
  if (typeof indexedDB === 'undefined') return null;
  db ??= openDB(DB_NAME, 1, {
    upgrade(d) {
      if (!d.objectStoreNames.contains(STORE)) d.createObjectStore(STORE, { keyPath: 'id' });
    },
  });
  return db;
}

/** The dataset a stored layer stands for (its shapes are kept for the map). */
function datasetOf(rec: UserLayerRecord): Dataset {
  // Unnamed features are named after the file, so a rename does not rename them.
  const built = userDatasetFromFeatures(rec.features, { id: rec.id, label: rec.fileName });
  shapesById.set(rec.id, built.shapes);
  const colorBy = rec.colorBy && built.dataset.fields.some((f) => f.key === rec.colorBy) ? rec.colorBy : null;
  return { ...built.dataset, label: rec.label, color: rec.color, categoryField: colorBy };
}

/** The original lines and polygons of an imported layer, by row (null where it is a point). */
export const userShapes = (id: string): readonly (Geometry | null)[] => shapesById.get(id) ?? [];

/** A new layer id, unique among the datasets. */
export function newUserLayerId(): string {
  const ids = new Set(getDatasets().map((d) => d.id));
  for (let n = 1; ; n++) if (!ids.has(`user-${n}`)) return `user-${n}`;
}

/** The colour for the next layer: the first not in use. */
export function nextUserColor(): string {
  const used = new Set(getDatasets().map((d) => d.color));
  return USER_COLORS.find((c) => !used.has(c)) ?? USER_COLORS[getDatasets().length % USER_COLORS.length]!;
}

/**
 * Adds an import as a layer and keeps it in this browser. Resolves with the dataset; storing
 * may fail (private mode, quota): the layer is then shown for this visit and `stored` is false.
 */
export async function addUserLayer(rec: UserLayerRecord): Promise<{ dataset: Dataset; stored: boolean }> {
  const dataset = datasetOf(rec);
  addDataset(dataset);
  let stored = false;
  try {
    const d = database();
    if (d) {
      await (await d).put(STORE, rec);
      stored = true;
    }
  } catch {
    stored = false;
  }
  return { dataset, stored };
}

async function update(id: string, change: Partial<Pick<UserLayerRecord, 'label' | 'color' | 'colorBy'>>) {
  const d = database();
  const rec = d ? ((await (await d).get(STORE, id)) as UserLayerRecord | undefined) : undefined;
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
  if (d) await (await d).delete(STORE, id);
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
    const all = (await (await d).getAll(STORE)) as UserLayerRecord[];
    all.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    for (const rec of all) {
      try {
        addDataset(datasetOf(rec));
        restored++;
      } catch {
        failed++;
      }
    }
  } catch {
    return { restored, failed: failed + 1 };
  }
  return { restored, failed };
}
