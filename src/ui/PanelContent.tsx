import { useAtlasData } from '../data/registry';
import { LAYER_IDS } from '../data/schema';
import { useAppStore } from '../state/store';
import { SYMBOLOGY } from '../domain/symbology';
import { shownFeatures } from '../domain/filter';

/** What the side panel shows: the layers with their counts. */
export function PanelContent() {
  const data = useAtlasData();
  const visibleLayers = useAppStore((s) => s.visibleLayers);
  const hiddenCategories = useAppStore((s) => s.hiddenCategories);
  const setLayerVisible = useAppStore((s) => s.setLayerVisible);
  if (!data) return null;
  return (
    <section aria-labelledby="layers-title">
      <h2 id="layers-title">Layers</h2>
      <ul className="layer-list">
        {LAYER_IDS.map((id) => {
          const all = data.layers[id].features;
          const shown = shownFeatures(all, { visibleLayers, hiddenCategories }).length;
          return (
            <li key={id}>
              <label>
                <input
                  type="checkbox"
                  checked={visibleLayers[id]}
                  onChange={(e) => setLayerVisible(id, e.target.checked)}
                />
                <span>{SYMBOLOGY[id].title}</span>
                <span className="count">
                  {shown} of {all.length}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
