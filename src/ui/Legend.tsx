import { LAYER_IDS, type LayerId } from '../data/schema';
import type { AtlasData } from '../data/load';
import { useAppStore } from '../state/store';
import { PRECISION_RADIUS_KM, SYMBOLOGY } from '../domain/symbology';
import { countByCategory, shownFeatures } from '../domain/filter';
import { fitExtent, fitIndia } from '../map/camera';
import { Swatch } from './Swatch';
import type { ResolvedTheme } from './use-theme';

function extentOf(data: AtlasData, layer: LayerId): [number, number, number, number] {
  const xs = data.layers[layer].features.map((f) => f.geometry.coordinates[0]);
  const ys = data.layers[layer].features.map((f) => f.geometry.coordinates[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The legend is also the filter: each layer and each category can be switched off. */
export function Legend({ data, theme }: { data: AtlasData; theme: ResolvedTheme }) {
  const visibleLayers = useAppStore((s) => s.visibleLayers);
  const hiddenCategories = useAppStore((s) => s.hiddenCategories);
  const setLayerVisible = useAppStore((s) => s.setLayerVisible);
  const toggleCategory = useAppStore((s) => s.toggleCategory);

  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" tabIndex={-1}>
        Layers and legend
      </h2>
      {LAYER_IDS.map((layer) => {
        const sym = SYMBOLOGY[layer];
        const all = data.layers[layer].features;
        const shown = shownFeatures(all, { visibleLayers, hiddenCategories }).length;
        const counts = countByCategory(all);
        const on = visibleLayers[layer];
        return (
          <div key={layer} className={`legend-layer ${on ? '' : 'off'}`} data-layer={layer}>
            <div className="legend-layer-head">
              <label>
                <input
                  type="checkbox"
                  checked={on}
                  onChange={(e) => setLayerVisible(layer, e.target.checked)}
                />
                <span className="legend-layer-title">{sym.title}</span>
              </label>
              <span className="count" data-testid={`shown-${layer}`}>
                {shown} of {all.length} shown
              </span>
            </div>
            {layer === 'overseas' && all.length > 0 && (
              <p className="legend-note">
                Outside India:{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => fitExtent(extentOf(data, 'overseas'), 4)}
                >
                  show the overseas view
                </button>{' '}
                ·{' '}
                <button type="button" className="link-button" onClick={fitIndia}>
                  back to India
                </button>
              </p>
            )}
            <ul className="legend-cats">
              {sym.categories
                .filter((c) => (counts.get(c.value) ?? 0) > 0)
                .map((c) => {
                  const hidden = hiddenCategories[layer].includes(c.value);
                  return (
                    <li key={c.value}>
                      <button
                        type="button"
                        className={`legend-cat ${hidden ? 'hidden' : ''}`}
                        aria-pressed={!hidden}
                        disabled={!on}
                        title={
                          c.hint
                            ? `${c.hint}. Click to ${hidden ? 'show' : 'hide'}.`
                            : `Click to ${hidden ? 'show' : 'hide'}`
                        }
                        onClick={() => toggleCategory(layer, c.value)}
                        data-category={c.value}
                      >
                        <Swatch shape={sym.shape} color={c.color[theme]} />
                        <span>{c.label}</span>
                        <span className="count">{counts.get(c.value) ?? 0}</span>
                      </button>
                    </li>
                  );
                })}
            </ul>
          </div>
        );
      })}
      <p className="legend-note">
        A faint disc around a symbol means its position is approximate: it stands for a district (disc of
        about {PRECISION_RADIUS_KM.district} km radius) or a state (about {PRECISION_RADIUS_KM.state} km), not
        a site. The disc has a fixed size; it is not the district’s or state’s outline.
      </p>
    </section>
  );
}
