/**
 * Loaded datasets live here, outside React state and outside the store: they are large,
 * immutable once loaded, and the store holds only serialisable choices.
 *
 * The registry is open: the curated layers come from the loaded data, and any other dataset
 * (imported by the user, or synthetic for the benchmark) is added with `addDataset`.
 */
import type { AtlasData } from './load';
import { curatedDatasets, type Dataset } from './datasets';

export type DataStatus =
  { kind: 'loading' } | { kind: 'ready'; data: AtlasData } | { kind: 'error'; message: string };

let status: DataStatus = { kind: 'loading' };
let extra: readonly Dataset[] = [];
let all: readonly Dataset[] = [];
const listeners = new Set<() => void>();

function publish(): void {
  all = [...(status.kind === 'ready' ? curatedDatasets(status.data) : []), ...extra];
  for (const l of listeners) l();
}

export function setDataStatus(next: DataStatus): void {
  status = next;
  publish();
}

export function getDataStatus(): DataStatus {
  return status;
}

/** Every dataset, curated first, in a stable order; a new array whenever the list changes. */
export function getDatasets(): readonly Dataset[] {
  return all;
}

/** Adds a dataset, or replaces one with the same id. */
export function addDataset(ds: Dataset): void {
  extra = [...extra.filter((d) => d.id !== ds.id), ds];
  publish();
}

export function removeDataset(id: string): void {
  extra = extra.filter((d) => d.id !== id);
  publish();
}

export function subscribeDataStatus(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
