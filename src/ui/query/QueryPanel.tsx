import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../../data/datasets';
import { useAppStore, type DrawMode } from '../../state/store';
import { useAtlasData } from '../../state/use-data';
import { useActiveQuery, type ActiveQuery } from '../../state/selectors/query';
import { showExtent } from '../../commands/registry';
import { currentLink } from '../../state/url-sync';
import { encodeQuerySpec, distanceProblem, MAX_NEAREST } from '../../domain/spatial/query-param';
import { PRESET_IDS, type PresetId } from '../../domain/spatial/presets';
import { parseCoordinates, pathLengthKm, polygonAreaHa, polygonAreaKm2 } from '../../domain/spatial/measure';
import { polygonFromPoints } from '../../domain/spatial/drawn-area';
import { answerExtent, findRow, summarizeHits, type SummaryCount } from '../../domain/spatial/run-query';
import { queryCsv, queryGeoJson } from '../../domain/spatial/query-export';
import { distanceMatrixCsv, distanceMatrixKm, matrixItemFromRow } from '../../domain/spatial/distance-matrix';
import { validateArea } from '../../domain/spatial/buffer';
import { formatFieldValue, valueLabel } from '../../domain/model/value-labels';
import { t, formatCount, intlLocale } from '../../i18n';
import { datasetLabel } from '../dataset-label';
import { copyText, downloadText } from './download';
import { asOfDayOf } from '../../domain/insights/timeline';
import {
  describeDistanceProblem,
  describeQueryProblem,
  describeSpatialError,
} from '../../i18n/spatial-messages';

const fmtKm = (n: number, d = 1) =>
  n.toLocaleString(intlLocale(), { maximumFractionDigits: d, minimumFractionDigits: d });

/** A typed distance checked, or the message naming what is wrong. */
function checkKm(text: string): { km: number } | { error: string } {
  const n = text.trim() === '' ? NaN : Number(text);
  const p = distanceProblem(n);
  return p ? { error: describeDistanceProblem(p, text) } : { km: n };
}

function DrawButton({ mode, label }: { mode: DrawMode; label: string }) {
  const drawMode = useAppStore((s) => s.drawMode);
  const setDrawMode = useAppStore((s) => s.setDrawMode);
  const on = drawMode === mode;
  return (
    <button
      type="button"
      aria-pressed={on}
      className={on ? 'active' : ''}
      onClick={() => setDrawMode(on ? null : mode)}
    >
      {label}
    </button>
  );
}

