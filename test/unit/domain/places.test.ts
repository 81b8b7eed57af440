import { describe, expect, it } from 'vitest';
import { relatedFeatures } from '../../../src/domain/places';
import { realLayers } from '../../real-data';
import { LAYER_IDS } from '../../../src/domain/model/enums';

const layers = realLayers();
const all = LAYER_IDS.flatMap((l) => layers[l].features);
const byId = (id: string) => all.find((f) => f.properties.id === id)!;

describe('relatedFeatures', () => {
  it('links the Katghora block and the Katghora find both ways', () => {
    const block = byId('blk-katghora');
    const find = all.find(
      (f) => f.properties.layer === 'exploration' && /katghora/i.test(f.properties.name),
    )!;
    expect(relatedFeatures(block, all).map((f) => f.properties.id)).toContain(find.properties.id);
    expect(relatedFeatures(find, all).map((f) => f.properties.id)).toContain(block.properties.id);
  });

  it('is exactly: another layer, the same state and district, a shared mineral', () => {
    for (const f of all) {
      const want = all.filter(
        (g) =>
          !!f.properties.district &&
          g.properties.layer !== f.properties.layer &&
          g.properties.state === f.properties.state &&
          g.properties.district === f.properties.district &&
          g.properties.minerals.some((m) => f.properties.minerals.includes(m)),
      );
      expect(relatedFeatures(f, all)).toEqual(want);
    }
  });
});
