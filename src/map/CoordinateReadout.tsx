import { useEffect, useRef } from 'react';
import { useMap } from '@vis.gl/react-maplibre';
import { formatLatLon } from '../domain/coordinates';
import { t } from '../i18n';

/**
 * The pointer's position (or, with no pointer, as on a phone, the map centre's), so a location
 * can be judged against an atlas. Written straight to the DOM: it changes on every mouse move.
 */
export function CoordinateReadout() {
  const { current } = useMap();
  const map = current?.getMap();
  const text = useRef<HTMLSpanElement>(null);
  const label = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!map) return;
    const show = (lon: number, lat: number, pointer: boolean) => {
      if (text.current) text.current.textContent = formatLatLon(lon, lat);
      if (label.current) label.current.textContent = pointer ? t('readout.label') : t('readout.centre');
    };
    const centre = () => {
      const c = map.getCenter();
      show(c.lng, c.lat, false);
    };
    const onMove = (e: { lngLat: { lng: number; lat: number } }) => show(e.lngLat.lng, e.lngLat.lat, true);
    centre();
    map.on('mousemove', onMove);
    map.on('mouseout', centre);
    map.on('moveend', centre);
    return () => {
      map.off('mousemove', onMove);
      map.off('mouseout', centre);
      map.off('moveend', centre);
    };
  }, [map]);
  return (
    <div className="coordinate-readout" data-testid="coordinate-readout" aria-hidden="true">
      <span ref={label} className="muted" /> <span ref={text} />
    </div>
  );
}
