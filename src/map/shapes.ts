import type { Shape } from '../domain/symbology';

export const SHAPE_SIZE = 48;

function path(ctx: CanvasRenderingContext2D, shape: Shape, s: number) {
  const c = s / 2;
  const r = s * 0.36;
  ctx.beginPath();
  const poly = (n: number, rot: number, rad = r) => {
    for (let i = 0; i < n; i++) {
      const a = rot + (i * 2 * Math.PI) / n;
      const x = c + rad * Math.cos(a);
      const y = c + rad * Math.sin(a);
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    ctx.closePath();
  };
  switch (shape) {
    case 'circle':
      ctx.arc(c, c, r * 0.9, 0, 2 * Math.PI);
      break;
    case 'square':
      ctx.rect(c - r * 0.78, c - r * 0.78, r * 1.56, r * 1.56);
      break;
    case 'diamond':
      poly(4, -Math.PI / 2, r * 1.05);
      break;
    case 'triangle':
      poly(3, -Math.PI / 2, r * 1.1);
      break;
    case 'hexagon':
      poly(6, 0, r);
      break;
    case 'star':
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const rad = i % 2 === 0 ? r * 1.15 : r * 0.5;
        const x = c + rad * Math.cos(a);
        const y = c + rad * Math.sin(a);
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      ctx.closePath();
      break;
  }
}

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
  path(ctx, shape, size);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = stroke;
  ctx.stroke();
  return ctx.getImageData(0, 0, size * pixelRatio, size * pixelRatio);
}
