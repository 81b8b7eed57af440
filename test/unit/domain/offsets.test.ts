import { describe, it, expect } from 'vitest';
import { displayOffsets } from '../../../src/domain/offsets';

describe('displayOffsets', () => {
  it('leaves a point alone at its position untouched', () => {
    expect(displayOffsets([{ key: 'a', coordinates: [80, 20] }]).size).toBe(0);
  });
  it('spreads points that share a position on a ring, each to its own place', () => {
    const pts = ['a', 'b', 'c'].map((key) => ({ key, coordinates: [82.68, 22.35] as [number, number] }));
    const off = displayOffsets(pts, 30);
    expect(off.size).toBe(3);
    const uniq = new Set([...off.values()].map((v) => v.join()));
    expect(uniq.size).toBe(3);
    for (const [dx, dy] of off.values()) expect(Math.hypot(dx, dy)).toBeCloseTo(30, 0);
  });
  it('widens the ring for groups of more than six, keeping neighbours as far apart as six on the base ring', () => {
    const ring = (n: number) =>
      displayOffsets(
        Array.from({ length: n }, (_, i) => ({
          key: `p${i}`,
          coordinates: [82.68, 22.35] as [number, number],
        })),
        30,
      );
    for (const [dx, dy] of ring(6).values()) expect(Math.hypot(dx, dy)).toBeCloseTo(30, 0);
    // 12 points: radius 30 * 12 / 6 = 60.
    const twelve = ring(12);
    expect(twelve.size).toBe(12);
    for (const [dx, dy] of twelve.values()) expect(Math.hypot(dx, dy)).toBeCloseTo(60, 0);
  });
  it('groups only points at the same position to 1e-5 degree, not points merely near each other', () => {
    // 0.4° apart (about 40 km) and 0.00002° apart (about 2 m): distinct places, nothing to spread.
    const off = displayOffsets([
      { key: 'a', coordinates: [82.1, 22.1] },
      { key: 'b', coordinates: [82.5, 22.3] },
      { key: 'c', coordinates: [82.50002, 22.3] },
    ]);
    expect(off.size).toBe(0);
    // The same position written with rounding noise below 1e-5° is one group.
    const same = displayOffsets([
      { key: 'a', coordinates: [82.123451, 22.1] },
      { key: 'b', coordinates: [82.123449, 22.1] },
    ]);
    expect([...same.keys()].sort()).toEqual(['a', 'b']);
  });
});
