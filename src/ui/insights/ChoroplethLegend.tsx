import type { Dataset } from '../../data/datasets';
import { useAppStore } from '../../state/store';
import { useChoropleth } from '../../state/selectors/choropleth';
import { CHOROPLETH_NONE, rampColours } from '../../domain/insights/choropleth';
import { formatClassRange } from '../../domain/insights/choropleth-text';
import { categoryLabel } from '../../domain/symbology';
import { t } from '../../i18n';
import type { ResolvedTheme } from '../use-theme';

/**
 * The choropleth's classed legend on the map: what is shaded, each class's range and colour,
 * how many areas it holds, and what the counts include (features at state centres).
 */
export function ChoroplethLegend({
  datasets,
  theme,
}: {
  datasets: readonly Dataset[];
  theme: ResolvedTheme;
}) {
  const view = useChoropleth(datasets);
  const setChoice = useAppStore((s) => s.setChoropleth);
  if (!view) return null;
  const { choice, data, classes } = view;
  const colours = rampColours(theme, classes.length);
  const measure = t(`insights.measure.${choice.measure}`);
  const level = t(`insights.legend.level.${choice.level}`);
  const zeroAreas = view.keys.filter((k) => !(data.values.get(k)?.value ?? 0)).length;
  return (
    <section
      className="choropleth-legend"
      aria-label={t('insights.legend.label')}
      data-testid="choropleth-legend"
    >
      <h2>
        {choice.status
          ? t('insights.legend.titleStatus', {
              measure,
              status: categoryLabel('blocks', choice.status),
              level,
            })
          : t('insights.legend.title', { measure, level })}
      </h2>
      <ul>
        {[...classes].reverse().map((c) => (
          <li
            key={c.index}
            data-class={c.index}
            data-min={c.min}
            data-max={c.max}
            data-colour={colours[c.index]}
          >
            <span className="choropleth-swatch" style={{ background: colours[c.index] }} aria-hidden="true" />
            <span className="choropleth-range">{formatClassRange(choice.measure, c)}</span>
            <span className="muted">{t('insights.legend.areas', { count: c.areas })}</span>
          </li>
        ))}
        <li data-class="-1" data-colour={CHOROPLETH_NONE[theme]}>
          <span
            className="choropleth-swatch"
            style={{ background: CHOROPLETH_NONE[theme] }}
            aria-hidden="true"
          />
          <span className="choropleth-range">{t('insights.legend.none')}</span>
          <span className="muted">{t('insights.legend.areas', { count: zeroAreas })}</span>
        </li>
      </ul>
      {view.loading && <p className="muted">{t('insights.legend.loading')}</p>}
      <p className="choropleth-notes">
        {classes.length > 1 && <>{t('insights.legend.quantiles')} </>}
        {view.byQuery ? t('insights.legend.byQuery') : t('insights.legend.filtered')}
        {data.atStateCentre > 0 && <> {t('insights.legend.atStateCentre', { count: data.atStateCentre })}</>}
        {choice.level === 'district' && data.uncounted > 0 && (
          <> {t('insights.legend.uncountedDistrict', { count: data.uncounted })}</>
        )}
        {data.noOutline > 0 && <> {t('insights.legend.noOutline', { count: data.noOutline })}</>}
        {data.unknownArea > 0 && <> {t('insights.legend.unknownArea', { count: data.unknownArea })}</>}
      </p>
      <button type="button" className="link-button" onClick={() => setChoice(null)}>
        {t('insights.shade.backToPoints')}
      </button>
    </section>
  );
}
