/**
 * What an export holds: a list of entries (a dataset's row, and when a spatial question is
 * active, how the row answers it), and the notes every exported file carries (licence, sources).
 * The serialisers (GeoJSON, CSV, KML) read the same entries, so they always agree on which
 * features were exported.
 */
import type { DatasetView, Row } from '../model/fields';
import type { FilterSpec } from '../filter/spec';
import type { QuerySpec } from '../spatial/query-param';
import type { AreaGeometry, Membership } from '../spatial/types';
import { formatRangeKm } from '../spatial/distance-matrix';

/** A dataset as an export reads it: rows, fields, and (curated) the features with their sources. */
export interface ExportDataset extends DatasetView {
  readonly label?: string;
  readonly features?: readonly { readonly properties: Readonly<Record<string, unknown>> }[];
}

/** One exported feature: its dataset and position; the question's answer for it, if any. */
export interface ExportEntry {
  readonly datasetId: string;
  readonly index: number;
  readonly membership?: Membership | null;
  readonly minKm?: number | null;
  readonly maxKm?: number | null;
  readonly partnerId?: string;
}

export const LICENCE_NOTE =
  'Data: facts compiled from public sources, each feature with links to its sources. ' +
  'Placements from GeoNames (CC BY 4.0, https://www.geonames.org/). ' +
  'Sites from Global Energy Monitor trackers (CC BY 4.0, https://globalenergymonitor.org/).';

export const SOURCES_NOTE =
  'Each feature lists the public sources its facts come from (title, date, link). ' +
  'A point is only as exact as its precision says: site, locality, district centre or state centre. ' +
  'Features of imported layers carry what their file said and are not checked by Khanij Atlas.';

/** What was exported and from which view: written into every file's header. */
export interface ExportMeta {
  readonly filters: FilterSpec;
  /** The active question and the area it asked about (null for nearest and presets), or null. */
  readonly query: { readonly spec: QuerySpec; readonly area: AreaGeometry | null } | null;
  readonly asOf: string | null;
  /** The link that reopens this view (filters, question, camera). */
  readonly link: string | null;
}

/**
 * The features to export: exactly the question's hits while one is active (of the chosen
 * dataset, or all of them), otherwise the filtered features of the chosen dataset or of every
 * shown dataset.
 */
export function exportEntries(
  datasets: readonly DatasetView[],
  opts: {
    /** One dataset's id, or null for every shown dataset. */
    readonly datasetId: string | null;
    readonly hiddenLayers: readonly string[];
    /** Positions of a dataset's rows that pass the filter. */
    readonly filtered: (ds: DatasetView) => ArrayLike<number>;
    /** The active question's hits, or null when no question is asked. */
    readonly hits: readonly ExportEntry[] | null;
  },
): ExportEntry[] {
  const { datasetId, hiddenLayers, filtered, hits } = opts;
  if (hits) return hits.filter((h) => datasetId === null || h.datasetId === datasetId);
  const out: ExportEntry[] = [];
  for (const ds of datasets) {
    if (datasetId !== null ? ds.id !== datasetId : hiddenLayers.includes(ds.id)) continue;
    for (const index of Array.from(filtered(ds))) out.push({ datasetId: ds.id, index });
  }
  return out;
}

/** An entry with its dataset, row and the feature's own properties (empty when there are none). */
export interface Resolved {
  readonly entry: ExportEntry;
  readonly ds: ExportDataset;
  readonly row: Row;
  readonly props: Readonly<Record<string, unknown>>;
}

/** The entries that name a real row, with what the serialisers read; others are skipped. */
export function resolveEntries(
  datasets: readonly ExportDataset[],
  entries: readonly ExportEntry[],
): Resolved[] {
  const byId = new Map(datasets.map((d) => [d.id, d]));
  const out: Resolved[] = [];
  for (const entry of entries) {
    const ds = byId.get(entry.datasetId);
    const row = ds?.rows[entry.index];
    if (!ds || !row) continue;
    out.push({ entry, ds, row, props: ds.features?.[entry.index]?.properties ?? {} });
  }
  return out;
}

/** A row's name as text (its id when it has none). */
export const nameOf = (row: Row): string =>
  typeof row.values.name === 'string' && row.values.name !== '' ? row.values.name : row.id;

/** How exactly a row is placed: site / locality / district / state, or '' when unknown. */
export function precisionOf(r: Pick<Resolved, 'row' | 'props'>): string {
  const p = r.row.values.precision ?? r.props.precision;
  return typeof p === 'string' ? p : '';
}

/** A feature's sources as given (an array), or none. */
export const sourcesOf = (props: Readonly<Record<string, unknown>>): unknown[] =>
  Array.isArray(props.sources) ? props.sources : [];

/** Whether the entries carry a question's answer (membership), and whether distances. */
export function answerColumns(entries: readonly ExportEntry[]): { membership: boolean; distance: boolean } {
  return {
    membership: entries.some((e) => e.membership !== undefined),
    distance: entries.some((e) => e.minKm !== undefined && e.minKm !== null),
  };
}

/** `"40.0–110.0"` (or `"97.1"`) for an entry with a distance, else null. */
export function rangeText(e: Pick<ExportEntry, 'minKm' | 'maxKm'>): string | null {
  return e.minKm === null || e.minKm === undefined || e.maxKm === null || e.maxKm === undefined
    ? null
    : formatRangeKm(e.minKm, e.maxKm);
}
