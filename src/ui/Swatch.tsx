import { shapePath } from '../domain/shape-path';
import type { Shape } from '../domain/symbology';

/** A legend swatch: the same shape and colour the map draws. */
export function Swatch({ shape, color, size = 18 }: { shape: Shape; color: string; size?: number }) {
  return (
    <svg className="swatch" width={size} height={size} viewBox="0 0 48 48" aria-hidden="true">
      <path d={shapePath(shape, 48)} fill={color} stroke="var(--bg)" strokeWidth={3} strokeLinejoin="round" />
    </svg>
  );
}
