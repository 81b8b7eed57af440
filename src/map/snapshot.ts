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