function SummaryTable({
  title,
  counts,
  label,
}: {
  title: string;
  counts: ReadonlyMap<string, SummaryCount>;
  label: (k: string) => string;
}) {
  if (counts.size === 0) return null;
  const rows = [...counts].sort((a, b) => b[1].total - a[1].total).slice(0, 8);
  return (
    <table className="query-summary">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('query.summary.value')}</th>
          <th scope="col">{t('query.inside')}</th>
          <th scope="col">{t('query.possibly')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([k, c]) => (
          <tr key={k}>
            <th scope="row">{label(k)}</th>
            <td>{c.inside || (c.possibly ? 0 : c.total)}</td>
            <td>{c.possibly}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function describeQuery(q: ActiveQuery, datasets: readonly Dataset[]): string {
  const s = q.spec;
  const name = (id: string) => {
    const f = findRow(datasets, id);
    return f ? String(f.row.values.name ?? id) : id;
  };
  switch (s.kind) {
    case 'within':
      return s.area.kind === 'state'
        ? t('query.desc.state', { state: s.area.code })
        : t(`query.desc.area.${s.area.kind}`);
    case 'radius':
      return t('query.desc.radius', { km: s.km, lat: s.center[1].toFixed(4), lon: s.center[0].toFixed(4) });
    case 'near':
      return t('query.desc.near', { km: s.km, name: name(s.id) });
    case 'nearest': {
      const ds = datasets.find((d) => d.id === s.dataset);
      return t('query.desc.nearest', {
        k: s.k,
        dataset: ds ? datasetLabel(ds) : s.dataset,
        name: name(s.id),
      });
    }
    case 'preset':
      return t(`query.preset.${s.preset}`, { km: s.km });
  }
}

/** The active question: what was asked, the area's size, the summary, exports. */
function ActiveQueryView({ q, datasets }: { q: ActiveQuery; datasets: readonly Dataset[] }) {
  const data = useAtlasData();
  const filters = useAppStore((s) => s.filters);
  const query = useAppStore((s) => s.query);
  const clearQuery = useAppStore((s) => s.clearQuery);
  const setNotice = useAppStore((s) => s.setNotice);
  const setTab = useAppStore((s) => s.setPanelTab);
  const day = asOfDayOf(filters);
  const summary = useMemo(() => summarizeHits(datasets, q.answer.hits, day), [datasets, q, day]);
  const area = q.answer.area;
  const fieldOf = (key: string) => datasets.flatMap((d) => d.fields).find((f) => f.key === key);
  const labelFor = (key: string) => (v: string) => {
    const f = fieldOf(key);
    return f ? valueLabel(f, v) : v;
  };
  const stamp = new Date().toISOString().slice(0, 10);
  const meta = () => ({
    query: q.spec,
    area,
    filters,
    asOf: data?.manifest.asOf ?? null,
    link: currentLink(),
  });
  const exportGeoJson = () =>
    downloadText(
      JSON.stringify(queryGeoJson(datasets, q.answer.hits, meta()), null, 1),
      `khanij-query-${stamp}.geojson`,
      'application/geo+json',
    );
  const exportCsv = () =>
    downloadText(
      queryCsv(datasets, q.answer.hits, formatFieldValue),
      `khanij-query-${stamp}.csv`,
      'text/csv;charset=utf-8',
    );
  const copyArea = async () => {
    if (!area) return;
    const ok = await copyText(JSON.stringify({ type: 'Feature', properties: { query }, geometry: area }));
    setNotice(t(ok ? 'query.copied' : 'query.copyRefused'));
  };
  const origin = q.spec.kind === 'near' || q.spec.kind === 'nearest' ? findRow(datasets, q.spec.id) : null;
  const copyMatrix = async () => {
    if (!origin) return;
    const items = [
      origin.row,
      ...q.answer.hits.slice(0, 50).map((h) => datasets.find((d) => d.id === h.datasetId)!.rows[h.index]!),
    ].map(matrixItemFromRow);
    const ok = await copyText(distanceMatrixCsv(distanceMatrixKm(items)));
    setNotice(t(ok ? 'query.matrixCopied' : 'query.copyRefused'));
  };
  return (
    <section className="query-active" aria-labelledby="query-active-title" data-testid="query-active">
      <h3 id="query-active-title">{t('query.active')}</h3>
      <p data-testid="query-description">{describeQuery(q, datasets)}</p>
      {q.pending && <p className="muted">{t('query.loadingOutline')}</p>}
      {q.computing && (
        <p className="muted" role="status" data-testid="query-computing">
          {t('query.computing')}
        </p>
      )}
      {q.answer.problem && !q.pending && (
        <p role="alert" className="query-error">
          {describeQueryProblem(q.answer.problem)}
        </p>
      )}
      {area && (
        <p data-testid="query-area-size">
          {t('query.areaSize', {
            km2: formatCount(Math.round(polygonAreaKm2(area))),
            ha: formatCount(Math.round(polygonAreaHa(area))),
          })}
        </p>
      )}
      <p data-testid="query-counts">
        {t('query.counts', {
          total: formatCount(summary.total.total),
          inside: formatCount(summary.total.inside),
          possibly: formatCount(summary.total.possibly),
        })}
      </p>
      <div className="query-buttons">
        <button type="button" onClick={() => setTab('results')}>
          {t('query.showTable')}
        </button>
        <button type="button" onClick={exportGeoJson} disabled={q.answer.hits.length === 0}>
          {t('query.exportGeoJson')}
        </button>
        <button type="button" onClick={exportCsv} disabled={q.answer.hits.length === 0}>
          {t('query.exportCsv')}
        </button>
        {area && (
          <button type="button" onClick={() => void copyArea()}>
            {t('query.copyArea')}
          </button>
        )}
        {origin && q.answer.hits.length > 0 && (
          <button type="button" onClick={() => void copyMatrix()}>
            {t('query.copyMatrix')}
          </button>
        )}
        <button type="button" onClick={clearQuery} data-testid="query-clear">
          {t('query.clear')}
        </button>
      </div>
      <SummaryTable
        title={t('query.summary.dataset')}
        counts={summary.byDataset}
        label={(id) => {
          const ds = datasets.find((d) => d.id === id);
          return ds ? datasetLabel(ds) : id;
        }}
      />
      <SummaryTable
        title={t('query.summary.mineral')}
        counts={summary.byMineral}
        label={labelFor('minerals')}
      />
      <SummaryTable title={t('query.summary.status')} counts={summary.byStatus} label={labelFor('status')} />
      <SummaryTable title={t('query.summary.state')} counts={summary.byState} label={labelFor('state')} />
      <p className="muted small">{t('query.rule')}</p>
    </section>
  );
}

/**
 * The Query tab: ask a spatial question (an area, a distance, the nearest, a preset), measure,
 * or type coordinates; the answer lists inside / possibly inside, with distance ranges.
 */
export function QueryPanel({ datasets }: { datasets: readonly Dataset[] }) {
  const id = useId();
  const q = useActiveQuery();
  const selectedId = useAppStore((s) => s.selectedId);
  const stateView = useAppStore((s) => s.stateView);
  const drawMode = useAppStore((s) => s.drawMode);
  const setQuery = useAppStore((s) => s.setQuery);
  const setDrawMode = useAppStore((s) => s.setDrawMode);
  const setQueryKm = useAppStore((s) => s.setQueryKm);
  const queryKm = useAppStore((s) => s.queryKm);
  const measurement = useAppStore((s) => s.measurement);
  const setMeasurement = useAppStore((s) => s.setMeasurement);
  const [kmText, setKmText] = useState(String(queryKm));
  const [error, setError] = useState<string | null>(null);
  const [coordText, setCoordText] = useState('');
  const [nearDataset, setNearDataset] = useState(
    datasets.find((d) => d.id === 'processing')?.id ?? datasets[0]?.id ?? '',
  );
  const [kText, setKText] = useState('5');
  const [preset, setPreset] = useState<PresetId>(PRESET_IDS[0]);

  const withKm = (run: (km: number) => void) => {
    const r = checkKm(kmText);
    if ('error' in r) return setError(r.error);
    setError(null);
    setQueryKm(r.km);
    run(r.km);
  };
  // The question asked from this panel whose answer the camera should show once it is known.
  const fitFor = useRef<string | null>(null);
  const query = useAppStore((s) => s.query);
  useEffect(() => {
    if (!q || q.computing || q.pending || fitFor.current === null || fitFor.current !== query) return;
    fitFor.current = null;
    const extent = answerExtent(datasets, q.answer);
    if (extent) showExtent(extent, 9);
  }, [q, query, datasets]);
  const ask = (spec: Parameters<typeof encodeQuerySpec>[0]) => {
    setError(null);
    const encoded = encodeQuerySpec(spec);
    fitFor.current = encoded;
    setQuery(encoded);
  };
  const selected = selectedId ? findRow(datasets, selectedId) : null;
  const typed = () => {
    const r = parseCoordinates(coordText);
    if (!r.ok) {
      setError(describeSpatialError(r.error));
      return null;
    }
    setError(null);
    return r.value;
  };

  return (
    <section className="query-panel" aria-labelledby={`${id}-title`} data-testid="query-panel">
      <h2 id={`${id}-title`}>{t('query.title')}</h2>
      <p className="muted small">{t('query.intro')}</p>
      {error && (
        <p role="alert" className="query-error" data-testid="query-error">
          {error}
        </p>
      )}
      <div className="query-km">
        <label htmlFor={`${id}-km`}>{t('query.km')}</label>
        <input
          id={`${id}-km`}
          type="text"
          inputMode="decimal"
          value={kmText}
          onChange={(e) => setKmText(e.target.value)}
          data-testid="query-km"
        />
      </div>

      <fieldset>
        <legend>{t('query.areaTitle')}</legend>
        <div className="query-buttons">
          <DrawButton mode="rectangle" label={t('query.draw.rectangle')} />
          <DrawButton mode="polygon" label={t('query.draw.polygon')} />
          <DrawButton mode="circle" label={t('query.draw.circle')} />
          <button
            type="button"
            aria-pressed={drawMode === 'line'}
            onClick={() => withKm(() => setDrawMode(drawMode === 'line' ? null : 'line'))}
          >
            {t('query.draw.line')}
          </button>
          {stateView && (
            <button
              type="button"
              onClick={() => ask({ kind: 'within', area: { kind: 'state', code: stateView } })}
            >
              {t('query.useState')}
            </button>
          )}
          {selected && (
            <button
              type="button"
              onClick={() =>
                withKm((km) =>
                  ask({
                    kind: 'within',
                    area: { kind: 'circle', center: [selected.row.lon, selected.row.lat], radiusKm: km },
                  }),
                )
              }
            >
              {t('query.bufferSelected')}
            </button>
          )}
        </div>
        {drawMode && drawMode !== 'point' && (
          <p className="muted small" role="status">
            {t(`query.hint.${drawMode}`)}
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('query.distanceTitle')}</legend>
        <div className="query-buttons">
          <button
            type="button"
            aria-pressed={drawMode === 'point'}
            onClick={() => withKm(() => setDrawMode(drawMode === 'point' ? null : 'point'))}
          >
            {t('query.pickPoint')}
          </button>
          {selected && (
            <button
              type="button"
              onClick={() => withKm((km) => ask({ kind: 'near', id: selected.row.id, km }))}
            >
              {t('query.nearSelected')}
            </button>
          )}
        </div>
        {drawMode === 'point' && (
          <p className="muted small" role="status">
            {t('query.hint.point')}
          </p>
        )}
        {selected ? (
          <div className="query-row">
            <label htmlFor={`${id}-k`}>{t('query.nearestK')}</label>
            <input
              id={`${id}-k`}
              type="text"
              inputMode="numeric"
              size={3}
              value={kText}
              onChange={(e) => setKText(e.target.value)}
            />
            <label htmlFor={`${id}-ds`} className="visually-hidden">
              {t('query.nearestDataset')}
            </label>
            <select id={`${id}-ds`} value={nearDataset} onChange={(e) => setNearDataset(e.target.value)}>
              {datasets.map((d) => (
                <option key={d.id} value={d.id}>
                  {datasetLabel(d)}
                </option>
              ))}
            </select>
            <button
              type="button"
              onClick={() => {
                const k = Number(kText);
                if (!Number.isInteger(k) || k < 1 || k > MAX_NEAREST)
                  return setError(t('query.error.k', { value: kText, max: MAX_NEAREST }));
                ask({ kind: 'nearest', id: selected.row.id, dataset: nearDataset, k });
              }}
            >
              {t('query.nearestRun')}
            </button>
          </div>
        ) : (
          <p className="muted small">{t('query.selectForMore')}</p>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('query.presetTitle')}</legend>
        <div className="query-row">
          <label htmlFor={`${id}-preset`} className="visually-hidden">
            {t('query.presetTitle')}
          </label>
          <select id={`${id}-preset`} value={preset} onChange={(e) => setPreset(e.target.value as PresetId)}>
            {PRESET_IDS.map((p) => (
              <option key={p} value={p}>
                {t(`query.preset.${p}`, { km: kmText })}
              </option>
            ))}
          </select>
          <button
            type="button"
            onClick={() =>
              // The nearest-hub preset has no distance: a bad distance in the box must not stop it.
              preset === 'hub-for-awarded-blocks'
                ? ask({ kind: 'preset', preset, km: queryKm })
                : withKm((km) => ask({ kind: 'preset', preset, km }))
            }
          >
            {t('query.presetRun')}
          </button>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('query.measureTitle')}</legend>
        <div className="query-buttons">
          <DrawButton mode="measure-line" label={t('query.measure.line')} />
          <DrawButton mode="measure-polygon" label={t('query.measure.polygon')} />
        </div>
        {drawMode?.startsWith('measure') && <p className="muted small">{t(`query.hint.${drawMode}`)}</p>}
        <label htmlFor={`${id}-coords`}>{t('query.coordsLabel')}</label>
        <textarea
          id={`${id}-coords`}
          rows={3}
          value={coordText}
          onChange={(e) => setCoordText(e.target.value)}
          placeholder="28.6139, 77.2090"
          data-testid="query-coords"
        />
        <div className="query-buttons">
          <button
            type="button"
            onClick={() => {
              const pts = typed();
              if (pts) withKm((km) => ask({ kind: 'radius', center: pts[0]!, km }));
            }}
          >
            {t('query.coords.point')}
          </button>
          <button
            type="button"
            onClick={() => {
              const pts = typed();
              if (!pts) return;
              if (pts.length < 2) return setError(t('query.error.pathPoints'));
              setMeasurement({ kind: 'line', lengthKm: pathLengthKm(pts), areaKm2: 0, vertices: pts.length });
            }}
          >
            {t('query.coords.path')}
          </button>
          <button
            type="button"
            onClick={() => {
              const pts = typed();
              if (!pts) return;
              const poly = polygonFromPoints(pts);
              if (!poly) return setError(t('query.error.areaPoints'));
              const v = validateArea(poly);
              if (!v.ok) return setError(describeSpatialError(v.error));
              setMeasurement({
                kind: 'polygon',
                lengthKm: pathLengthKm(poly.coordinates[0]!),
                areaKm2: polygonAreaKm2(poly),
                vertices: pts.length,
              });
              ask({ kind: 'within', area: { kind: 'polygon', geometry: poly } });
            }}
          >
            {t('query.coords.area')}
          </button>
        </div>
        <output aria-live="polite" data-testid="measure-result" className="measure-result">
          {measurement
            ? measurement.kind === 'line'
              ? t('query.measure.length', { km: fmtKm(measurement.lengthKm) })
              : t('query.measure.area', {
                  km2: fmtKm(measurement.areaKm2),
                  ha: formatCount(Math.round(measurement.areaKm2 * 100)),
                })
            : ''}
        </output>
      </fieldset>

      {q && <ActiveQueryView q={q} datasets={datasets} />}
    </section>
  );
}
