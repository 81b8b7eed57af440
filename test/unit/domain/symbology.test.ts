import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { LAYER_IDS, type AtlasProps, type LayerCollection } from '../../../src/data/schema';
import { createExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import {
  SYMBOLOGY,
  PRECISION_RADIUS_KM,
  categoryOf,
  categoryColorExpression,
  UNKNOWN_COLOR,
} from '../../../src/domain/symbology';
import { dataLayerSpecs, symbolLayerId, haloLayerId } from '../../../src/map/data-style';
import { deriveBlockStatus } from '../../../src/domain/auction';

/** The geodata as committed (blocks get their derived status, as the build does). */
function geodata(layer: (typeof LAYER_IDS)[number]): AtlasProps[] {
  const fc = JSON.parse(readFileSync(`geodata/${layer}.geojson`, 'utf8')) as LayerCollection;
  return fc.features.map((f) =>
    f.properties.layer === 'blocks'
      ? { ...f.properties, status: deriveBlockStatus(f.properties.events) }
      : f.properties,
  );
}

/** Evaluates a flat ['match', ['to-string', ['get', field]], v1, c1, ..., fallback] for one feature. */
function evalMatch(expr: unknown[], props: Record<string, unknown>): unknown {
  const [, input, ...rest] = expr as [string, unknown[], ...unknown[]];
  const field = (input as unknown[])[1] as unknown[];
  const value = String(props[field[1] as string]);
  for (let i = 0; i + 1 < rest.length; i += 2) if (rest[i] === value) return rest[i + 1];
  return rest[rest.length - 1];
}

describe('symbology', () => {
  it.each(LAYER_IDS)('every category in the %s data has a legend entry', (layer) => {
    const legend = new Set(SYMBOLOGY[layer].categories.map((c) => c.value));
    const inData = new Set(geodata(layer).map(categoryOf));
    expect(inData.size, `${layer} has no features to check`).toBeGreaterThan(0);
    for (const c of inData) expect(legend, `category '${c}' of ${layer}`).toContain(c);
  });

  it('gives every layer its own shape and every category of a layer its own colour', () => {
    const shapes = LAYER_IDS.map((l) => SYMBOLOGY[l].shape);
    expect(new Set(shapes).size).toBe(shapes.length);
    for (const l of LAYER_IDS)
      for (const theme of ['light', 'dark'] as const) {
        const colours = SYMBOLOGY[l].categories.map((c) => c.color[theme]);
        expect(new Set(colours).size, `${l} ${theme}`).toBe(colours.length);
      }
  });

  it.each(['light', 'dark'] as const)('paint expressions give the legend colours (%s)', (theme) => {
    for (const layer of LAYER_IDS) {
      const expr = categoryColorExpression(layer, theme) as unknown[];
      for (const c of SYMBOLOGY[layer].categories) {
        const props = { [SYMBOLOGY[layer].categoryField]: c.value };
        expect(evalMatch(expr, props)).toBe(c.color[theme]);
      }
      expect(evalMatch(expr, { [SYMBOLOGY[layer].categoryField]: 'not-a-category' })).toBe(
        UNKNOWN_COLOR[theme],
      );
      // The map's halo paints with the same expression as the legend swatch.
      const halo = dataLayerSpecs({ id: layer, layer, cluster: false }, theme).find(
        (s) => s.id === haloLayerId(layer),
      )!;
      expect((halo.paint as Record<string, unknown>)['circle-color']).toEqual(expr);
    }
  });

  it('names each icon by layer, category and theme, so the drawn icon takes the legend colour', () => {
    const spec = dataLayerSpecs({ id: 'blocks', layer: 'blocks', cluster: true }, 'dark').find(
      (s) => s.id === symbolLayerId('blocks'),
    )!;
    expect((spec.layout as Record<string, unknown>)['icon-image']).toEqual([
      'concat',
      'k|blocks|',
      ['to-string', ['get', 'status']],
      '|dark',
    ]);
  });

  it.each(['locality', 'district', 'state'] as const)(
    'the map draws the %s disc with the radius PRECISION_RADIUS_KM gives, at every zoom',
    (precision) => {
      const halo = dataLayerSpecs({ id: 'blocks', layer: 'blocks', cluster: true }, 'light').find(
        (x) => x.id === haloLayerId('blocks'),
      )!;
      const radius = (halo.paint as Record<string, unknown>)['circle-radius'];
      // Evaluated by MapLibre's own expression engine, as the map does.
      const parsed = createExpression(
        radius,
        'circle-radius',
        latest.paint_circle['circle-radius'] as StylePropertySpecification,
      );
      if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
      // Metres per pixel of MapLibre's 512-px tiles at India's mean latitude (22°N).
      const metresPerPx = (zoom: number) =>
        (40_075_016.686 * Math.cos((22 * Math.PI) / 180)) / (512 * 2 ** zoom);
      for (const zoom of [3, 5.5, 8, 12]) {
        const px = parsed.value.evaluate({ zoom }, {
          type: 'Point',
          properties: { precision },
        } as never) as number;
        expect((px * metresPerPx(zoom)) / 1000, `zoom ${zoom}`).toBeCloseTo(
          PRECISION_RADIUS_KM[precision]!,
          3,
        );
      }
    },
  );

  it('sizes the district and state discs like an average Indian district and state', () => {
    // India's area (3,287,263 km², Survey of India) shared by the gazetteer's districts and states.
    const INDIA_KM2 = 3_287_263;
    const count = (file: string) =>
      (JSON.parse(readFileSync(`geodata/gazetteer/${file}`, 'utf8')) as { centres: unknown[] }).centres
        .length;
    const disc = (km: number) => Math.PI * km * km;
    const districtRatio = disc(PRECISION_RADIUS_KM.district!) / (INDIA_KM2 / count('district-centres.json'));
    const stateRatio = disc(PRECISION_RADIUS_KM.state!) / (INDIA_KM2 / count('state-centres.json'));
    expect(districtRatio).toBeGreaterThan(0.5);
    expect(districtRatio).toBeLessThan(2);
    expect(stateRatio).toBeGreaterThan(0.5);
    expect(stateRatio).toBeLessThan(2);
  });

  it('the README gives the same disc sizes', () => {
    const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain(
      `about ${PRECISION_RADIUS_KM.district} km for a district, ${PRECISION_RADIUS_KM.state} km for a state`,
    );
  });
});
