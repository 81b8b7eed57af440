/**
 * The map's pixels, for the PNG export. MapLibre draws into a WebGL canvas without
 * `preserveDrawingBuffer` (it costs every frame), so the buffer is only readable in the same
 * task as the frame that drew it: ask for a repaint and copy the canvas in the `render` event
 * that follows, before the browser presents and clears it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { currentMap } from './camera';

export interface MapSnapshot {
  /** A copy of the map canvas, in device pixels. */
  readonly canvas: HTMLCanvasElement;
  /** Device pixels per CSS pixel. */
  readonly pixelRatio: number;
  /** Ground metres one CSS pixel covers, measured along the bottom edge of the view. */
  readonly metresPerCssPx: number;
  /** The attribution of the style's sources, as the map's (i) control shows it. */
  readonly attribution: string;
}

function metresPerCssPx(map: MapLibreMap): number {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const y = Math.max(0, h - 40);
  const span = Math.min(200, Math.max(1, w - 20));
  return map.unproject([10, y]).distanceTo(map.unproject([10 + span, y])) / span;
}

function attributionOf(map: MapLibreMap): string {
  const seen = new Set<string>();
  for (const src of Object.values(map.getStyle()?.sources ?? {})) {
    const a = 'attribution' in src ? src.attribution : undefined;
    if (typeof a === 'string' && a.trim()) seen.add(a.trim());
  }
  return [...seen].join(' ');
}

/** The map as drawn now, or null when there is no map. */
export function snapshotMap(): Promise<MapSnapshot | null> {
  const map = currentMap();
  if (!map) return Promise.resolve(null);
  return new Promise((resolve) => {
    map.once('render', () => {
      const src = map.getCanvas();
      const canvas = document.createElement('canvas');
      canvas.width = src.width;
      canvas.height = src.height;
      canvas.getContext('2d')?.drawImage(src, 0, 0);
      resolve({
        canvas,
        pixelRatio: src.width / Math.max(1, src.clientWidth || src.width),
        metresPerCssPx: metresPerCssPx(map),
        attribution: attributionOf(map),
      });
    });
    map.triggerRepaint();
  });
}

/** Resolves on the map's next `idle`, or after `ms` (a map that never settles still gives a picture). */
function settled(map: MapLibreMap, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      map.off('idle', done);
      resolve();
    }
    map.once('idle', done);
    map.triggerRepaint();
  });
}

export interface LocatorOptions {
  /** A place to ring on the image (a block's point), [lon, lat]. */
  readonly mark?: readonly [number, number];
  /** Width / height the image should have (the crop grows to it, within the canvas). */
  readonly aspect?: number;
  /** Longest side of the image, CSS pixels. */
  readonly maxSizePx?: number;
}

/**
 * A static locator image (PNG data URL) of an extent [west, south, east, north]: the camera jumps
 * to the extent, waits until the map is drawn, copies the canvas cropped to the extent (plus a
 * margin), rings `mark` if given, and puts the user's camera back. Null without a map.
 */
export async function snapshotLocator(
  bbox: readonly [number, number, number, number],
  options: LocatorOptions = {},
): Promise<string | null> {
  const map = currentMap();
  if (!map) return null;
  const before = {
    center: map.getCenter(),
    zoom: map.getZoom(),
    bearing: map.getBearing(),
    pitch: map.getPitch(),
  };
  const bounds: [[number, number], [number, number]] = [
    [bbox[0], bbox[1]],
    [bbox[2], bbox[3]],
  ];
  const cam = map.cameraForBounds(bounds, { padding: 24 });
  if (cam) map.jumpTo({ ...cam, bearing: 0, pitch: 0 });
  await settled(map, 8000);
  const shot = await snapshotMap();
  let url: string | null = null;
  if (shot) {
    const ratio = shot.pixelRatio;
    const a = map.project([bbox[0], bbox[3]]);
    const b = map.project([bbox[2], bbox[1]]);
    const margin = 16;
    let x0 = (Math.min(a.x, b.x) - margin) * ratio;
    let y0 = (Math.min(a.y, b.y) - margin) * ratio;
    let x1 = (Math.max(a.x, b.x) + margin) * ratio;
    let y1 = (Math.max(a.y, b.y) + margin) * ratio;
    // Widen (or heighten) the crop to the frame's shape, showing more of the surroundings.
    const aspect = options.aspect;
    if (aspect && aspect > 0) {
      const cx = (x0 + x1) / 2,
        cy = (y0 + y1) / 2;
      let w0 = x1 - x0,
        h0 = y1 - y0;
      if (w0 / h0 < aspect) w0 = h0 * aspect;
      else h0 = w0 / aspect;
      x0 = cx - w0 / 2;
      x1 = cx + w0 / 2;
      y0 = cy - h0 / 2;
      y1 = cy + h0 / 2;
    }
    x0 = Math.max(0, Math.floor(x0));
    y0 = Math.max(0, Math.floor(y0));
    x1 = Math.min(shot.canvas.width, Math.ceil(x1));
    y1 = Math.min(shot.canvas.height, Math.ceil(y1));
    const w = Math.max(1, x1 - x0);
    const h = Math.max(1, y1 - y0);
    const max = (options.maxSizePx ?? 640) * ratio;
    const scale = Math.min(1, max / Math.max(w, h));
    const out = document.createElement('canvas');
    out.width = Math.round(w * scale);
    out.height = Math.round(h * scale);
    const ctx = out.getContext('2d');
    if (ctx) {
      ctx.drawImage(shot.canvas, x0, y0, w, h, 0, 0, out.width, out.height);
      if (options.mark) {
        const p = map.project([options.mark[0], options.mark[1]]);
        const cx = (p.x * ratio - x0) * scale;
        const cy = (p.y * ratio - y0) * scale;
        ctx.lineWidth = 3;
        ctx.strokeStyle = '#ffffff';
        ctx.beginPath();
        ctx.arc(cx, cy, 11, 0, 2 * Math.PI);
        ctx.stroke();
        ctx.lineWidth = 2;
        ctx.strokeStyle = '#d62728';
        ctx.stroke();
      }
      ctx.lineWidth = 1;
      ctx.strokeStyle = '#767676';
      ctx.strokeRect(0.5, 0.5, out.width - 1, out.height - 1);
      url = out.toDataURL('image/png');
    }
  }
  map.jumpTo(before);
  return url;
}
