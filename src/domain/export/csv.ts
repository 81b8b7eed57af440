/**
 * Exported features as CSV: one row per feature — id, name, dataset, longitude, latitude,
 * precision, the question's answer when one is active, every dataset's fields, and last the
 * feature's sources and the terms its data is under (a CSV has no place for a header note that
 * every spreadsheet and importer would skip, so they are columns). Cells a
 * spreadsheet would run as a formula are escaped, fields quoted per RFC 4180, and the text
 * starts with a byte-order mark so spreadsheets read it as UTF-8 (Devanagari, dashes).
 */
import type { FieldSpec, FieldValue } from '../model/fields';
import { toCsv } from '../spatial/distance-matrix';
import {
  answerColumns,
  licenceOf,
  sourceLine,
  sourcesOf,
  nameOf,
  precisionOf,
  rangeText,
  resolveEntries,
  type ExportDataset,
  type ExportEntry,
} from './entries';

/** One field's value as plain text. */
export type FormatValue = (field: FieldSpec, v: FieldValue | undefined) => string;

export interface CsvHeaders {
  readonly membership: string;
  readonly distance: string;
}

const FIXED = ['name', 'precision'];

/** The entries as CSV text with a BOM. */
export function featuresCsv(
  datasets: readonly ExportDataset[],
  entries: readonly ExportEntry[],
  format: FormatValue,
  opts: { headers?: CsvHeaders; answer?: boolean } = {},
): string {
  const headers = opts.headers ?? { membership: 'in_area', distance: 'distance_km' };
  const resolved = resolveEntries(datasets, entries);
  const cols = answerColumns(entries);
  const withMembership = opts.answer ?? cols.membership;
  const withDistance = withMembership && cols.distance;
  const fields = new Map<string, FieldSpec>();
  for (const { ds } of resolved)
    for (const f of ds.fields)
      if (!f.internal && !FIXED.includes(f.key) && !fields.has(f.key)) fields.set(f.key, f);
  const head = [
    'id',
    'name',
    'dataset',
    'longitude',
    'latitude',
    'precision',
    ...(withMembership ? [headers.membership] : []),
    ...(withDistance ? [headers.distance] : []),
    ...fields.keys(),
    // Named apart from any field (blocks have a `licence` field: the licence type).
    'feature_sources',
    'data_licence',
  ];
  const rows: string[][] = [head];
  for (const r of resolved) {
    const { entry: e, ds, row } = r;
    const own = new Set(ds.fields.map((f) => f.key));
    rows.push([
      row.id,
      nameOf(row),
      ds.id,
      String(row.lon),
      String(row.lat),
      precisionOf(r),
      ...(withMembership ? [e.membership ?? ''] : []),
      ...(withDistance ? [rangeText(e) ?? ''] : []),
      ...[...fields.values()].map((f) => (own.has(f.key) ? format(f, row.values[f.key]) : '')),
      sourcesOf(r.props).map(sourceLine).filter(Boolean).join(' | '),
      licenceOf(ds),
    ]);
  }
  return `\uFEFF${toCsv(rows)}`;
}
