import { useEffect, useMemo } from 'react';
import { MapView } from '../map/MapView';
import { Header } from '../ui/Header';
import { SidePanel } from '../ui/SidePanel';
import { AboutDialog } from '../ui/AboutDialog';
import { BoundaryNote } from '../ui/BoundaryNote';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useResolvedTheme } from '../ui/use-theme';
import { useAtlasData, setDataStatus } from '../data/registry';
import { loadAtlasData } from '../data/load';
import { PanelContent } from '../ui/PanelContent';
import { DataLayers } from '../map/DataLayers';

/** The app's absolute base URL, so the map style can name every file on our own origin. */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.href).href;
}

export function App() {
  const theme = useResolvedTheme();
  const baseUrl = useMemo(() => appBaseUrl(), []);
  const data = useAtlasData();

  useEffect(() => {
    let live = true;
    void loadAtlasData(baseUrl).then((r) => {
      if (!live) return;
      setDataStatus(r.ok ? { kind: 'ready', data: r.value } : { kind: 'error', message: r.error });
    });
    return () => {
      live = false;
    };
  }, [baseUrl]);

  return (
    <div className="app">
      <Header asOf={data?.manifest.asOf ?? null} resolvedTheme={theme} />
      <main className="app-main">
        <div className="map-wrap">
          <ErrorBoundary label="The map">
            <MapView theme={theme} baseUrl={baseUrl}>
              {data && <DataLayers data={data} theme={theme} />}
            </MapView>
          </ErrorBoundary>
          <BoundaryNote />
        </div>
        <SidePanel>
          <ErrorBoundary label="The panel">
            <PanelContent />
          </ErrorBoundary>
        </SidePanel>
      </main>
      <AboutDialog />
    </div>
  );
}
