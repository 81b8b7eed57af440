import type { Dataset } from '../../data/datasets';
import { useAppStore } from '../../state/store';
import { DEFAULT_CHOROPLETH } from '../../state/slices/insights';
import { useChoropleth } from '../../state/selectors/choropleth';
import {
  CHOROPLETH_MEASURES,
  isBlockMeasure,
  type ChoroplethLevel,
  type ChoroplethMeasure,
} from '../../domain/insights/choropleth';
import { choroplethAreaName, formatMeasureValue } from '../../domain/insights/choropleth-text';
import { BLOCK_STATUSES } from '../../domain/model/enums';
import { categoryLabel } from '../../domain/symbology';
import { t, formatCount } from '../../i18n';
import { DataTable } from '../DataTable';

/**
 * Points or a choropleth, and its measure: a radio group and two selects. The values table
 * under them is the choropleth's text alternative (largest first).
 */
export function ChoroplethControls({ datasets }: { datasets: readonly Dataset[] }) {
  const choice = useAppStore((s) => s.choropleth);
  const setChoice = useAppStore((s) => s.setChoropleth);
  const view = useChoropleth(datasets);
  const cur = choice ?? DEFAULT_CHOROPLETH;
  const mode: 'points' | ChoroplethLevel = choice ? choice.level : 'points';
  const setMode = (m: 'points' | ChoroplethLevel) => setChoice(m === 'points' ? null : { ...cur, level: m });
  const rows = view
    ? [...view.data.values.entries()].sort((a, b) => b[1].value - a[1].value || a[0].localeCompare(b[0]))
    : [];

  return (
    <section className="insights-section" aria-labelledby="shade-title" data-testid="choropleth-controls">
      <h3 id="shade-title">{t('insights.shade.title')}</h3>
      <fieldset className="shade-mode">
        <legend>{t('insights.shade.show')}</legend>
        {(['points', 'state', 'district'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="shade-mode"
              value={m}
              checked={mode === m}
              onChange={() => setMode(m)}
            />
            {t(`insights.shade.${m}`)}
          </label>
        ))}
      </fieldset>
      <div className="shade-selects">
        <label>
          {t('insights.shade.measure')}
          <select
            value={cur.measure}
            onChange={(e) =>
              setChoice({
                ...cur,
                measure: e.target.value as ChoroplethMeasure,
                level: choice?.level ?? 'state',
              })
            }
          >
            {CHOROPLETH_MEASURES.map((m) => (
              <option key={m} value={m}>
                {t(`insights.measure.${m}`)}
              </option>
            ))}
          </select>
        </label>
        {isBlockMeasure(cur.measure) && (
          <label>
            {t('insights.shade.status')}
            <select
              value={cur.status ?? ''}
              onChange={(e) =>
                setChoice({ ...cur, status: e.target.value || null, level: choice?.level ?? 'state' })
              }
            >
              <option value="">{t('insights.shade.anyStatus')}</option>
              {BLOCK_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {categoryLabel('blocks', s)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {view && (
        <details className="shade-table">
          <summary>{t('insights.shade.tableSummary', { count: rows.length })}</summary>
          <DataTable
            className="small-table"
            testId="choropleth-table"
            columns={[
              t('insights.shade.tableArea'),
              t('insights.shade.tableValue'),
              t('insights.shade.tableAtCentre'),
            ]}
          >
            {rows.map(([key, v]) => (
              <tr key={key} data-key={key}>
                <th scope="row">{choroplethAreaName(key)}</th>
                <td>{formatMeasureValue(view.data.measure, v.value)}</td>
                <td>{formatCount(v.atStateCentre)}</td>
              </tr>
            ))}
          </DataTable>
        </details>
      )}
    </section>
  );
}
