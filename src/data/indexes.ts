import type { AtlasFeature, LayerId } from './schema';
import type { AtlasData } from './load';
import { LAYER_IDS } from './schema';

export interface FeatureRef {
  layer: LayerId;
  feature: AtlasFeature;
  /** The numeric GeoJSON id the build gives each feature, for MapLibre feature-state. */
  mapId: number;
}

const cache = new WeakMap<AtlasData, Map<string, FeatureRef>>();

/** Slug → feature, built once per loaded dataset. */
export function featureIndex(data: AtlasData): Map<string, FeatureRef> {
  let idx = cache.get(data);
  if (!idx) {
    idx = new Map();
    for (const layer of LAYER_IDS) {
      data.layers[layer].features.forEach((feature, i) => {
        const mapId = typeof feature.id === 'number' ? feature.id : i;
        idx!.set(feature.properties.id, { layer, feature, mapId });
      });
    }
    cache.set(data, idx);
  }
  return idx;
}
