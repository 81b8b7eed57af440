import { useMemo } from 'react';
import { LAYER_IDS } from '../data/schema';
import type { AtlasData } from '../data/load';
import { useAppStore } from '../state/store';
import { SYMBOLOGY, categoryOf, layerTitle, categoryLabel } from '../domain/symbology';
import { closeStateView, openStateView } from '../commands/registry';
import { featuresInState } from '../domain/places';
import { Swatch } from './Swatch';
import { FeatureRow } from './FeatureRow';
import type { ResolvedTheme } from './use-theme';

export function StatePicker({ data }: { data: AtlasData }) {
  const stateView = useAppStore((s) => s.stateView);
  const totals = useMemo(() => {
    const m = new Map<string, number>();
    for (const l of LAYER_IDS)
      for (const f of data.layers[l].features)
        if (f.properties.state) m.set(f.properties.state, (m.get(f.properties.state) ?? 0) + 1);
    return m;
  }, [data]);
  return (
    <label className="state-picker">
      <span>State view</span>
      <select
        value={stateView ?? ''}
        onChange={(e) => {
          if (e.target.value) openStateView(e.target.value);
          else closeStateView();
        }}
      >
        <option value="">All India</option>
        {data.states.map((s) => (
          <option key={s.code} value={s.code}>
            {s.name} ({totals.get(s.code) ?? 0})
          </option>
        ))}
      </select>
    </label>
  );
}

/** A state's summary: counts per layer and category, and its features. */
export function StateSummary({ data, code, theme }: { data: AtlasData; code: string; theme: ResolvedTheme }) {
  const info = data.states.find((s) => s.code === code);
  const byLayer = useMemo(() => featuresInState(data.layers, LAYER_IDS, code), [data, code]);
  const total = LAYER_IDS.reduce((n, l) => n + byLayer[l].length, 0);
  const statePrecision = LAYER_IDS.reduce(
    (n, l) => n + byLayer[l].filter((f) => f.properties.precision === 'state').length,
    0,
  );
  return (
    <section className="state-summary" aria-labelledby="state-title" data-testid="state-summary">
      <div className="card-top">
        <button type="button" className="link-button" onClick={closeStateView}>
          ← All India
        </button>
      </div>
      <h2 id="state-title" tabIndex={-1}>
        {info?.name ?? code} <span lang="hi">{info?.nameHi}</span>
      </h2>
      <p>
        <strong data-testid="state-total">{total}</strong> features in the data
        {statePrecision > 0 && (
          <>, of which {statePrecision} are known only to lie somewhere in the state (drawn at its centre)</>
        )}
        .
      </p>
      <table className="state-counts">
        <tbody>
          {LAYER_IDS.filter((l) => byLayer[l].length > 0).map((l) => {
            const sym = SYMBOLOGY[l];
            const counts = new Map<string, number>();
            for (const f of byLayer[l])
              counts.set(categoryOf(f.properties), (counts.get(categoryOf(f.properties)) ?? 0) + 1);
            return (
              <tr key={l} data-layer={l}>
                <th scope="row">{layerTitle(l)}</th>
                <td className="num" data-testid={`state-count-${l}`}>
                  {byLayer[l].length}
                </td>
                <td>
                  {sym.categories
                    .filter((c) => counts.has(c.value))
                    .map((c) => (
                      <span key={c.value} className="state-cat" data-category={c.value}>
                        <Swatch shape={sym.shape} color={c.color[theme]} size={12} />{' '}
                        {categoryLabel(l, c.value)} {counts.get(c.value)}
                      </span>
                    ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {total === 0 && <p className="muted">No feature in the data lies in this state or union territory.</p>}
      <ul className="feature-list">
        {LAYER_IDS.flatMap((l) => byLayer[l]).map((f) => (
          <FeatureRow key={f.properties.id} feature={f} theme={theme} />
        ))}
      </ul>
    </section>
  );
}
