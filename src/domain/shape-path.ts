/**
 * The layer shapes as SVG path data in a `size`×`size` box. The map draws its icons from the
 * same paths (canvas Path2D) as the legend draws its swatches (SVG), so they cannot differ.
 */
import type { Shape } from './symbology';

const f = (n: number) => Math.round(n * 100) / 100;

function polygon(points: Array<[number, number]>): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${f(x)} ${f(y)}`).join(' ') + ' Z';
}

function regular(n: number, rot: number, c: number, r: number): string {
  return polygon(
    Array.from({ length: n }, (_, i) => {
      const a = rot + (i * 2 * Math.PI) / n;
      return [c + r * Math.cos(a), c + r * Math.sin(a)] as [number, number];
    }),
  );
}

export function shapePath(shape: Shape, size: number): string {
  const c = size / 2;
  const r = size * 0.36;
  switch (shape) {
    case 'circle': {
      const rr = r * 0.9;
      return `M${f(c - rr)} ${f(c)} A${f(rr)} ${f(rr)} 0 1 0 ${f(c + rr)} ${f(c)} A${f(rr)} ${f(rr)} 0 1 0 ${f(c - rr)} ${f(c)} Z`;
    }
    case 'square': {
      const h = r * 0.78;
      return polygon([
        [c - h, c - h],
        [c + h, c - h],
        [c + h, c + h],
        [c - h, c + h],
      ]);
    }
    case 'diamond':
      return regular(4, -Math.PI / 2, c, r * 1.05);
    case 'triangle':
      return regular(3, -Math.PI / 2, c, r * 1.1);
    case 'hexagon':
      return regular(6, 0, c, r);
    case 'star':
      return polygon(
        Array.from({ length: 10 }, (_, i) => {
          const a = -Math.PI / 2 + (i * Math.PI) / 5;
          const rad = i % 2 === 0 ? r * 1.15 : r * 0.5;
          return [c + rad * Math.cos(a), c + rad * Math.sin(a)] as [number, number];
        }),
      );
  }
}
