/**
 * Camera moves the UI may ask for, without importing MapLibre itself. The map registers
 * itself here when it loads.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { INDIA_BOUNDS } from './basemap-style';

let map: MapLibreMap | null = null;
/** A camera move asked for before the map existed (a shared link to a state), made once it does. */
let pending: ((m: MapLibreMap) => void) | null = null;

export function registerMap(m: MapLibreMap | null): void {
  map = m;
  if (m && pending) {
    const run = pending;
    pending = null;
    run(m);
  }
}

/** The registered map, for modules of src/map that read it (the PNG snapshot). */
export const currentMap = (): MapLibreMap | null => map;

const reduceMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Centres a point at a zoom suited to how precisely it is placed. */
export function flyToPoint(coordinates: [number, number], precision: string): void {
  const zoom = { site: 11, locality: 10, district: 8, state: 6, country: 4 }[precision] ?? 8;
  map?.flyTo({
    center: coordinates,
    zoom: Math.max(zoom, map.getZoom()),
    essential: true,
    animate: !reduceMotion(),
  });
}

/** Fits an extent [west, south, east, north] with some padding. */
export function fitExtent(
  b: readonly [number, number, number, number] | readonly number[],
  maxZoom = 9,
): void {
  if (b.length !== 4) return;
  if (!map) {
    pending = () => fitExtent(b, maxZoom);
    return;
  }
  map.fitBounds(
    [
      [b[0]!, b[1]!],
      [b[2]!, b[3]!],
    ],
    { padding: 40, maxZoom, animate: !reduceMotion() },
  );
}

/** Brings the map back to all of India. */
export function fitIndia(): void {
  fitExtent(INDIA_BOUNDS, 6);
}

/** Gives the map keyboard focus (for arrow-key panning and +/- zoom). */
export function focusMap(): void {
  map?.getCanvas().focus();
}
