/** A cluster's category ring: names round-trip, shares add up, arcs fill the circle in legend order. */
import { describe, expect, it } from 'vitest';
import {
  MIX,
  parseRingName,
  ringArcs,
  ringImageName,
  ringParts,
  RING_PARTS,
} from '../../../src/domain/cluster-mix';
import { SYMBOLOGY } from '../../../src/domain/symbology';
import { LAYER_IDS } from '../../../src/domain/model/enums';

describe('cluster ring', () => {
  const n = SYMBOLOGY.blocks.categories.length;
  it('names round-trip and bad names are refused', () => {
    const spec = {
      layer: 'blocks' as const,
      theme: 'dark' as const,
      radiusPx: 16,
      parts: ringParts([3, 0, 5, ...Array(n - 3).fill(0)]),
    };
    expect(parseRingName(ringImageName(spec))).toEqual(spec);
    expect(parseRingName('ring|nope|light|16|1')).toBeNull();
    expect(parseRingName(`ring|blocks|sepia|16|${Array(n).fill(0).join(',')}`)).toBeNull();
    expect(
      parseRingName(
        `ring|blocks|light|16|${Array(n - 1)
          .fill(0)
          .join(',')}`,
      ),
    ).toBeNull();
    expect(parseRingName(`ring|blocks|light|0|${Array(n).fill(0).join(',')}`)).toBeNull();
    expect(parseRingName(`ring|blocks|light|16|${['x', ...Array(n - 1).fill(0)].join(',')}`)).toBeNull();
    expect(parseRingName('k|blocks|offered|light')).toBeNull();
  });

  it('a mixed bubble’s ring has one arc per layer, and only that many', () => {
    const parts = ringParts(LAYER_IDS.map((_, i) => (i === 0 ? 5 : i === 3 ? 3 : 0)));
    const spec = { layer: MIX, theme: 'light' as const, radiusPx: 20, parts };
    expect(parseRingName(ringImageName(spec))).toEqual(spec);
    // A mixed ring needs exactly one part per layer.
    expect(
      parseRingName(
        `ring|mix|light|20|${Array(LAYER_IDS.length + 1)
          .fill(0)
          .join(',')}`,
      ),
    ).toBeNull();
    expect(parseRingName('ring|constructor|light|20|1')).toBeNull();
  });

  it('shares are counts in 24ths, rounded', () => {
    expect(ringParts([1, 1, 1])).toEqual([8, 8, 8]);
    expect(ringParts([3, 0, 5])).toEqual([9, 0, 15]);
    expect(ringParts([0, 0])).toEqual([0, 0]);
    expect(RING_PARTS).toBe(24);
  });

  it('arcs fill the circle clockwise in legend order, skipping empty categories', () => {
    const arcs = ringArcs([9, 0, 15]);
    expect(arcs.map((a) => a.category)).toEqual([0, 2]);
    expect(arcs[0]!.start).toBe(0);
    expect(arcs[0]!.end).toBeCloseTo((9 / 24) * 2 * Math.PI);
    expect(arcs[1]!.start).toBe(arcs[0]!.end);
    expect(arcs[1]!.end).toBeCloseTo(2 * Math.PI);
    // Rounded parts that do not add up to 24 still fill the ring.
    expect(ringArcs([7, 7, 7]).at(-1)!.end).toBeCloseTo(2 * Math.PI);
    expect(ringArcs([0, 0])).toEqual([]);
  });
});
