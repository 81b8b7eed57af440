/**
 * Exactly the results of a question, for download: a GeoJSON collection that says what was
 * asked (query, area, filter), how old the data is and under which terms it may be used; and
 * a CSV of one row per feature (formula-guarded, RFC 4180, UTF-8 with a byte-order mark so
 * spreadsheets read Devanagari and dashes right).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { FilterSpec } from '../filter/spec';
import type { DatasetView, FieldSpec, FieldValue } from '../model/fields';
import { formatRangeKm, toCsv } from './distance-matrix';
import type { QueryHit } from './run-query';
import type { QuerySpec } from './query-param';
import type { AreaGeometry } from './types';

/** A dataset as the export reads it: rows, fields, and (curated) the features with their sources. */
export interface ExportDataset extends DatasetView {
  readonly label?: string;
  readonly features?: readonly { readonly properties: Readonly<Record<string, unknown>> }[];
}

export const LICENCE_NOTE =
  'Data: facts compiled from public sources, each feature with links to its sources. ' +
  'Placements from GeoNames (CC BY 4.0, https://www.geonames.org/). ' +
  'Sites from Global Energy Monitor trackers (CC BY 4.0, https://globalenergymonitor.org/).';

export interface ExportMeta {
  readonly query: QuerySpec;
  /** The area asked about, as GeoJSON (null for nearest and presets). */
  readonly area: AreaGeometry | null;
  readonly filters: FilterSpec;
  readonly asOf: string | null;
  /** The `q=` value that reproduces the question. */
  readonly link?: string;
}

/** The query's parameters without its kind. */
function paramsOf(q: QuerySpec): Record<string, unknown> {
  const { kind: _kind, ...rest } = q;
  return rest;
}

/** `"40.0–110.0"` (or `"97.1"`) for a hit with a distance, else null. */
export function hitRangeText(h: QueryHit): string | null {
  return h.minKm === null || h.maxKm === null ? null : formatRangeKm(h.minKm, h.maxKm);
}

/** The results as a GeoJSON FeatureCollection (true positions, WGS84). */
export function queryGeoJson(
  datasets: readonly ExportDataset[],
  hits: readonly QueryHit[],
  meta: ExportMeta,
): FeatureCollection<Point> & { properties: Record<string, unknown> } {
  const byId = new Map(datasets.map((d) => [d.id, d]));
  const features: Feature<Point>[] = [];
  for (const h of hits) {
    const ds = byId.get(h.datasetId);
    const row = ds?.rows[h.index];
    if (!ds || !row) continue;
    const props = ds.features?.[h.index]?.properties ?? {};
    features.push({
      type: 'Feature',
      id: row.id,
      geometry: { type: 'Point', coordinates: [row.lon, row.lat] },
      properties: {
        id: row.id,
        name: row.values.name ?? row.id,
        dataset: ds.id,
        precision: row.values.precision ?? null,
        membership: h.membership,
        distanceKm: hitRangeText(h),
        minKm: h.minKm,
        maxKm: h.maxKm,
        ...(h.partnerId ? { partnerId: h.partnerId } : {}),
        values: { ...row.values },
        sources: Array.isArray(props.sources) ? props.sources : [],
      },
    });
  }
  return {
    type: 'FeatureCollection',
    properties: {
      query: {
        kind: meta.query.kind,
        params: paramsOf(meta.query),
        area: meta.area,
        link: meta.link ?? null,
      },
      filters: meta.filters,
      asOf: meta.asOf,
      licence: LICENCE_NOTE,
      count: features.length,
    },
    features,
  };
}

/** One field's value as plain text. */
export type FormatValue = (field: FieldSpec, v: FieldValue | undefined) => string;

/**
 * The results as CSV text with a BOM: id, name, dataset, longitude, latitude, precision,
 * membership, distance range (when the question measures one), then every dataset's fields.
 */
export function queryCsv(
  datasets: readonly ExportDataset[],
  hits: readonly QueryHit[],
  format: FormatValue,
  headers: { membership: string; distance: string } = { membership: 'in_area', distance: 'distance_km' },
): string {
  const byId = new Map(datasets.map((d) => [d.id, d]));
  const withDistance = hits.some((h) => h.minKm !== null);
  const fields = new Map<string, FieldSpec>();
  for (const h of hits)
    for (const f of byId.get(h.datasetId)?.fields ?? [])
      if (!['name', 'precision'].includes(f.key) && !fields.has(f.key)) fields.set(f.key, f);
  const head = [
    'id',
    'name',
    'dataset',
    'longitude',
    'latitude',
    'precision',
    headers.membership,
    ...(withDistance ? [headers.distance] : []),
    ...fields.keys(),
  ];
  const rows: string[][] = [head];
  for (const h of hits) {
    const ds = byId.get(h.datasetId);
    const row = ds?.rows[h.index];
    if (!ds || !row) continue;
    const own = new Set(ds.fields.map((f) => f.key));
    rows.push([
      row.id,
      typeof row.values.name === 'string' ? row.values.name : row.id,
      ds.id,
      String(row.lon),
      String(row.lat),
      typeof row.values.precision === 'string' ? row.values.precision : '',
      h.membership ?? '',
      ...(withDistance ? [hitRangeText(h) ?? ''] : []),
      ...[...fields.values()].map((f) => (own.has(f.key) ? format(f, row.values[f.key]) : '')),
    ]);
  }
  return `\uFEFF${toCsv(rows)}`;
}
