/**
 * Exported features as one GeoJSON FeatureCollection (RFC 7946, WGS84, true positions). The
 * collection's `properties` say what was exported (filters, question), how old the data is,
 * under which terms it may be used and the link that reopens the view; each feature carries its
 * sources and its precision.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import {
  licenceNote,
  sourcesNote,
  nameOf,
  precisionOf,
  rangeText,
  resolveEntries,
  sourcesOf,
  type ExportDataset,
  type ExportEntry,
  type ExportMeta,
} from './entries';
import type { QuerySpec } from '../spatial/query-param';

export type ExportCollection = FeatureCollection<Point> & { properties: Record<string, unknown> };

/** The question's parameters without its kind. */
function paramsOf(q: QuerySpec): Record<string, unknown> {
  const { kind: _kind, ...rest } = q;
  return rest;
}

/** The entries as a FeatureCollection; answer fields (membership, distance) only for a question. */
export function featuresGeoJson(
  datasets: readonly ExportDataset[],
  entries: readonly ExportEntry[],
  meta: ExportMeta,
): ExportCollection {
  const features: Feature<Point>[] = resolveEntries(datasets, entries).map((r) => {
    const { entry: e, ds, row } = r;
    const answer = meta.query
      ? {
          membership: e.membership ?? null,
          distanceKm: rangeText(e),
          minKm: e.minKm ?? null,
          maxKm: e.maxKm ?? null,
          ...(e.partnerId ? { partnerId: e.partnerId } : {}),
        }
      : {};
    return {
      type: 'Feature',
      id: row.id,
      geometry: { type: 'Point', coordinates: [row.lon, row.lat] },
      properties: {
        id: row.id,
        name: nameOf(row),
        dataset: ds.id,
        precision: precisionOf(r) || null,
        ...answer,
        values: { ...row.values },
        sources: sourcesOf(r.props),
      },
    };
  });
  return {
    type: 'FeatureCollection',
    properties: {
      query: meta.query
        ? {
            kind: meta.query.spec.kind,
            params: paramsOf(meta.query.spec),
            area: meta.query.area,
            link: meta.link,
          }
        : null,
      filters: meta.filters,
      asOf: meta.asOf,
      licence: licenceNote(),
      sources: sourcesNote(),
      link: meta.link,
      count: features.length,
    },
    features,
  };
}
