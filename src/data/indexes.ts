import type { AtlasFeature, LayerId } from './schema';
import type { AtlasData } from './load';
import { LAYER_IDS } from '../domain/model/enums';
import type { Dataset } from './datasets';

export interface FeatureRef {
  layer: LayerId;
  feature: AtlasFeature;
  /** The numeric GeoJSON id the build gives each feature, for MapLibre feature-state. */
  mapId: number;
}

const cache = new WeakMap<AtlasData, Map<string, FeatureRef>>();

/** Slug → curated feature, built once per loaded dataset. */
export function featureIndex(data: AtlasData): Map<string, FeatureRef> {
  let idx = cache.get(data);
  if (!idx) {
    idx = new Map();
    for (const layer of LAYER_IDS) {
      data.layers[layer].features.forEach((feature, i) => {
        idx!.set(feature.properties.id, { layer, feature, mapId: i });
      });
    }
    cache.set(data, idx);
  }
  return idx;
}

export interface RowRef {
  dataset: Dataset;
  /** Position in the dataset: its row, its feature, and its GeoJSON id on the map. */
  index: number;
}

const rowCache = new WeakMap<readonly Dataset[], Map<string, RowRef>>();

/** Slug → dataset and position, over every dataset of the registry (built once per list). */
export function rowIndex(datasets: readonly Dataset[]): Map<string, RowRef> {
  let idx = rowCache.get(datasets);
  if (!idx) {
    idx = new Map();
    for (const dataset of datasets) dataset.rows.forEach((r, index) => idx!.set(r.id, { dataset, index }));
    rowCache.set(datasets, idx);
  }
  return idx;
}
