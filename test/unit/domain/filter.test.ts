import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { shownFeatures, shownInLayer, countByCategory } from '../../../src/domain/filter';
import { LAYER_IDS, type AtlasFeature, type LayerId } from '../../../src/data/schema';
import { SYMBOLOGY } from '../../../src/domain/symbology';

const STATUSES = SYMBOLOGY.blocks.categories.map((c) => c.value);
const block = (id: string, status: string) =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [80, 20] },
    properties: { id, layer: 'blocks', status },
  }) as unknown as AtlasFeature;

describe('filters', () => {
  it('shownInLayer and shownFeatures both show exactly the visible layer minus its hidden categories', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...STATUSES), { maxLength: 30 }),
        fc.boolean(),
        fc.subarray(STATUSES),
        (statuses, visible, hidden) => {
          const features = statuses.map((s, i) => block(`b${i}`, s));
          const choice = {
            visibleLayers: Object.fromEntries(
              LAYER_IDS.map((l) => [l, l === 'blocks' ? visible : true]),
            ) as Record<LayerId, boolean>,
            hiddenCategories: Object.fromEntries(
              LAYER_IDS.map((l) => [l, l === 'blocks' ? hidden : []]),
            ) as Record<LayerId, string[]>,
          };
          // The oracle, written out: nothing if the layer is off, else every feature not hidden, in order.
          const expected = visible ? features.filter((_, i) => !hidden.includes(statuses[i]!)) : [];
          expect(shownInLayer(features, visible, hidden)).toEqual(expected);
          expect(shownFeatures(features, choice)).toEqual(expected);
        },
      ),
    );
  });

  it('hiding annulled leaves no annulled block and keeps the others', () => {
    const features = [block('a', 'awarded'), block('b', 'annulled'), block('c', 'offered')];
    const shown = shownInLayer(features, true, ['annulled']).map((f) => f.properties.id);
    expect(shown).toEqual(['a', 'c']);
  });

  it('counts features per category', () => {
    const c = countByCategory([block('a', 'awarded'), block('b', 'awarded'), block('c', 'annulled')]);
    expect(Object.fromEntries(c)).toEqual({ awarded: 2, annulled: 1 });
  });
});
