import { useId, useState } from 'react';
import {
  cancelImport,
  importFile,
  importText,
  importWithColumns,
  messageText,
  useImportState,
} from './import-runner';
import type { ImportReport, ReasonGroup } from '../../domain/import/types';
import { t, formatCount } from '../../i18n';

/** The detector's candidates first (best first), then every other column of the table. */
function columnChoices(candidates: readonly { column: string }[], headers: readonly string[] = []): string[] {
  const first = candidates.map((c) => c.column);
  return [...first, ...headers.filter((h) => !first.includes(h))];
}

/** One coordinate column to choose (the detector's best guess preselected). */
function ColumnSelect(p: {
  id: string;
  label: string;
  choices: readonly string[];
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <>
      <label htmlFor={p.id}>{p.label}</label>
      <select id={p.id} value={p.value || p.choices[0]} onChange={(e) => p.onChange(e.target.value)}>
        {p.choices.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </>
  );
}

function Reasons({ title, groups }: { title: string; groups: readonly ReasonGroup<string>[] }) {
  if (groups.length === 0) return null;
  return (
    <div className="import-reasons">
      <h4>{title}</h4>
      <ul>
        {groups.map((g) => (
          <li key={g.kind} data-kind={g.kind}>
            {messageText({ ...g.message, params: { ...g.message.params, count: g.count } })}
            {g.examples.length > 0 && (
              <ul className="import-examples">
                {g.examples.map((e, i) => (
                  <li key={i}>
                    {e.index < 0
                      ? t('import.exampleFile', { text: e.text })
                      : t('import.example', { n: e.index + 1, text: e.text })}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Report({ name, report }: { name: string; report: ImportReport }) {
  return (
    <section
      className="import-report"
      data-testid="import-report"
      aria-label={t('import.reportTitle', { name })}
    >
      <h3>{t('import.reportTitle', { name })}</h3>
      <p data-testid="import-counts">
        {t('import.reportCounts', {
          accepted: formatCount(report.accepted),
          count: report.total,
          rejected: formatCount(report.rejected),
        })}
      </p>
      <Reasons title={t('import.rejectedTitle')} groups={report.rejections} />
      <Reasons title={t('import.warningsTitle')} groups={report.warnings} />
    </section>
  );
}

/**
 * Bring your own data: a file picker, a paste box, the progress of the running import with a
 * cancel button, the question about coordinate columns when a table leaves them unclear, and
 * the report of the last import. Every text from the file is shown as text.
 */
export function ImportPanel() {
  const id = useId();
  const s = useImportState();
  const [pasted, setPasted] = useState('');
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const busy = s.phase === 'reading' || s.phase === 'adding';

  return (
    <section className="import-panel" aria-labelledby={`${id}-title`} data-testid="import-panel">
      <h2 id={`${id}-title`}>{t('import.title')}</h2>
      <p className="muted small">{t('import.intro')}</p>
      <label className="button-like import-choose">
        {t('import.choose')}
        <input
          type="file"
          className="visually-hidden"
          data-testid="import-input"
          accept=".geojson,.json,.ndjson,.geojsonl,.geojsons,.csv,.tsv,.txt,.kml,.kmz,.gpx,.zip"
          disabled={busy}
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void importFile(f);
          }}
        />
      </label>
      <details className="import-paste">
        <summary>{t('import.pasteSummary')}</summary>
        <label htmlFor={`${id}-paste`}>{t('import.pasteLabel')}</label>
        <textarea
          id={`${id}-paste`}
          rows={4}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          data-testid="import-paste"
        />
        <button type="button" disabled={busy || pasted.trim() === ''} onClick={() => void importText(pasted)}>
          {t('import.pasteRun')}
        </button>
      </details>

      {s.phase === 'reading' && (
        <div className="import-progress" role="status">
          <label htmlFor={`${id}-progress`}>{t('import.reading', { name: s.name })}</label>
          <progress id={`${id}-progress`} max={1} value={s.fraction} data-testid="import-progress" />
          <button type="button" onClick={cancelImport}>
            {t('import.cancel')}
          </button>
        </div>
      )}

      {s.phase === 'adding' && (
        <p role="status" className="muted" data-testid="import-adding">
          {t('import.adding', { count: formatCount(s.count), name: s.name })}
        </p>
      )}

      {s.phase === 'saving' && (
        <p role="status" className="muted" data-testid="import-saving">
          {t('import.saving', { count: formatCount(s.count), name: s.name })}
        </p>
      )}

      {s.phase === 'columns' && (
        <form
          className="import-columns"
          data-testid="import-columns"
          onSubmit={(e) => {
            e.preventDefault();
            const la = lat || columnChoices(s.candidates.lat, s.candidates.headers)[0];
            const lo = lon || columnChoices(s.candidates.lon, s.candidates.headers)[0];
            if (la && lo) void importWithColumns({ lat: la, lon: lo, swapped: false });
          }}
        >
          <h3>{t('import.columnsTitle')}</h3>
          <p role="alert">{messageText(s.message)}</p>
          <ColumnSelect
            id={`${id}-lat`}
            label={t('import.latColumn')}
            choices={columnChoices(s.candidates.lat, s.candidates.headers)}
            value={lat}
            onChange={setLat}
          />
          <ColumnSelect
            id={`${id}-lon`}
            label={t('import.lonColumn')}
            choices={columnChoices(s.candidates.lon, s.candidates.headers)}
            value={lon}
            onChange={setLon}
          />
          <div className="query-buttons">
            <button type="submit">{t('import.columnsRun')}</button>
            <button type="button" onClick={cancelImport}>
              {t('import.cancel')}
            </button>
          </div>
        </form>
      )}

      {s.phase === 'failed' && (
        <>
          <p role="alert" className="query-error" data-testid="import-error">
            {messageText(s.message)}
          </p>
          {s.report && s.report.total > 0 && <Report name={s.name} report={s.report} />}
        </>
      )}

      {s.phase === 'done' && (
        <>
          {s.columns && (
            <p className="muted small">
              {t(s.columns.swapped ? 'import.reportColumnsSwapped' : 'import.reportColumns', {
                lat: s.columns.lat,
                lon: s.columns.lon,
              })}
            </p>
          )}
          {!s.stored && <p className="muted small">{t('import.notStored')}</p>}
          <Report name={s.name} report={s.report} />
        </>
      )}
    </section>
  );
}
