import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { guardLayerId, labelGuardSpecs } from '../../../src/map/label-guards';
import { dataLayerSpecs, stackLayerSpecs } from '../../../src/map/data-style';

describe('labelGuardSpecs', () => {
  it('makes an invisible twin of each symbol layer that reserves its place from names', () => {
    const specs: LayerSpecification[] = [
      { id: 'a-halo', type: 'circle', source: 'a', paint: { 'circle-radius': 20 } },
      {
        id: 'a-count',
        type: 'symbol',
        source: 'a',
        filter: ['has', 'point_count'],
        minzoom: 3,
        layout: {
          'text-field': ['get', 'n'],
          'text-size': 12,
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': '#fff', 'text-translate': [10, 0] },
      },
      {
        id: 'a-symbol',
        type: 'symbol',
        source: 'a',
        layout: {
          'icon-image': 'x',
          'icon-size': 0.5,
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
        paint: { 'icon-translate': [-10, 0] },
      },
    ];
    const guards = labelGuardSpecs(specs);
    expect(guards.map((g) => g.id)).toEqual(['label-guard:a-count', 'label-guard:a-symbol']);
    const [count, symbol] = guards;
    expect(count).toMatchObject({
      source: 'a',
      filter: ['has', 'point_count'],
      minzoom: 3,
      layout: { 'text-size': 12, 'text-allow-overlap': true, 'text-ignore-placement': false },
      paint: { 'text-opacity': 0, 'icon-opacity': 0, 'text-translate': [10, 0] },
    });
    expect(symbol).toMatchObject({
      layout: { 'icon-size': 0.5, 'icon-allow-overlap': true, 'icon-ignore-placement': false },
      paint: { 'icon-opacity': 0, 'icon-translate': [-10, 0] },
    });
  });

  it('guards every symbol a curated dataset and the stacked markers draw', () => {
    const specs = [
      ...dataLayerSpecs({ id: 'blocks', layer: 'blocks', cluster: true }, 'light'),
      ...stackLayerSpecs('light'),
    ];
    const symbols = specs.filter((s) => s.type === 'symbol').map((s) => guardLayerId(s.id));
    expect(symbols.length).toBeGreaterThanOrEqual(4);
    expect(labelGuardSpecs(specs).map((g) => g.id)).toEqual(symbols);
  });
});
