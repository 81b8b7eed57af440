import { LAYER_IDS } from '../data/schema';
import type { AtlasData } from '../data/load';
import { useAppStore } from '../state/store';
import { SYMBOLOGY, layerTitle, categoryLabel, categoryHint } from '../domain/symbology';
import { countByCategory, shownFeatures } from '../domain/filter';
import { runCommand, showExtent } from '../commands/registry';
import { extentOf } from '../domain/places';
import { Swatch } from './Swatch';
import type { ResolvedTheme } from './use-theme';

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
                <span className="legend-layer-title">{layerTitle(layer)}</span>
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
                  onClick={() => {
                    const b = extentOf(all);
                    if (b) showExtent(b, 4);
                  }}
                >
                  show the overseas view
                </button>{' '}
                ·{' '}
                <button type="button" className="link-button" onClick={() => runCommand('fit-india')}>
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
                          c.hintKey
                            ? `${categoryHint(layer, c.value)}. Click to ${hidden ? 'show' : 'hide'}.`
                            : `Click to ${hidden ? 'show' : 'hide'}`
                        }
                        onClick={() => toggleCategory(layer, c.value)}
                        data-category={c.value}
                      >
                        <Swatch shape={sym.shape} color={c.color[theme]} />
                        <span>{categoryLabel(layer, c.value)}</span>
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
        about 35 km) or a state (about 150 km), not a site. The disc has a fixed size; it is not the
        district’s or state’s outline.
      </p>
    </section>
  );
}
