import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  breakName,
  candidateOffsets,
  placeNames,
  type Circle,
  type NameBox,
  type NamePlace,
} from '../../../src/domain/name-placement';

/** Whether a name's box at its place comes within `gap` px of a marker. */
function meets(n: NameBox, p: NamePlace, m: Circle, gap = 1): boolean {
  const cx = n.x + p.dx;
  const cy = n.y + p.dy;
  const nx = Math.max(cx - n.width / 2, Math.min(m.x, cx + n.width / 2));
  const ny = Math.max(cy - n.height / 2, Math.min(m.y, cy + n.height / 2));
  return Math.hypot(m.x - nx, m.y - ny) < m.r + gap;
}

function overlap(a: NameBox, pa: NamePlace, b: NameBox, pb: NamePlace): boolean {
  return (
    Math.abs(a.x + pa.dx - (b.x + pb.dx)) < (a.width + b.width) / 2 &&
    Math.abs(a.y + pa.dy - (b.y + pb.dy)) < (a.height + b.height) / 2
  );
}

/** A rectangular area, for `inside`. */
const rect = (l: number, t: number, r: number, b: number) => (x: number, y: number) =>
  x >= l && x <= r && y >= t && y <= b;

describe('placeNames', () => {
  it('leaves a name with nothing on it at its point', () => {
    const n: NameBox = { key: 'a', x: 100, y: 100, width: 60, height: 20 };
    expect(placeNames([n], [{ x: 300, y: 300, r: 20 }])).toEqual([{ key: 'a', dx: 0, dy: 0, fit: 'clear' }]);
  });

  it('moves a name off a bubble on its point to the nearest place clear of it, below first', () => {
    const n: NameBox = { key: 'a', x: 100, y: 100, width: 60, height: 20 };
    const bubble = { x: 100, y: 100, r: 20 };
    const [p] = placeNames([n], [bubble], { stepPx: 1 });
    expect(p!.fit).toBe('clear');
    expect(meets(n, p!, bubble)).toBe(false);
    // Straight below: the bubble's radius, the gap and half the name's height.
    expect(p!.dx).toBeCloseTo(0, 6);
    expect(p!.dy).toBeGreaterThan(0);
    expect(p!.dy).toBeLessThanOrEqual(20 + 1 + 10 + 1);
    // No nearer candidate is clear.
    const nearer = candidateOffsets(60, 1).filter(
      ([dx, dy]) => Math.hypot(dx, dy) < Math.hypot(p!.dx, p!.dy) - 1e-9,
    );
    expect(nearer.every(([dx, dy]) => meets(n, { key: 'a', dx, dy, fit: 'clear' }, bubble))).toBe(true);
  });

  it('keeps a name inside its area when a clear place there exists, even if one outside is nearer', () => {
    // The area lies to the left of the bubble; straight below would leave it.
    const n: NameBox = { key: 'a', x: 100, y: 100, width: 40, height: 16, inside: rect(0, 0, 100, 112) };
    const [p] = placeNames([n], [{ x: 100, y: 100, r: 15 }]);
    expect(p!.fit).toBe('clear');
    expect(n.inside!(n.x + p!.dx, n.y + p!.dy)).toBe(true);
    expect(p!.dx).toBeLessThan(0);
  });

  it('lets a name too wide for its narrow area lie across its edges, touching it ("near")', () => {
    // A strip 10 px wide: the name's middle half (25 px) cannot lie in it.
    const n: NameBox = { key: 'a', x: 100, y: 100, width: 50, height: 16, inside: rect(95, 80, 105, 140) };
    const bubble = { x: 100, y: 100, r: 12 };
    const [p] = placeNames([n], [bubble]);
    expect(p!.fit).toBe('near');
    expect(meets(n, p!, bubble)).toBe(false);
    const cx = n.x + p!.dx;
    const cy = n.y + p!.dy;
    // Some part of the box lies on the strip.
    expect(cx - 25 <= 105 && cx + 25 >= 95 && cy - 8 <= 140 && cy + 8 >= 80).toBe(true);
  });

  it('leaves out a name hemmed in by markers everywhere within reach ("hidden")', () => {
    const n: NameBox = { key: 'a', x: 100, y: 100, width: 40, height: 16 };
    const wall: Circle[] = [];
    for (let x = -20; x <= 220; x += 15) for (let y = -20; y <= 220; y += 15) wall.push({ x, y, r: 10 });
    expect(placeNames([n], wall, { maxShiftPx: 60 })[0]!.fit).toBe('hidden');
  });

  it('keeps a name whose point is on the map wholly on it', () => {
    const n: NameBox = { key: 'a', x: 30, y: 100, width: 50, height: 16 };
    const [p] = placeNames([n], [{ x: 30, y: 100, r: 14 }], {
      bounds: { left: 0, top: 0, right: 400, bottom: 400 },
    });
    expect(n.x + p!.dx - 25).toBeGreaterThanOrEqual(0);
    expect(meets(n, p!, { x: 30, y: 100, r: 14 })).toBe(false);
  });

  it('gives a hemmed-in name its one place before a roomier name takes it', () => {
    // "small" can only go right of its bubble; "big", listed first, is nearest that same place.
    const small: NameBox = {
      key: 'small',
      x: 100,
      y: 100,
      width: 30,
      height: 14,
      inside: rect(100, 90, 150, 110),
    };
    const big: NameBox = {
      key: 'big',
      x: 140,
      y: 100,
      width: 30,
      height: 14,
      inside: rect(100, 60, 220, 140),
    };
    const bubble = { x: 100, y: 100, r: 8 };
    const places = placeNames([big, small], [bubble]);
    const [pb, ps] = places;
    expect(ps!.fit).toBe('clear');
    expect(pb!.fit).toBe('clear');
    expect(overlap(big, pb!, small, ps!)).toBe(false);
  });

  it('never puts a shown name on a marker or on another shown name', () => {
    const nameArb = fc.record({
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.integer({ min: 0, max: 400 }),
      width: fc.integer({ min: 20, max: 100 }),
      height: fc.integer({ min: 10, max: 30 }),
    });
    const markerArb = fc.record({
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.integer({ min: 0, max: 400 }),
      r: fc.integer({ min: 4, max: 25 }),
    });
    fc.assert(
      fc.property(
        fc.array(nameArb, { minLength: 1, maxLength: 8 }),
        fc.array(markerArb, { maxLength: 15 }),
        (raw, markers) => {
          const names = raw.map((n, i) => ({ ...n, key: `n${i}` }));
          const places = placeNames(names, markers, { stepPx: 6 });
          expect(places.map((p) => p.key)).toEqual(names.map((n) => n.key));
          places.forEach((p, i) => {
            if (p.fit === 'hidden') return;
            expect(Math.hypot(p.dx, p.dy)).toBeLessThanOrEqual(60 + 1e-9);
            for (const m of markers) expect(meets(names[i]!, p, m)).toBe(false);
            places.forEach((q, j) => {
              if (j > i && q.fit !== 'hidden') expect(overlap(names[i]!, p, names[j]!, q)).toBe(false);
            });
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('candidateOffsets', () => {
  it('starts at the point and goes out ring by ring, below before beside', () => {
    const c = candidateOffsets(9, 3);
    expect(c[0]).toEqual([0, 0]);
    expect(c[1]![0]).toBeCloseTo(0);
    expect(c[1]![1]).toBeCloseTo(3);
    const d = c.map(([x, y]) => Math.hypot(x, y));
    for (let i = 1; i < d.length; i++) expect(d[i]!).toBeGreaterThanOrEqual(d[i - 1]! - 1e-9);
  });
});

describe('breakName', () => {
  it('leaves a name of up to 20 characters on one line', () => {
    expect(breakName('Arunachal Pradesh')).toBe('Arunachal Pradesh');
    expect(breakName('Jammu and Kashmir')).toBe('Jammu and Kashmir');
  });
  it('breaks a longer one at the space that evens its lines', () => {
    expect(breakName('Andaman and Nicobar Islands')).toBe('Andaman and\nNicobar Islands');
    expect(breakName('Dadra and Nagar Haveli and Daman and Diu')).toBe(
      'Dadra and Nagar Haveli\nand Daman and Diu',
    );
    expect(breakName('अण्डमान और निकोबार द्वीपसमूह')).toBe('अण्डमान और\nनिकोबार द्वीपसमूह');
  });
  it('leaves a long name without spaces whole', () => {
    expect(breakName('x'.repeat(30))).toBe('x'.repeat(30));
  });
});
