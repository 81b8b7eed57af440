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
import { t, tCode } from '../../i18n';

/** A dataset as an export reads it: rows, fields, and (curated) the features with their sources. */
export interface ExportDataset extends DatasetView {
  readonly label?: string;
  /** `user` for an imported layer (its terms are its file's), else curated or synthetic. */
  readonly kind?: string;
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

/**
 * The terms the data may be used under, in the active locale: written into every exported
 * file (a catalogue message, so a Hindi export is a change of data, not of code).
 */
export const licenceNote = (): string => t('exportFile.licence');

/** How exported features name their sources and how exact a point is, in the active locale. */
export const sourcesNote = (): string => t('exportFile.sources');

/** The terms a row's data is under: the atlas's licence, or (imported) the file's own. */
export const licenceOf = (ds: Pick<ExportDataset, 'kind'>): string =>
  ds.kind === 'user' ? t('exportFile.userLicence') : licenceNote();

/** `Data as of 2025-11-30.` in the active locale ('' without a date). */
export const asOfNote = (asOf: string | null): string => (asOf ? t('exportFile.asOf', { date: asOf }) : '');

/** A precision code (`district`) in words (`District centre`), or the code when it has none. */
export const precisionWords = (code: string): string => (code ? tCode('exportFile.precision', code) : '');

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

/** One source as a line of text: title (date): url. */
export function sourceLine(s: unknown): string {
  if (typeof s !== 'object' || s === null) return String(s);
  const o = s as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  const head = [str(o.title), str(o.date) && `(${str(o.date)})`].filter(Boolean).join(' ');
  return [head, str(o.url)].filter(Boolean).join(': ');
}

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
