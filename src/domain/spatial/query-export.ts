/**
 * Exactly the results of a question, for download: a GeoJSON collection that says what was
 * asked (query, area, filter), how old the data is and under which terms it may be used; and
 * a CSV of one row per feature (formula-guarded, RFC 4180, UTF-8 with a byte-order mark so
 * spreadsheets read Devanagari and dashes right).
 */
import type { FilterSpec } from '../filter/spec';
import type { QueryHit } from './run-query';
import type { QuerySpec } from './query-param';
import type { AreaGeometry } from './types';
import { rangeText, type ExportDataset } from '../export/entries';
import { featuresGeoJson, type ExportCollection } from '../export/geojson';
import { featuresCsv, type CsvHeaders, type FormatValue } from '../export/csv';

export { licenceNote, type ExportDataset } from '../export/entries';
export type { FormatValue } from '../export/csv';

export interface ExportMeta {
  readonly query: QuerySpec;
  /** The area asked about, as GeoJSON (null for nearest and presets). */
  readonly area: AreaGeometry | null;
  readonly filters: FilterSpec;
  readonly asOf: string | null;
  /** The link that reproduces the question. */
  readonly link?: string;
}

/** `"40.0–110.0"` (or `"97.1"`) for a hit with a distance, else null. */
export const hitRangeText = (h: QueryHit): string | null => rangeText(h);

/** The results as a GeoJSON FeatureCollection (true positions, WGS84). */
export function queryGeoJson(
  datasets: readonly ExportDataset[],
  hits: readonly QueryHit[],
  meta: ExportMeta,
): ExportCollection {
  return featuresGeoJson(datasets, hits, {
    filters: meta.filters,
    query: { spec: meta.query, area: meta.area },
    asOf: meta.asOf,
    link: meta.link ?? null,
  });
}

/**
 * The results as CSV text with a BOM: id, name, dataset, longitude, latitude, precision,
 * membership, distance range (when the question measures one), then every dataset's fields.
 */
export function queryCsv(
  datasets: readonly ExportDataset[],
  hits: readonly QueryHit[],
  format: FormatValue,
  headers: CsvHeaders = { membership: 'in_area', distance: 'distance_km' },
): string {
  return featuresCsv(datasets, hits, format, { headers, answer: true });
}
