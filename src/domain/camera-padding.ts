/**
 * Camera padding from what covers the map (the phone's bottom sheet, the boundary note): each
 * covering box takes the map's edge it is nearest to, by the depth it reaches into the map, so a
 * selection or a "zoom to" lands in the part the user can actually see. Pure, in CSS pixels.
 */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The padding that keeps the camera's focus clear of `covers` inside `map` (all in page pixels). */
export function paddingFromCovers(map: Box, covers: readonly Box[]): Padding {
  const pad: Padding = { top: 0, bottom: 0, left: 0, right: 0 };
  for (const c of covers) {
    const l = Math.max(c.left, map.left);
    const r = Math.min(c.right, map.right);
    const t = Math.max(c.top, map.top);
    const b = Math.min(c.bottom, map.bottom);
    if (r <= l || b <= t) continue; // beside the map, not over it
    // How far in from each edge the box reaches; it is padded from the edge that leaves the most
    // of the map clear (the smallest share of the map's width or height).
    const depth = { top: b - map.top, bottom: map.bottom - t, left: r - map.left, right: map.right - l };
    const w0 = map.right - map.left;
    const h0 = map.bottom - map.top;
    const share = (k: keyof Padding) => depth[k] / (k === 'left' || k === 'right' ? w0 : h0);
    const side = (Object.keys(depth) as (keyof Padding)[]).reduce((a, k) => (share(k) < share(a) ? k : a));
    pad[side] = Math.max(pad[side], Math.ceil(depth[side]));
  }
  // Never pad away more than most of the map: a tiny window still shows something.
  const w = map.right - map.left;
  const h = map.bottom - map.top;
  if (pad.top + pad.bottom > h * 0.8) {
    const k = (h * 0.8) / (pad.top + pad.bottom);
    pad.top = Math.floor(pad.top * k);
    pad.bottom = Math.floor(pad.bottom * k);
  }
  if (pad.left + pad.right > w * 0.8) {
    const k = (w * 0.8) / (pad.left + pad.right);
    pad.left = Math.floor(pad.left * k);
    pad.right = Math.floor(pad.right * k);
  }
  return pad;
}

/**
 * How far to pan (px) so that point `p` (in map pixels) lies at least `margin` inside the part
 * of a `width`×`height` map that `pad` leaves clear; [0, 0] if it already does, or if it is not
 * on the map at all (then the user has not seen it, and nothing is moved).
 */
export function panToClear(
  p: { x: number; y: number },
  width: number,
  height: number,
  pad: Padding,
  margin: number,
): [number, number] {
  if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) return [0, 0];
  const clamp = (v: number, lo: number, hi: number) =>
    lo > hi ? (lo + hi) / 2 : Math.min(Math.max(v, lo), hi);
  const x = clamp(p.x, pad.left + margin, width - pad.right - margin);
  const y = clamp(p.y, pad.top + margin, height - pad.bottom - margin);
  return [Math.round(p.x - x), Math.round(p.y - y)];
}
