import { useId, useMemo, useState } from 'react';
import type { Dataset } from '../../data/datasets';
import { useAppStore } from '../../state/store';
import { useAtlasData } from '../../state/use-data';
import { useActiveQuery } from '../../state/selectors/query';
import { filteredIndexes } from '../../state/selectors/filtered';
import { currentLink } from '../../state/url-sync';
import { captureMap, runCommand } from '../../commands/registry';
import { exportEntries, type ExportMeta } from '../../domain/export/entries';
import { featuresGeoJson } from '../../domain/export/geojson';
import { featuresCsv } from '../../domain/export/csv';
import { featuresKml } from '../../domain/export/kml';
import { fieldLabel, formatFieldValue } from '../../domain/model/value-labels';
import { t } from '../../i18n';
import { datasetLabel } from '../dataset-label';
import { downloadBlob, downloadText } from '../query/download';
import { canvasPng, composeMapImage, legendEntries } from './map-image';

const ALL = '';
const themeNow = () => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
const canShare = () => typeof navigator !== 'undefined' && typeof navigator.share === 'function';

/**
 * Export what the map shows (GeoJSON, CSV, KML, a PNG of the map with its legend) and share a
 * link to the view. While a spatial question is active, exports hold exactly its results.
 * Imported layers are exported like any other, but a link cannot carry them: the panel says so.
 */
export function ExportPanel({ datasets }: { datasets: readonly Dataset[] }) {
  const data = useAtlasData();
  const filters = useAppStore((s) => s.filters);
  const hiddenLayers = useAppStore((s) => s.hiddenLayers);
  const setNotice = useAppStore((s) => s.setNotice);
  const query = useActiveQuery();
  const [choice, setChoice] = useState(ALL);
  const chooserId = useId();
  const datasetId = choice !== ALL && datasets.some((d) => d.id === choice) ? choice : null;

  const entries = useMemo(
    () =>
      exportEntries(datasets, {
        datasetId,
        hiddenLayers,
        filtered: (ds) => filteredIndexes(ds as Dataset, filters),
        hits: query ? query.answer.hits : null,
      }),
    [datasets, datasetId, hiddenLayers, filters, query],
  );
  const imported = datasets.filter((d) => d.kind === 'user' && !hiddenLayers.includes(d.id));
  const asOf = data?.manifest.asOf ?? null;
  const stamp = new Date().toISOString().slice(0, 10);
  const base = `khanij-${datasetId ?? 'export'}-${stamp}`;

  const meta = (): ExportMeta => ({
    filters,
    query: query ? { spec: query.spec, area: query.answer.area } : null,
    asOf,
    link: currentLink(),
  });
  const done = (format: string) => setNotice(t('export.done', { count: entries.length, format }));
  const exportGeoJson = () => {
    downloadText(
      JSON.stringify(featuresGeoJson(datasets, entries, meta()), null, 1),
      `${base}.geojson`,
      'application/geo+json',
    );
    done(t('import.format.geojson'));
  };
  const exportCsv = () => {
    downloadText(featuresCsv(datasets, entries, formatFieldValue), `${base}.csv`, 'text/csv;charset=utf-8');
    done(t('import.format.csv'));
  };
  const exportKml = () => {
    const kml = featuresKml(datasets, entries, meta(), {
      title: t('export.kmlTitle'),
      labelOf: (ds) => datasetLabel(ds as Dataset),
      fieldLabel,
      format: formatFieldValue,
    });
    downloadText(kml, `${base}.kml`, 'application/vnd.google-earth.kml+xml');
    done(t('import.format.kml'));
  };
  const exportPng = async () => {
    try {
      const snap = await captureMap();
      if (!snap) throw new Error(t('map.cannotShow'));
      const theme = themeNow();
      const canvas = composeMapImage(snap, {
        legend: legendEntries(datasets, hiddenLayers, filters, theme),
        asOf,
        licence: t('export.png.licence'),
        theme,
      });
      const blob = await canvasPng(canvas);
      if (!blob) throw new Error('toBlob');
      downloadBlob(blob, `khanij-map-${stamp}.png`);
      setNotice(t('export.pngDone'));
    } catch (e) {
      setNotice(t('export.pngFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const share = async () => {
    try {
      await navigator.share({ title: t('app.name'), url: currentLink() });
    } catch (e) {
      // The user closing the share sheet is not a failure.
      if (!(e instanceof DOMException && e.name === 'AbortError')) setNotice(t('export.shareFailed'));
    }
  };

  return (
    <section className="export-panel" aria-labelledby="export-title" data-testid="export-panel">
      <h2 id="export-title">{t('export.title')}</h2>
      <p className="muted small">{t('export.intro')}</p>
      <label htmlFor={chooserId}>{t('export.dataset')}</label>{' '}
      <select
        id={chooserId}
        value={datasetId ?? ALL}
        onChange={(e) => setChoice(e.target.value)}
        data-testid="export-dataset"
      >
        <option value={ALL}>{t('export.allShown')}</option>
        {datasets.map((d) => (
          <option key={d.id} value={d.id}>
            {datasetLabel(d)}
          </option>
        ))}
      </select>
      <p className="small" data-testid="export-count">
        {t('export.count', { count: entries.length })}
        {query && <> · {t('export.queryNote')}</>}
      </p>
      <div className="button-row">
        <button type="button" onClick={exportGeoJson} disabled={entries.length === 0}>
          {t('export.geojson')}
        </button>
        <button type="button" onClick={exportCsv} disabled={entries.length === 0}>
          {t('export.csv')}
        </button>
        <button type="button" onClick={exportKml} disabled={entries.length === 0}>
          {t('export.kml')}
        </button>
        <button type="button" onClick={() => void exportPng()}>
          {t('export.png')}
        </button>
      </div>
      <div className="button-row">
        <button type="button" onClick={() => runCommand('copy-link')}>
          {t('export.copyLink')}
        </button>
        {canShare() && (
          <button type="button" onClick={() => void share()}>
            {t('export.share')}
          </button>
        )}
      </div>
      <p className="muted small">{t('export.linkNote')}</p>
      {imported.length > 0 && (
        <p className="legend-note" role="note" data-testid="export-user-note">
          {t('export.userNote', {
            count: imported.length,
            names: imported.map((d) => `“${datasetLabel(d)}”`).join(t('common.listSeparator')),
          })}
        </p>
      )}
    </section>
  );
}
