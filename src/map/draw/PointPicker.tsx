import { useEffect } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useAppStore } from '../../state/store';
import { encodeQuerySpec } from '../../domain/spatial/query-param';
import { roundCoordinate } from '../../domain/spatial/area-codec';

/**
 * "Pick a point": in that mode only, a click on the map becomes the origin of a radius question
 * (N km, the panel's distance). Its own listener, so the ordinary map interaction is untouched.
 */
export function PointPicker({ map }: { map: MapLibreMap | undefined }) {
  const active = useAppStore((s) => s.drawMode === 'point');
  useEffect(() => {
    if (!map || !active) return;
    const canvas = map.getCanvas();
    canvas.style.cursor = 'crosshair';
    const el = map.getContainer();
    const onClick = (e: MouseEvent) => {
      if (!(e.target as HTMLElement | null)?.closest?.('.maplibregl-canvas-container')) return;
      const r = canvas.getBoundingClientRect();
      const ll = map.unproject([e.clientX - r.left, e.clientY - r.top]);
      const s = useAppStore.getState();
      s.setQuery(
        encodeQuerySpec({
          kind: 'radius',
          center: [roundCoordinate(ll.lng), roundCoordinate(ll.lat)],
          km: s.queryKm,
        }),
      );
      s.setDrawMode(null);
    };
    // Capture, on the container: the drawing guard stops the click before the canvas sees it.
    el.addEventListener('click', onClick, true);
    return () => {
      el.removeEventListener('click', onClick, true);
      canvas.style.cursor = '';
    };
  }, [map, active]);
  return null;
}
