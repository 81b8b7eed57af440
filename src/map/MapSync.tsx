import { useEffect } from 'react';
import { useMap } from '@vis.gl/react-maplibre';
import { useAppStore } from '../state/store';
import { registerMap } from './camera';
import { BASEMAP_IDS } from './basemap-style';

/**
 * Turns store changes into map calls and map events into store changes, in one place:
 * the state view's outline (a `global-state` property of the style), the visible extent
 * for "features in view", and the camera module's map.
 */
export function MapSync() {
  const { current } = useMap();
  const map = current?.getMap();
  const stateView = useAppStore((s) => s.stateView);
  const setViewBounds = useAppStore((s) => s.setViewBounds);

  useEffect(() => {
    if (!map) return;
    registerMap(map);
    const report = () => {
      const b = map.getBounds();
      setViewBounds([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
    };
    report();
    map.on('moveend', report);
    return () => {
      map.off('moveend', report);
      registerMap(null);
    };
  }, [map, setViewBounds]);

  useEffect(() => {
    if (!map) return;
    const apply = () => map.setGlobalStateProperty('highlightState', stateView ?? '');
    apply();
    // A theme switch replaces the style, and with it the global state: apply again.
    map.on('style.load', apply);
    return () => {
      map.off('style.load', apply);
    };
  }, [map, stateView]);

  // On a phone the open sheet covers the lower half of the map: keep the camera's centre (and
  // "zoom to") in the part that is still visible.
  const panelOpen = useAppStore((s) => s.panelOpen);
  useEffect(() => {
    if (!map) return;
    const phone = globalThis.matchMedia?.('(max-width: 720px)').matches ?? false;
    const bottom = phone && panelOpen ? Math.round(map.getContainer().clientHeight * 0.5) : 0;
    map.easeTo({ padding: { top: 0, left: 0, right: 0, bottom }, duration: 0 });
  }, [map, panelOpen]);

  return null;
}

/** The state (ISO code) under a screen point, if any. */
export function stateAtPoint(
  map: {
    queryRenderedFeatures: (
      p: [number, number],
      o: { layers: string[] },
    ) => Array<{ properties: Record<string, unknown> }>;
  },
  point: [number, number],
): string | null {
  const hit = map.queryRenderedFeatures(point, { layers: [BASEMAP_IDS.statesFill] })[0];
  const code = hit?.properties.code;
  return typeof code === 'string' ? code : null;
}
