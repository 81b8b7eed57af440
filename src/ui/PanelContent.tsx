import { useAtlasData } from '../state/use-data';
import { featureIndex } from '../data/indexes';
import { useAppStore } from '../state/store';
import { Legend } from './Legend';
import { FeaturesInView } from './FeaturesInView';
import { FeatureCard } from './FeatureCard';
import { StatePicker, StateSummary } from './StateView';
import { KeyFigures } from './KeyFigures';
import type { ResolvedTheme } from './use-theme';

/** The panel: a feature's card when one is selected; otherwise legend, state view and lists. */
export function PanelContent({ theme }: { theme: ResolvedTheme }) {
  const data = useAtlasData();
  const selectedId = useAppStore((s) => s.selectedId);
  const stateView = useAppStore((s) => s.stateView);
  if (!data) return null;
  const selected = selectedId ? featureIndex(data).get(selectedId) : undefined;
  if (selected) return <FeatureCard feature={selected.feature} theme={theme} />;
  return (
    <>
      <StatePicker data={data} />
      {stateView ? <StateSummary data={data} code={stateView} theme={theme} /> : null}
      <Legend data={data} theme={theme} />
      <KeyFigures data={data} />
      {!stateView && <FeaturesInView data={data} theme={theme} />}
    </>
  );
}
