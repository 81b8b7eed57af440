import { shapePath } from '../domain/shape-path';
import type { Shape } from '../domain/symbology';
import { RING_OUTSET_PX } from './data-style';

export const SHAPE_SIZE = 48;

/** A square 2D canvas of `size` CSS px, scaled for `pixelRatio`. */
function canvas2d(size: number, pixelRatio: number): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = size * pixelRatio;
  canvas.height = size * pixelRatio;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas for map symbols');
  ctx.scale(pixelRatio, pixelRatio);
  return ctx;
}

/**
 * The shape filled with `fill` and outlined with `stroke`, at `pixelRatio` for crisp edges.
 * Drawn on demand (styleimagemissing), so each category and theme gets its own image.
 */
export function drawShape(shape: Shape, fill: string, stroke: string, pixelRatio = 2): ImageData {
  const size = SHAPE_SIZE;
  const ctx = canvas2d(size, pixelRatio);
  const path = new Path2D(shapePath(shape, size));
  ctx.fillStyle = fill;
  ctx.fill(path);
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = stroke;
  ctx.stroke(path);
  return ctx.getImageData(0, 0, size * pixelRatio, size * pixelRatio);
}

/**
 * A cluster's category ring (src/domain/cluster-mix.ts): arcs in the categories' colours just
 * outside a bubble of `radiusPx`, separated by thin gaps of `gap` colour.
 */
export function drawRing(
  radiusPx: number,
  arcs: readonly { start: number; end: number; color: string }[],
  gap: string,
  pixelRatio = 2,
): ImageData {
  const outer = radiusPx + RING_OUTSET_PX;
  const size = 2 * (outer + 1);
  const ctx = canvas2d(size, pixelRatio);
  const c = size / 2;
  const inner = radiusPx - 2;
  const at = (a: number) => a - Math.PI / 2; // clockwise from 12 o'clock
  for (const arc of arcs) {
    ctx.beginPath();
    ctx.arc(c, c, outer, at(arc.start), at(arc.end));
    ctx.arc(c, c, inner, at(arc.end), at(arc.start), true);
    ctx.closePath();
    ctx.fillStyle = arc.color;
    ctx.fill();
  }
  if (arcs.length > 1) {
    ctx.strokeStyle = gap;
    ctx.lineWidth = 1.5;
    for (const arc of arcs) {
      ctx.beginPath();
      ctx.moveTo(c + inner * Math.sin(arc.start), c - inner * Math.cos(arc.start));
      ctx.lineTo(c + outer * Math.sin(arc.start), c - outer * Math.cos(arc.start));
      ctx.stroke();
    }
  }
  return ctx.getImageData(0, 0, size * pixelRatio, size * pixelRatio);
}
