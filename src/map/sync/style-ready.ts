import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Whether the map's style has loaded, so its global state can be set. Not `isStyleLoaded()`:
 * that is false while any tile is loading, and a change skipped then would be lost. MapLibre
 * loads a style in an animation frame, so the app's first effects can run before it; setting
 * global state then throws "Style is not done loading".
 */
export function styleReady(map: MapLibreMap): boolean {
  return !!map.style?._loaded;
}

/**
 * Runs `apply` now if the style has loaded, and again each time a style loads: the first one,
 * and the one a theme switch puts in (it comes with a fresh global state). Returns the unsubscribe.
 */
export function whenStyleLoads(map: MapLibreMap, apply: () => void): () => void {
  if (styleReady(map)) apply();
  map.on('style.load', apply);
  return () => {
    map.off('style.load', apply);
  };
}
