import type { FeatureCollection, Point } from 'geojson';
import type { Dataset } from '../../data/datasets';
import { SYMBOLOGY } from '../../domain/symbology';
import { mapFilterProperties } from '../../domain/filter/expression';
import type { Row } from '../../domain/model/fields';

/** The value the dataset's symbology colours a row by. */
function categoryValue(ds: Dataset, row: Row): string {
  if (!ds.categoryField) return ds.layer;
  const v = row.values[ds.categoryField];
  return v === null || v === undefined ? '' : String(v);
}

/**
 * What the map needs of a dataset's features: id, name, precision, the symbology's category,
 * and the filter's flat encoding. The worker gets no nested arrays
 * (it would only stringify them). Without the filter's encoding (a big dataset, filtered by a
 * feature-state mask and drawn as plain circles) only the id and the category go: MapLibre
 * walks every value to send it to its worker, and at 100,000 features each one left out saves
 * a noticeable share of that one long task.
 */
export function mapCollection(
  ds: Dataset,
  only?: Uint32Array,
  /** Include the filter's flat encoding (not needed where a feature-state mask filters). */
  withFilterProps = true,
): FeatureCollection<Point> {
  const field = SYMBOLOGY[ds.layer].categoryField;
  const rows = only ? Array.from(only, (i) => ds.rows[i]!) : ds.rows;
  return {
    type: 'FeatureCollection',
    features: rows.map((row) => ({
      type: 'Feature',
      id: row.index,
      geometry: { type: 'Point', coordinates: [row.lon, row.lat] },
      properties: withFilterProps
        ? {
            id: row.id,
            name: typeof row.values.name === 'string' ? row.values.name : row.id,
            precision: typeof row.values.precision === 'string' ? row.values.precision : 'site',
            [field]: categoryValue(ds, row),
            ...mapFilterProperties(row, ds.fields, ds.slots),
          }
        : { id: row.id, [field]: categoryValue(ds, row) },
    })),
  };
}
