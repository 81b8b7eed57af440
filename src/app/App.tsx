import { useEffect, useMemo, useState } from 'react';
import { MapView } from '../map/MapView';
import { DatasetLayers } from '../map/layers/DatasetLayers';
import { MapSync } from '../map/MapSync';
import { CoordinateReadout } from '../map/CoordinateReadout';
import { InsightsMapLayers } from '../map/layers/Choropleth';
import { ChoroplethLegend } from '../ui/insights/ChoroplethLegend';
import { AsOfBadge } from '../ui/insights/TimeSlider';
import { Header } from '../ui/Header';
import { SidePanel } from '../ui/SidePanel';
import { AboutDialog } from '../ui/AboutDialog';
import { PrintPreview } from '../ui/insights/PrintPreview';
import { StartView } from '../ui/insights/StartView';
import { BoundaryNote } from '../ui/BoundaryNote';
import { StackChooser } from '../ui/StackChooser';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Notice } from '../ui/Notice';
import { PanelContent } from '../ui/PanelContent';
import { useResolvedTheme } from '../ui/use-theme';
import { addDataset, getDatasets, setDataStatus } from '../data/registry';
import { useAtlasData, useDatasets } from '../state/use-data';
import { loadAtlasData } from '../data/load';
import { rowIndex } from '../data/indexes';
import { loadSynthetic } from '../data/synthetic';
import { restoreUserLayers } from '../data/user-layers';
import { importFile } from '../ui/import/import-runner';
import { sanitizeFilter } from '../domain/filter/codec';
import { filterCatalogue } from '../state/selectors/filtered';
import { t } from '../i18n';
import { useAppStore } from '../state/store';
import { startUrlSync } from '../state/url-sync';
import { installKeyboardShortcuts, openDistrictView, openStateView, runCommand } from '../commands/registry';

/** The app's absolute base URL, so the map style can name every file on our own origin. */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.href).href;
}

/** Whether the page was opened with a camera in its hash (MapLibre writes one soon after). */
const LINK_HAS_CAMERA = typeof location !== 'undefined' && location.hash.includes('map=');
/** `?synth=<name>`: the benchmark's synthetic dataset, read before the URL is tidied (it is not kept). */
const SYNTH_NAME = typeof location !== 'undefined' ? new URLSearchParams(location.search).get('synth') : null;

export function App() {
  const theme = useResolvedTheme();
  const baseUrl = useMemo(() => appBaseUrl(), []);
  const data = useAtlasData();
  const datasets = useDatasets();
  const [dragging, setDragging] = useState(false);

  useEffect(() => startUrlSync(), []);
  useEffect(() => installKeyboardShortcuts(), []);

  useEffect(() => {
    let live = true;
    // The user's imported layers join the registry before the data is ready, so a reloaded
    // link's filters on them are kept.
    void Promise.all([loadAtlasData(baseUrl), restoreUserLayers()]).then(([r, restored]) => {
      if (!live) return;
      if (restored.failed > 0)
        useAppStore.getState().setNotice(t('notice.userLayersFailed', { count: restored.failed }));
      setDataStatus(r.ok ? { kind: 'ready', data: r.value } : { kind: 'error', message: r.error });
    });
    return () => {
      live = false;
    };
  }, [baseUrl]);

  // The benchmark's synthetic dataset, only when the URL asks for it (never by default).
  useEffect(() => {
    if (!SYNTH_NAME) return;
    void loadSynthetic(baseUrl, SYNTH_NAME).then((r) => {
      if (r.ok) addDataset(r.value);
      else useAppStore.getState().setNotice(r.error);
    });
  }, [baseUrl]);

  // A shared link may name a feature, a field or a value the data does not have: drop it, say so.
  useEffect(() => {
    if (!data) return;
    const { selectedId, select, setNotice, filters, setFilters } = useAppStore.getState();
    const { spec, dropped } = sanitizeFilter(filters, filterCatalogue(getDatasets()));
    if (dropped.length > 0) {
      setFilters(spec);
      setNotice(t('notice.filterDropped', { items: dropped.slice(0, 5).join(', ') }));
    }
    if (selectedId && !rowIndex(getDatasets()).has(selectedId)) {
      select(null);
      setNotice(t('notice.unknownFeature', { id: selectedId }));
    }
    // A link to a state or district view without a camera shows that area.
    const { stateView, districtView } = useAppStore.getState();
    if (!LINK_HAS_CAMERA) {
      if (districtView) openDistrictView(districtView);
      else if (stateView) openStateView(stateView);
    }
  }, [data]);

  return (
    <div className="app">
      <nav className="skip-links" aria-label={t('skip.map')}>
        <a
          href="#map"
          className="skip-link"
          onClick={(e) => {
            e.preventDefault();
            runCommand('focus-map');
          }}
        >
          {t('skip.map')}
        </a>
        <a
          href="#results"
          className="skip-link"
          onClick={(e) => {
            e.preventDefault();
            useAppStore.getState().setPanelTab('results');
            requestAnimationFrame(() => document.getElementById('results-title')?.focus());
          }}
        >
          {t('skip.results')}
        </a>
      </nav>
      <Header asOf={data?.manifest.asOf ?? null} resolvedTheme={theme} />
      <main className="app-main">
        <div
          className={`map-wrap ${dragging ? 'dragging' : ''}`}
          onDragOver={(e) => {
            if (![...e.dataTransfer.types].includes('Files')) return;
            e.preventDefault();
            e.dataTransfer.dropEffect = 'copy';
            setDragging(true);
          }}
          onDragLeave={(e) => {
            if (e.currentTarget === e.target || !e.currentTarget.contains(e.relatedTarget as Node))
              setDragging(false);
          }}
          onDrop={(e) => {
            const file = e.dataTransfer.files[0];
            if (!file) return;
            e.preventDefault();
            setDragging(false);
            void importFile(file);
          }}
        >
          {dragging && (
            <div className="drop-overlay" aria-hidden="true">
              {t('import.dropHint')}
            </div>
          )}
          <ErrorBoundary label={t('error.map')}>
            <MapView theme={theme} baseUrl={baseUrl}>
              <MapSync />
              <CoordinateReadout />
              {datasets.length > 0 && (
                <DatasetLayers
                  datasets={datasets}
                  theme={theme}
                  onStateClick={openStateView}
                  onDistrictClick={openDistrictView}
                />
              )}
              {datasets.length > 0 && <InsightsMapLayers datasets={datasets} theme={theme} />}
            </MapView>
          </ErrorBoundary>
          {datasets.length > 0 && <ChoroplethLegend datasets={datasets} theme={theme} />}
          {datasets.length > 0 && <AsOfBadge datasets={datasets} />}
          <BoundaryNote />
          <StackChooser />
          <Notice />
        </div>
        <SidePanel>
          <ErrorBoundary label={t('error.panel')}>
            <PanelContent theme={theme} />
          </ErrorBoundary>
        </SidePanel>
      </main>
      <AboutDialog />
      <PrintPreview theme={theme} />
      <StartView />
    </div>
  );
}
