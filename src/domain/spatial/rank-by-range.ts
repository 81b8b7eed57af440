/** The one ordering of distance answers: by min distance, then max, then position. */
import type { RankedRows } from './types';

/** One candidate while ranking: a position and its distance range, km. */
export interface RangedCandidate {
  readonly position: number;
  readonly minKm: number;
  readonly maxKm: number;
  readonly cls?: number;
}

/** Compares two candidates: min, then max, then position (a total order: stable results). */
export function compareRanges(a: RangedCandidate, b: RangedCandidate): number {
  return a.minKm - b.minKm || a.maxKm - b.maxKm || a.position - b.position;
}

/** Sorted candidates packed as typed arrays (ranges as float32, enough for km). */
export function packRanked(sorted: readonly RangedCandidate[]): RankedRows & { classes: Uint8Array } {
  const n = sorted.length;
  const positions = new Uint32Array(n);
  const rangesKm = new Float32Array(2 * n);
  const classes = new Uint8Array(n);
  sorted.forEach((c, i) => {
    positions[i] = c.position;
    rangesKm[2 * i] = c.minKm;
    rangesKm[2 * i + 1] = c.maxKm;
    classes[i] = c.cls ?? 0;
  });
  return { positions, rangesKm, classes };
}
