import { useCallback, useMemo, useState } from 'react';
import {
  Map,
  NavigationControl,
  ScaleControl,
  FullscreenControl,
  AttributionControl,
  type ErrorEvent as MapErrorEvent,
  type MapRef,
} from '@vis.gl/react-maplibre';
import { maplibregl, supportsWebGL2 } from './maplibre';
import { basemapStyle, INDIA_BOUNDS, INDIA_FIT_PADDING, type ResolvedTheme } from './basemap-style';
import { exposeHandle } from './handle';
import { t } from '../i18n';

export interface MapViewProps {
  theme: ResolvedTheme;
  baseUrl: string;
  children?: React.ReactNode;
}

/** The map, or a readable message when this browser cannot draw it. */
export function MapView({ theme, baseUrl, children }: MapViewProps) {
  const [fatal, setFatal] = useState<string | null>(() => (supportsWebGL2() ? null : t('map.noWebgl2')));
  const style = useMemo(() => basemapStyle(theme, baseUrl), [theme, baseUrl]);

  const onLoad = useCallback((e: { target: maplibregl.Map }) => {
    // The compact attribution starts open in MapLibre; start it folded behind its (i) button.
    const attrib = e.target.getContainer().querySelector('.maplibregl-ctrl-attrib');
    attrib?.classList.remove('maplibregl-compact-show');
    attrib?.removeAttribute('open');
  }, []);

  // The handle appears as soon as the map exists, before it has loaded, so automation can tell a
  // map that is still loading (or never loads) from one that was never made.
  const onMapRef = useCallback((ref: MapRef | null) => {
    if (ref) exposeHandle(ref.getMap());
  }, []);

  const onError = useCallback((e: MapErrorEvent) => {
    const message = e.error?.message ?? String(e.error);
    // A failed constructor (no WebGL context) leaves no map: say so instead of a blank page.
    if (!e.target) setFatal(t('map.couldNotStart', { message }));
    else console.error('Map error:', message);
  }, []);

  if (fatal) {
    return (
      <div className="map-fatal" role="alert">
        <h2>{t('map.cannotShow')}</h2>
        <p>{fatal}</p>
      </div>
    );
  }

  return (
    <Map
      ref={onMapRef}
      mapLib={maplibregl}
      mapStyle={style}
      initialViewState={{ bounds: INDIA_BOUNDS, fitBoundsOptions: { padding: INDIA_FIT_PADDING } }}
      hash="map"
      minZoom={1}
      maxZoom={14}
      maxPitch={0}
      dragRotate={false}
      pitchWithRotate={false}
      touchPitch={false}
      attributionControl={false}
      onLoad={onLoad}
      onError={onError}
      style={{ position: 'absolute', inset: 0 }}
    >
      <NavigationControl position="top-right" showCompass={false} visualizePitch={false} />
      <FullscreenControl position="top-right" />
      <ScaleControl position="bottom-right" unit="metric" />
      <AttributionControl position="bottom-right" compact />
      {children}
    </Map>
  );
}
