/**
 * A scale bar for a map image: the longest round distance (1, 2 or 5 × 10ⁿ metres) that fits
 * in the room given, as MapLibre's own ScaleControl chooses it.
 */

export interface ScaleBar {
  /** The bar's length on the image, px. */
  readonly px: number;
  readonly metres: number;
  /** `500 m`, `20 km`. */
  readonly label: string;
}

/** The largest 1/2/5 × 10ⁿ not above `n` (n > 0). */
function roundDown(n: number): number {
  const p = 10 ** Math.floor(Math.log10(n));
  const d = n / p;
  return p * (d >= 5 ? 5 : d >= 2 ? 2 : 1);
}

/**
 * The bar for `metresPerPx` (ground metres one image pixel covers, at the bar's latitude) no
 * longer than `maxPx`; null when the scale is not a positive finite number.
 */
export function scaleBar(metresPerPx: number, maxPx: number): ScaleBar | null {
  if (!(metresPerPx > 0) || !Number.isFinite(metresPerPx) || !(maxPx > 0)) return null;
  const metres = roundDown(metresPerPx * maxPx);
  const px = metres / metresPerPx;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { px, metres, label };
}
