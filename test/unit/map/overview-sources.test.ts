import { describe, expect, it } from 'vitest';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from 'maplibre-gl';
import {
  OVERVIEW_MAXZOOM,
  OVERVIEW_SOURCES,
  OVERVIEW_UNDER_NAMES,
  overviewClickLayerIds,
  overviewLayerSpecs,
  STATE_POINT_MAXZOOM,
} from '../../../src/map/data-style';

const BOOLEAN_FILTER = {
  type: 'boolean',
  'property-type': 'data-driven',
  expression: { interpolated: false, parameters: ['zoom', 'feature'] },
} as const;

/** Whether a layer's filter lets a feature through at a (tile's whole) zoom. */
function passes(filter: FilterSpecification | undefined, zoom: number, properties: Record<string, unknown>) {
  if (!filter) return true;
  const compiled = createExpression(filter, BOOLEAN_FILTER as never);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom } as never, { type: 1, properties } as never) === true;
}

describe('the national overview’s sources', () => {
  it('draw every zoom below OVERVIEW_MAXZOOM once, the nearer scale with the wider cluster radius', () => {
    const sorted = [...OVERVIEW_SOURCES].sort((a, b) => a.minzoom - b.minzoom);
    expect(sorted[0]!.minzoom).toBe(0);
    expect(sorted.at(-1)!.maxzoom).toBe(OVERVIEW_MAXZOOM);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i]!.minzoom).toBe(sorted[i - 1]!.maxzoom);
      expect(sorted[i]!.radius).toBeGreaterThan(sorted[i - 1]!.radius);
    }
    for (const o of OVERVIEW_SOURCES)
      for (const spec of overviewLayerSpecs('light', o.id)) {
        expect(spec.source, spec.id).toBe(o.id);
        expect(spec.minzoom ?? 0, spec.id).toBe(o.minzoom);
        expect(spec.maxzoom, spec.id).toBe(o.maxzoom);
      }
  });

  it('name their layers apart, and each source’s bubbles and points are clickable and under the names', () => {
    const ids = OVERVIEW_SOURCES.flatMap((o) => overviewLayerSpecs('dark', o.id).map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of OVERVIEW_SOURCES) {
      expect(overviewClickLayerIds).toEqual(expect.arrayContaining([`${o.id}-cluster`, `${o.id}-single`]));
      expect([...OVERVIEW_UNDER_NAMES]).toEqual(
        expect.arrayContaining([`${o.id}-halo`, `${o.id}-ring`, `${o.id}-cluster`]),
      );
    }
  });

  it('past a state’s scale draw no feature known only to a state, alone or in a bubble of such features', () => {
    const near = OVERVIEW_SOURCES.find((o) => o.maxzoom > STATE_POINT_MAXZOOM)!;
    const specs = overviewLayerSpecs('light', near.id);
    const single = specs.find((s) => s.id.endsWith('-single'))!;
    const halo = specs.find((s) => s.id.endsWith('-halo'))!;
    const cluster = specs.find((s) => s.id.endsWith('-cluster'))!;
    const statePoint = { precision: 'state' };
    const districtPoint = { precision: 'district' };
    const stateBubble = { point_count: 3, minPrec: 3 };
    const mixedBubble = { point_count: 3, minPrec: 2 };
    const before = STATE_POINT_MAXZOOM - 1;
    const after = STATE_POINT_MAXZOOM;
    for (const spec of [single, halo]) {
      expect(passes(spec.filter, before, statePoint), spec.id).toBe(true);
      expect(passes(spec.filter, after, statePoint), spec.id).toBe(false);
      expect(passes(spec.filter, after, districtPoint), spec.id).toBe(true);
    }
    expect(passes(cluster.filter, before, stateBubble)).toBe(true);
    expect(passes(cluster.filter, after, stateBubble)).toBe(false);
    expect(passes(cluster.filter, after, mixedBubble)).toBe(true);
    expect(passes(single.filter, after, mixedBubble)).toBe(false);
  });
});
