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
});
