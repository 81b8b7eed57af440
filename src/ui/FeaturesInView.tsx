import { useMemo } from 'react';
import { LAYER_IDS, type AtlasFeature } from '../data/schema';
import type { AtlasData } from '../data/load';
import { useAppStore } from '../state/store';
import { shownFeatures } from '../domain/filter';
import { FeatureRow } from './FeatureRow';
import type { ResolvedTheme } from './use-theme';

const MAX_ROWS = 150;

function inBounds(f: AtlasFeature, b: readonly [number, number, number, number]): boolean {
  const [x, y] = f.geometry.coordinates;
  return x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
}

/** The shown features inside the map's current extent. */
export function FeaturesInView({ data, theme }: { data: AtlasData; theme: ResolvedTheme }) {
  const visibleLayers = useAppStore((s) => s.visibleLayers);
  const hiddenCategories = useAppStore((s) => s.hiddenCategories);
  const bounds = useAppStore((s) => s.viewBounds);

  const features = useMemo(() => {
    const choice = { visibleLayers, hiddenCategories };
    const all = LAYER_IDS.flatMap((l) => shownFeatures(data.layers[l].features, choice));
    return (bounds ? all.filter((f) => inBounds(f, bounds)) : all).sort((a, b) =>
      a.properties.name.localeCompare(b.properties.name),
    );
  }, [data, visibleLayers, hiddenCategories, bounds]);

  return (
    <section aria-labelledby="in-view-title">
      <h2 id="in-view-title">
        In view <span className="count">{features.length}</span>
      </h2>
      {features.length === 0 ? (
        <p className="muted">No shown feature lies in this part of the map. Zoom out or switch layers on.</p>
      ) : (
        <ul className="feature-list" data-testid="in-view-list">
          {features.slice(0, MAX_ROWS).map((f) => (
            <FeatureRow key={f.properties.id} feature={f} theme={theme} />
          ))}
        </ul>
      )}
      {features.length > MAX_ROWS && (
        <p className="muted">…and {features.length - MAX_ROWS} more: zoom in to narrow the list.</p>
      )}
    </section>
  );
}
