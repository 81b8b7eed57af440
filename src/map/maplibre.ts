/**
 * The one place that loads MapLibre. The worker is served from our own origin (CSP
 * `worker-src 'self'`, no blob:), set once before any map is created: without it a production
 * build silently renders no GeoJSON.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);

export { maplibregl };

/** Whether this browser can give MapLibre the WebGL2 context it needs. */
export function supportsWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    // Give the probe's context back at once: browsers cap live WebGL contexts, and the map needs one.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return !!gl;
  } catch {
    return false;
  }
}
