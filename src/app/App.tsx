import { useEffect, useMemo } from 'react';
import { MapView } from '../map/MapView';
import { DataLayers } from '../map/DataLayers';
import { MapSync } from '../map/MapSync';
import { Header } from '../ui/Header';
import { SidePanel } from '../ui/SidePanel';
import { AboutDialog } from '../ui/AboutDialog';
import { BoundaryNote } from '../ui/BoundaryNote';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Notice } from '../ui/Notice';
import { PanelContent } from '../ui/PanelContent';
import { useResolvedTheme } from '../ui/use-theme';
import { setDataStatus } from '../data/registry';
import { useAtlasData } from '../state/use-data';
import { loadAtlasData } from '../data/load';
import { featureIndex } from '../data/indexes';
import { useAppStore } from '../state/store';
import { startUrlSync } from '../state/url-sync';
import { installKeyboardShortcuts, openStateView } from '../commands/registry';

/** The app's absolute base URL, so the map style can name every file on our own origin. */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.href).href;
}

export function App() {
  const theme = useResolvedTheme();
  const baseUrl = useMemo(() => appBaseUrl(), []);
  const data = useAtlasData();

  useEffect(() => startUrlSync(), []);
  useEffect(() => installKeyboardShortcuts(), []);

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

  // A shared link may name a feature the data no longer has: drop it, say so.
  useEffect(() => {
    if (!data) return;
    const { selectedId, select, setNotice } = useAppStore.getState();
    if (selectedId && !featureIndex(data).has(selectedId)) {
      select(null);
      setNotice(`The link names a feature that is not in the data: ${selectedId}`);
    }
  }, [data]);

  return (
    <div className="app">
      <Header asOf={data?.manifest.asOf ?? null} resolvedTheme={theme} />
      <main className="app-main">
        <div className="map-wrap">
          <ErrorBoundary label="The map">
            <MapView theme={theme} baseUrl={baseUrl}>
              <MapSync />
              {data && <DataLayers data={data} theme={theme} onStateClick={openStateView} />}
            </MapView>
          </ErrorBoundary>
          <BoundaryNote />
          <Notice />
        </div>
        <SidePanel>
          <ErrorBoundary label="The panel">
            <PanelContent theme={theme} />
          </ErrorBoundary>
        </SidePanel>
      </main>
      <AboutDialog />
    </div>
  );
}
