import type { Dataset } from '../data/datasets';
import { isLayerVisible, useAppStore } from '../state/store';
import { facetCountsOf, filteredIndexes } from '../state/selectors/filtered';
import { SYMBOLOGY, categoryLabel, categoryHint, PRECISION_RADIUS_KM } from '../domain/symbology';
import { scopedKey } from '../domain/filter/spec';
import { runCommand, showExtent } from '../commands/registry';
import { extentOf } from '../domain/places';
import { t } from '../i18n';
import { Swatch } from './Swatch';
import { datasetLabel } from './dataset-label';
import { UserLayerControls } from './UserLayerControls';
import { LegendCategory } from './LegendCategory';
import type { ResolvedTheme } from './use-theme';
import { asOfDayOf, dateOfDay } from '../domain/insights/timeline';
import { formatDate } from '../domain/format';

/**
 * The legend is also a filter: each dataset can be switched off, and each of its categories
 * hidden (a `none-of` condition of the filter model). Category counts follow the other active
 * filters; a category with nothing left stays listed, dimmed.
 */
export function Legend({ datasets, theme }: { datasets: readonly Dataset[]; theme: ResolvedTheme }) {
  const hiddenLayers = useAppStore((s) => s.hiddenLayers);
  const filters = useAppStore((s) => s.filters);
  const setLayerVisible = useAppStore((s) => s.setLayerVisible);
  const toggleCategory = useAppStore((s) => s.toggleCategory);
  const day = asOfDayOf(filters);

  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" tabIndex={-1}>
        {t('legend.title')}
      </h2>
      {datasets.map((ds) => {
        const sym = SYMBOLOGY[ds.layer];
        const on = isLayerVisible({ hiddenLayers }, ds.id);
        const shown = on ? filteredIndexes(ds, filters).length : 0;
        const field = ds.categoryField;
        const counts = field ? facetCountsOf(ds, filters, field) : new Map<string, number>();
        // A timed category (a block's status) lists every value it ever took: the slider shows them.
        const timed = !!field && ds.fields.some((f) => f.key === field && f.timed);
        const inData = new Set(
          field
            ? ds.rows.flatMap((r) => [
                String(r.values[field]),
                ...(timed ? (r.history?.[field] ?? []).map(([, v]) => v) : []),
              ])
            : [],
        );
        const cond = field ? filters[scopedKey(ds.id, field)] : undefined;
        const hiddenValues = cond?.op === 'out' ? cond.values : [];
        const categories = field ? sym.categories.filter((c) => inData.has(c.value)) : sym.categories;
        return (
          <div key={ds.id} className={`legend-layer ${on ? '' : 'off'}`} data-layer={ds.id}>
            <div className="legend-layer-head">
              <label>
                <input
                  type="checkbox"
                  checked={on}
                  onChange={(e) => setLayerVisible(ds.id, e.target.checked)}
                />
                {ds.kind === 'user' && <Swatch shape="circle" color={ds.color ?? '#d81b60'} />}
                <span className="legend-layer-title">{datasetLabel(ds)}</span>
              </label>
              <span className="count" data-testid={`shown-${ds.id}`}>
                {t('legend.shown', { shown, total: ds.rows.length })}
              </span>
            </div>
            {ds.id === 'overseas' && ds.rows.length > 0 && (
              <p className="legend-note">
                {t('legend.outsideIndia')}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    const b = extentOf(ds.rows.map((r) => ({ geometry: { coordinates: [r.lon, r.lat] } })));
                    if (b) showExtent(b, 4);
                  }}
                >
                  {t('legend.showOverseas')}
                </button>{' '}
                ·{' '}
                <button type="button" className="link-button" onClick={() => runCommand('fit-india')}>
                  {t('legend.backToIndia')}
                </button>
              </p>
            )}
            {timed && day !== null && on && (
              <p className="legend-note" data-testid={`legend-asof-${ds.id}`}>
                {t('asof.legend.note', { date: formatDate(dateOfDay(day)) })}
              </p>
            )}
            {ds.kind === 'user' && <UserLayerControls ds={ds} />}
            <ul className="legend-cats">
              {(ds.kind === 'user' ? [] : categories).map((c) => (
                <LegendCategory
                  key={c.value}
                  value={c.value}
                  label={categoryLabel(ds.layer, c.value)}
                  shape={sym.shape}
                  color={c.color[theme]}
                  count={field ? (counts.get(c.value) ?? 0) : shown}
                  hidden={hiddenValues.includes(c.value)}
                  disabled={!on || !field}
                  hint={categoryHint(ds.layer, c.value)}
                  onToggle={() => field && toggleCategory(ds.id, field, c.value)}
                />
              ))}
            </ul>
          </div>
        );
      })}
      <p className="legend-note" data-testid="cluster-note">
        {t('legend.clusterNote')}
      </p>
      <p className="legend-note" data-testid="stack-note">
        {t('legend.stackNote')}
      </p>
      <p className="legend-note" data-testid="precision-note">
        {t('legend.precisionNote')}
      </p>
      <p className="legend-note" data-testid="district-note">
        {t('legend.districtNote')}
      </p>
      <p className="legend-note" data-testid="town-note">
        {t('legend.townNote')}
      </p>
      <p className="legend-note" data-testid="disc-note">
        {t('legend.discNote', { district: PRECISION_RADIUS_KM.district!, state: PRECISION_RADIUS_KM.state! })}
      </p>
    </section>
  );
}
