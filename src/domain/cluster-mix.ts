/**
 * A cluster's mix of categories, as the ring around it draws it: the share of each category
 * of its layer in 24ths (so a handful of images serves every cluster), and the ring's arcs.
 * The style names the ring image from the cluster's properties; the map draws it on demand.
 */
import { LAYER_IDS, type LayerId } from './model/enums';
import { SYMBOLOGY } from './symbology';

/** Shares are rounded to this many parts of the ring. */
export const RING_PARTS = 24;
const PREFIX = 'ring|';

/** The cluster property holding the count of a layer's i-th category. */
export const categoryCountKey = (i: number) => `c${i}`;

/**
 * The ring of a cluster holding several layers (the national overview): one arc per layer, in
 * LAYER_IDS order, in the layer's colour family (LAYER_FAMILY).
 */
export const MIX = 'mix' as const;
/** In the overview's clusters: the count of a layer's points, and of its i-th category. */
export const layerCountKey = (layer: LayerId) => `n|${layer}`;
export const layerCategoryCountKey = (layer: LayerId, i: number) => `c|${layer}|${i}`;

/** How many arcs a ring of `layer` (or of the layers, for MIX) has. */
const arcCount = (layer: LayerId | typeof MIX) =>
  layer === MIX ? LAYER_IDS.length : SYMBOLOGY[layer].categories.length;

export interface RingSpec {
  /** The layer whose categories the arcs are, or MIX: the arcs are layers. */
  readonly layer: LayerId | typeof MIX;
  readonly theme: 'light' | 'dark';
  /** Radius of the cluster's bubble, px; the ring lies just outside it. */
  readonly radiusPx: number;
  /** Parts of RING_PARTS per category (per layer for MIX), in the legend's order. */
  readonly parts: readonly number[];
}

/** The ring image's name for a spec (the style builds the same string with an expression). */
export function ringImageName(s: RingSpec): string {
  return `${PREFIX}${s.layer}|${s.theme}|${s.radiusPx}|${s.parts.join(',')}`;
}

/** The spec a ring image name stands for, or null when the name is not a valid ring's. */
export function parseRingName(name: string): RingSpec | null {
  if (!name.startsWith(PREFIX)) return null;
  const [layer, theme, r, list] = name.slice(PREFIX.length).split('|');
  const known = layer === MIX || Object.hasOwn(SYMBOLOGY, layer ?? '');
  if (!known || (theme !== 'light' && theme !== 'dark')) return null;
  const radiusPx = Number(r);
  const parts = (list ?? '').split(',').map(Number);
  if (!Number.isInteger(radiusPx) || radiusPx < 1 || radiusPx > 64) return null;
  const ringOf = layer as LayerId | typeof MIX;
  if (parts.length !== arcCount(ringOf) || parts.some((p) => !Number.isInteger(p) || p < 0)) return null;
  return { layer: ringOf, theme, radiusPx, parts };
}

export interface RingArc {
  /** The category's index in its layer's symbology. */
  readonly category: number;
  /** Angles in radians, clockwise from 12 o'clock. */
  readonly start: number;
  readonly end: number;
}

/**
 * The ring's arcs: each category with parts, in legend order, its share of the full circle.
 * Parts that do not add up to RING_PARTS (rounding) are scaled to fill the ring.
 */
export function ringArcs(parts: readonly number[]): RingArc[] {
  const total = parts.reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  const arcs: RingArc[] = [];
  let at = 0;
  parts.forEach((p, category) => {
    if (p === 0) return;
    const span = (p / total) * 2 * Math.PI;
    arcs.push({ category, start: at, end: at + span });
    at += span;
  });
  return arcs;
}

/** Per category of a layer, the share (in RING_PARTS) of `counts` — what the expression computes. */
export function ringParts(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total ? Math.round((RING_PARTS * c) / total) : 0));
}
