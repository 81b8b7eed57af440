import type { Dataset } from '../../data/datasets';
import { t } from '../../i18n';
import { ChoroplethControls } from './ChoroplethControls';
import { Charts } from './Charts';
import { TimeSlider } from './TimeSlider';
import type { ResolvedTheme } from '../use-theme';

/** The Insights tab: the choropleth's controls, the charts and the time slider. */
export function InsightsPanel({ datasets, theme }: { datasets: readonly Dataset[]; theme: ResolvedTheme }) {
  return (
    <div className="insights" data-testid="insights-panel">
      <h2 id="insights-title" tabIndex={-1}>
        {t('insights.title')}
      </h2>
      <p className="muted">{t('insights.intro')}</p>
      <TimeSlider datasets={datasets} />
      <ChoroplethControls datasets={datasets} />
      <Charts datasets={datasets} theme={theme} />
    </div>
  );
}
