/**
 * Which features are shown: a layer must be visible and the feature's legend category not
 * switched off. Pure, so the map, the lists and the counts all agree.
 */
import type { AtlasFeature, LayerId } from '../data/schema';
import { categoryOf } from './symbology';

export interface VisibilityChoice {
  visibleLayers: Record<LayerId, boolean>;
  hiddenCategories: Record<LayerId, readonly string[]>;
}

export function isFeatureShown(f: AtlasFeature, choice: VisibilityChoice): boolean {
  const layer = f.properties.layer;
  if (!choice.visibleLayers[layer]) return false;
  return !choice.hiddenCategories[layer].includes(categoryOf(f.properties));
}

/** The features of one layer that pass the choice, in their original order. */
export function shownFeatures<F extends AtlasFeature>(features: readonly F[], choice: VisibilityChoice): F[] {
  return features.filter((f) => isFeatureShown(f, choice));
}

/** The features of one layer shown given only that layer's switch and hidden categories. */
export function shownInLayer<F extends AtlasFeature>(
  features: readonly F[],
  visible: boolean,
  hidden: readonly string[],
): F[] {
  if (!visible) return [];
  return features.filter((f) => !hidden.includes(categoryOf(f.properties)));
}

/** Count of features per category value, over all of a layer's features. */
export function countByCategory(features: readonly AtlasFeature[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of features) {
    const c = categoryOf(f.properties);
    out.set(c, (out.get(c) ?? 0) + 1);
  }
  return out;
}
