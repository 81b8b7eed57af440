import { useEffect } from 'react';
import { useMap } from '@vis.gl/react-maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useAppStore } from '../state/store';
import { registerMap } from './camera';

const PHONE = '(max-width: 720px)';

/** The extent the user can actually see: the canvas less the padding under the bottom sheet. */
function visibleBounds(map: MapLibreMap): [number, number, number, number] {
  const c = map.getContainer();
  const { top = 0, bottom = 0, left = 0, right = 0 } = map.getPadding();
  const sw = map.unproject([left, c.clientHeight - bottom]);
  const ne = map.unproject([c.clientWidth - right, top]);
  return [sw.lng, sw.lat, ne.lng, ne.lat];
}

/**
 * Turns store changes into map calls and map events into store changes, in one place:
 * the state view's outline (a `global-state` property of the style), the visible extent
 * for "features in view", the camera padding under the phone's bottom sheet, and the camera
 * module's map.
 */
export function MapSync() {
  const { current } = useMap();
  const map = current?.getMap();
  const stateView = useAppStore((s) => s.stateView);
  const districtView = useAppStore((s) => s.districtView);
  const panelOpen = useAppStore((s) => s.panelOpen);
  const setViewBounds = useAppStore((s) => s.setViewBounds);

  useEffect(() => {
    if (!map) return;
    registerMap(map);
    const report = () => setViewBounds(visibleBounds(map));
    report();
    map.on('moveend', report);
    return () => {
      map.off('moveend', report);
      registerMap(null);
    };
  }, [map, setViewBounds]);

  useEffect(() => {
    if (!map) return;
    const apply = () => {
      map.setGlobalStateProperty('highlightState', stateView ?? '');
      map.setGlobalStateProperty('highlightDistrict', districtView ?? '');
    };
    apply();
    // A theme switch replaces the style, and with it the global state: apply again.
    map.on('style.load', apply);
    return () => {
      map.off('style.load', apply);
    };
  }, [map, stateView, districtView]);

  // On a phone the open sheet covers the lower half of the map: keep the camera's centre (and
  // "zoom to") in the part that is still visible, through resizes and rotations.
  useEffect(() => {
    if (!map) return;
    const mq = globalThis.matchMedia?.(PHONE);
    const apply = () => {
      const bottom = mq?.matches && panelOpen ? Math.round(map.getContainer().clientHeight * 0.5) : 0;
      if (map.getPadding().bottom !== bottom) {
        map.setPadding({ top: 0, left: 0, right: 0, bottom });
        setViewBounds(visibleBounds(map));
      }
    };
    apply();
    mq?.addEventListener('change', apply);
    map.on('resize', apply);
    return () => {
      mq?.removeEventListener('change', apply);
      map.off('resize', apply);
    };
  }, [map, panelOpen, setViewBounds]);

  return null;
}
