import { useMemo } from 'react';
import { useAtlasData, useDatasets } from '../state/use-data';
import { featureIndex, rowIndex } from '../data/indexes';
import { useAppStore } from '../state/store';
import { filteredIndexes } from '../state/selectors/filtered';
import { Legend } from './Legend';
import { ImportPanel } from './import/ImportPanel';
import { FeatureCard } from './FeatureCard';
import { GenericCard } from './GenericCard';
import { DistrictSummary, StatePicker, StateSummary } from './StateView';
import { KeyFigures } from './KeyFigures';
import { SearchBox } from './search/SearchBox';
import { FilterChips } from './filters/FilterChips';
import { FilterPanel } from './filters/FilterPanel';
import { ResultsTable } from './table/ResultsTable';
import { QueryPanel } from './query/QueryPanel';
import { ExportPanel } from './export/ExportPanel';
import { useActiveQuery } from '../state/selectors/query';
import { PanelTabs, tabId, tabPanelId } from './PanelTabs';
import { InsightsPanel } from './insights/InsightsPanel';
import type { ResolvedTheme } from './use-theme';

/**
 * The panel: the search box, the active filters, the selected feature's card, and three parts
 * as tabs — layers & legend (with the state view and key figures), filters, results.
 */
export function PanelContent({ theme }: { theme: ResolvedTheme }) {
  const data = useAtlasData();
  const datasets = useDatasets();
  const selectedId = useAppStore((s) => s.selectedId);
  const stateView = useAppStore((s) => s.stateView);
  const districtView = useAppStore((s) => s.districtView);
  const tab = useAppStore((s) => s.panelTab);
  const filters = useAppStore((s) => s.filters);
  const hiddenLayers = useAppStore((s) => s.hiddenLayers);
  const query = useActiveQuery();
  const allCount = useMemo(
    () =>
      datasets.reduce(
        (n, d) => (hiddenLayers.includes(d.id) ? n : n + filteredIndexes(d, filters).length),
        0,
      ),
    [datasets, filters, hiddenLayers],
  );
  // While a question is active the table (and the map) show its answer only.
  const resultCount = query ? query.answer.hits.length : allCount;
  if (!data) return null;
  const curated = selectedId ? featureIndex(data).get(selectedId) : undefined;
  const other = !curated && selectedId ? rowIndex(datasets).get(selectedId) : undefined;

  return (
    <>
      <SearchBox datasets={datasets} />
      <FilterChips datasets={datasets} />
      {curated && <FeatureCard feature={curated.feature} theme={theme} />}
      {other && <GenericCard ds={other.dataset} index={other.index} />}
      <PanelTabs resultCount={resultCount} />
      <div role="tabpanel" id={tabPanelId(tab)} aria-labelledby={tabId(tab)} className="tab-panel">
        {tab === 'layers' && (
          <>
            <StatePicker data={data} />
            {districtView ? (
              <DistrictSummary data={data} districtKey={districtView} theme={theme} />
            ) : stateView ? (
              <StateSummary data={data} code={stateView} theme={theme} />
            ) : null}
            <Legend datasets={datasets} theme={theme} />
            <ImportPanel />
            <KeyFigures data={data} />
          </>
        )}
        {tab === 'filters' && <FilterPanel datasets={datasets} />}
        {tab === 'query' && <QueryPanel datasets={datasets} />}
        {tab === 'insights' && <InsightsPanel data={data} datasets={datasets} theme={theme} />}
        {tab === 'results' && (
          <>
            <ResultsTable datasets={datasets} />
            <ExportPanel datasets={datasets} />
          </>
        )}
      </div>
    </>
  );
}
