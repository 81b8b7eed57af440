/**
 * Where to write area names (the states') so that they stay clear of what the data draws. Each
 * name is a box that may move from its area's label point to the nearest place where it covers
 * no marker (a disc: a cluster's bubble and ring, a point's symbol) and no other name: inside its
 * area if it can, else touching it; a name with no such place within reach is left out. MapLibre's
 * own placement cannot do this: markers that take part in it push names off the map or into a
 * neighbour's territory (tried, issue 10), as it knows nothing of areas.
 *
 * Pure, in screen pixels (y down); the map code measures the names, markers and areas.
 */

/** A marker the names keep clear of: a disc, px. */
export interface Circle {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** A name to place. */
export interface NameBox {
  readonly key: string;
  /** The point the name belongs to (its area's label point), px. */
  readonly x: number;
  readonly y: number;
  /** The size of the name's box (its text, padded), px. */
  readonly width: number;
  readonly height: number;
  /** Whether a point (px) lies in the name's own area (none: anywhere counts as inside). */
  readonly inside?: (x: number, y: number) => boolean;
}

/**
 * How a name fits: 'clear', inside its area (its centre and the middle half of its width);
 * 'near', touching its area (a small area); 'hidden', no place clear of the markers and the
 * other names within reach, so it is left out at this view.
 */
export type NameFit = 'clear' | 'near' | 'hidden';

/** Where a name goes: the offset of its box's centre from its point, px. */
export interface NamePlace {
  readonly key: string;
  readonly dx: number;
  readonly dy: number;
  readonly fit: NameFit;
}

/** A rectangle, px. */
export interface Bounds {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface PlacementOptions {
  /** How far a name may move from its point, px. */
  readonly maxShiftPx?: number;
  /** Distance between candidate places, px. */
  readonly stepPx?: number;
  /** Room kept between a name and a marker, px. */
  readonly gapPx?: number;
  /** The part of the map that can be seen: a name whose point is in it is kept wholly inside. */
  readonly bounds?: Bounds;
}

/** Whether a box (centre cx, cy; half sizes hw, hh) comes within `gap` of a circle. */
function meetsCircle(cx: number, cy: number, hw: number, hh: number, c: Circle, gap: number): boolean {
  const nx = Math.max(cx - hw, Math.min(c.x, cx + hw));
  const ny = Math.max(cy - hh, Math.min(c.y, cy + hh));
  const r = c.r + gap;
  return (c.x - nx) ** 2 + (c.y - ny) ** 2 < r * r;
}

/** A name's box at one of its candidate places. */
interface Spot {
  readonly dx: number;
  readonly dy: number;
  readonly cx: number;
  readonly cy: number;
  readonly hw: number;
  readonly hh: number;
  readonly fit: 'clear' | 'near';
}

const boxesMeet = (a: Spot, b: Spot) =>
  Math.abs(a.cx - b.cx) < a.hw + b.hw && Math.abs(a.cy - b.cy) < a.hh + b.hh;

/**
 * Candidate offsets, nearest first: the point itself, then rings `step` apart out to `max`, each
 * ring starting straight below (where a name under a marker reads most naturally) and going round,
 * vertical moves before sideways ones at equal distance.
 */
export function candidateOffsets(maxPx: number, stepPx: number): [number, number][] {
  const out: [number, number][] = [[0, 0]];
  for (let d = stepPx; d <= maxPx + 1e-9; d += stepPx) {
    const n = Math.max(8, Math.round((2 * Math.PI * d) / stepPx));
    const ring: { a: number; order: number }[] = [];
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n;
      ring.push({ a, order: Math.abs(Math.sin(a)) });
    }
    ring.sort((p, q) => p.order - q.order || p.a - q.a);
    for (const { a } of ring) out.push([d * Math.sin(a), d * Math.cos(a)]);
  }
  return out;
}

/** Enough places of one kind for a name: the search for more stops there. */
const ENOUGH = 150;

/**
 * A name's places clear of the markers and inside `keepIn`: up to ENOUGH 'clear' ones, then up
 * to ENOUGH 'near' ones, each kind nearest first.
 */
function spotsOf(
  name: NameBox,
  offsets: readonly [number, number][],
  markers: readonly Circle[],
  gap: number,
  bounds: Bounds | undefined,
): Spot[] {
  const hw = name.width / 2;
  const hh = name.height / 2;
  const inside = name.inside ?? (() => true);
  const reach =
    Math.hypot(offsets[offsets.length - 1]![0], offsets[offsets.length - 1]![1]) + Math.hypot(hw, hh);
  const near = markers.filter((m) => Math.hypot(m.x - name.x, m.y - name.y) < reach + m.r + gap);
  const keepIn =
    bounds &&
    name.x >= bounds.left &&
    name.x <= bounds.right &&
    name.y >= bounds.top &&
    name.y <= bounds.bottom
      ? bounds
      : null;
  const clear: Spot[] = [];
  const touching: Spot[] = [];
  for (const [dx, dy] of offsets) {
    if (clear.length >= ENOUGH) break;
    const cx = name.x + dx;
    const cy = name.y + dy;
    if (
      keepIn &&
      (cx - hw < keepIn.left || cx + hw > keepIn.right || cy - hh < keepIn.top || cy + hh > keepIn.bottom)
    )
      continue;
    if (near.some((m) => meetsCircle(cx, cy, hw, hh, m, gap))) continue;
    // Inside: the centre and the middle half of the name lie in the area (a name whose centre
    // just makes it in, the rest over a neighbour or the sea, reads as the neighbour's).
    if (inside(cx, cy) && inside(cx - hw / 2, cy) && inside(cx + hw / 2, cy)) {
      clear.push({ dx, dy, cx, cy, hw, hh, fit: 'clear' });
      continue;
    }
    if (touching.length >= ENOUGH) continue;
    let touches = false;
    for (const fx of [-1, 0, 1]) for (const fy of [-1, 0, 1]) touches ||= inside(cx + fx * hw, cy + fy * hh);
    if (touches) touching.push({ dx, dy, cx, cy, hw, hh, fit: 'near' });
  }
  return [...clear, ...touching];
}

/**
 * Places `names`: first every name that has places inside its area, at the first one (nearest)
 * that no name placed before covers; then the rest at places touching their area, so a name
 * outside its own area never takes a place another name needs inside its own. In each round
 * the names with the fewest places go first, then in the order given (most important first).
 * A name left with no place may take one from one or two neighbours that have other places of
 * the same kind to go to. Names with no place at all are 'hidden'.
 */
export function placeNames(
  names: readonly NameBox[],
  markers: readonly Circle[],
  opts: PlacementOptions = {},
): NamePlace[] {
  const offsets = candidateOffsets(opts.maxShiftPx ?? 60, opts.stepPx ?? 3);
  const gap = opts.gapPx ?? 1;
  const spots = new Map(names.map((n) => [n, spotsOf(n, offsets, markers, gap, opts.bounds)]));
  const at = new Map<NameBox, Spot>();
  const free = (s: Spot, except?: NameBox) => {
    for (const [n, p] of at) if (n !== except && boxesMeet(p, s)) return false;
    return true;
  };
  for (const fit of ['clear', 'near'] as const) {
    const round = names
      .map((name, i) => ({ name, i, spots: spots.get(name)!.filter((s) => s.fit === fit) }))
      .filter((r) => !at.has(r.name) && r.spots.length > 0)
      .sort((a, b) => a.spots.length - b.spots.length || a.i - b.i);
    for (const { name, spots: mine } of round) {
      const spot = mine.find((s) => free(s));
      if (spot) at.set(name, spot);
    }
  }
  // Making room: a name left out takes a place blocked by one or two neighbours if each of them
  // has another place of its kind that is free (and clear of the newcomer and of each other).
  for (const name of names) {
    if (at.has(name)) continue;
    for (const s of spots.get(name)!) {
      const blockers = [...at].filter(([, p]) => boxesMeet(p, s));
      if (blockers.length === 0 || blockers.length > 2) continue;
      const moved = new Map<NameBox, Spot>();
      for (const [other, was] of blockers) {
        const t = spots
          .get(other)!
          .find(
            (t) =>
              t !== was &&
              t.fit === was.fit &&
              !boxesMeet(t, s) &&
              [...moved.values()].every((m) => !boxesMeet(m, t)) &&
              [...at].every(([n, p]) => n === other || blockers.some(([b]) => b === n) || !boxesMeet(p, t)),
          );
        if (!t) break;
        moved.set(other, t);
      }
      if (moved.size !== blockers.length) continue;
      for (const [other, t] of moved) at.set(other, t);
      at.set(name, s);
      break;
    }
  }
  return names.map((name) => {
    const s = at.get(name);
    return s
      ? { key: name.key, dx: s.dx, dy: s.dy, fit: s.fit }
      : { key: name.key, dx: 0, dy: 0, fit: 'hidden' };
  });
}

/** Names longer than this many characters are written on two lines. */
export const NAME_LINE_MAX_CHARS = 20;

/**
 * A long name as the map writes it: broken at the space that makes its two lines most even, so
 * the map and the placement agree on its lines (the map is told never to break names itself).
 */
export function breakName(name: string, maxChars = NAME_LINE_MAX_CHARS): string {
  const chars = [...name];
  if (chars.length <= maxChars) return name;
  let best = -1;
  let bestDiff = Infinity;
  chars.forEach((c, i) => {
    if (c !== ' ') return;
    const diff = Math.abs(i - (chars.length - i - 1));
    if (diff < bestDiff) {
      bestDiff = diff;
      best = i;
    }
  });
  if (best < 0) return name;
  return `${chars.slice(0, best).join('')}\n${chars.slice(best + 1).join('')}`;
}
