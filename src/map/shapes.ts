import { shapePath } from '../domain/shape-path';
import type { Shape } from '../domain/symbology';

export const SHAPE_SIZE = 48;

/**
 * The shape filled with `fill` and outlined with `stroke`, at `pixelRatio` for crisp edges.
 * Drawn on demand (styleimagemissing), so each category and theme gets its own image.
 */
export function drawShape(shape: Shape, fill: string, stroke: string, pixelRatio = 2): ImageData {
  const size = SHAPE_SIZE;
  const canvas = document.createElement('canvas');
  canvas.width = size * pixelRatio;
  canvas.height = size * pixelRatio;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas for map symbols');
  ctx.scale(pixelRatio, pixelRatio);
  const path = new Path2D(shapePath(shape, size));
  ctx.fillStyle = fill;
  ctx.fill(path);
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = stroke;
  ctx.stroke(path);
  return ctx.getImageData(0, 0, size * pixelRatio, size * pixelRatio);
}
