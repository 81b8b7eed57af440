import { useMemo, useState } from 'react';
import type { AtlasData } from '../../data/load';
import type { Dataset } from '../../data/datasets';
import type { AtlasFeature, BlockProps } from '../../data/schema';
import { useAppStore } from '../../state/store';
import { trancheTimeline } from '../../domain/insights/tranches';
import { t } from '../../i18n';
import { AuctionPipeline, TrancheChanges, TrancheTimeline } from './AuctionLifecycle';
import { MissionDashboard } from './MissionDashboard';
import { ChoroplethControls } from './ChoroplethControls';
import { Charts } from './Charts';
import { TimeSlider } from './TimeSlider';
import type { ResolvedTheme } from '../use-theme';
import { scrollPanelTo } from './scroll';

/**
 * The Insights tab: the time slider, the choropleth's controls and the charts (all views over
 * the filter model), then the auction pipeline (first for investors), the tranche timeline with
 * what changed in a chosen tranche, and the mission dashboard.
 */
export function InsightsPanel({
  data,
  datasets,
  theme,
}: {
  data: AtlasData;
  datasets: readonly Dataset[];
  theme: ResolvedTheme;
}) {
  const audience = useAppStore((s) => s.audience);
  const latest = useMemo(() => {
    const tl = trancheTimeline(
      data.layers.blocks.features as AtlasFeature<BlockProps>[],
      data.layers.blocks.metadata.figures,
    ).filter((tr) => tr.blocksInData > 0);
    return (tl.filter((tr) => /^[IVXL]+$/.test(tr.tranche)).at(-1) ?? tl.at(-1))?.tranche ?? null;
  }, [data]);
  const [picked, setPicked] = useState<string | null>(null);
  const tranche = picked ?? latest;
  const pick = (tr: string) => {
    setPicked(tr);
    scrollPanelTo('tc-title');
  };
  return (
    <div className="insights" data-testid="insights-panel">
      <h2 id="insights-title" tabIndex={-1}>
        {t('insights.title')}
      </h2>
      <p className="muted">{t('insights.intro')}</p>
      {audience === 'investor' && <AuctionPipeline data={data} />}
      <TimeSlider datasets={datasets} />
      <ChoroplethControls datasets={datasets} />
      <Charts datasets={datasets} theme={theme} />
      <TrancheTimeline data={data} theme={theme} onPick={pick} picked={tranche} />
      {tranche && <TrancheChanges data={data} tranche={tranche} onPick={setPicked} />}
      {audience !== 'investor' && <AuctionPipeline data={data} />}
      <MissionDashboard data={data} theme={theme} />
    </div>
  );
}
