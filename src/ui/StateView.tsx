import { useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { districtAreas } from '../data/state-outlines';
import { isPointInArea, prepareArea } from '../domain/spatial/prepare-area';
import { LAYER_IDS, type LayerId } from '../domain/model/enums';
import type { AtlasFeature } from '../data/schema';
import type { AtlasData } from '../data/load';
import { useAppStore } from '../state/store';
import { SYMBOLOGY, categoryOf, layerTitle, categoryLabel } from '../domain/symbology';
import { closeDistrictView, closeStateView, openDistrictView, openStateView } from '../commands/registry';
import { featuresInState } from '../domain/places';
import { t } from '../i18n';
import { Swatch } from './Swatch';
import { FeatureRow } from './FeatureRow';
import type { ResolvedTheme } from './use-theme';
import { ScorecardSections, useScorecard } from './insights/Scorecard';
import { openPrintSheet } from './insights/print-sheet';

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
      <span>{t('state.picker')}</span>
      <select
        value={stateView ?? ''}
        onChange={(e) => {
          if (e.target.value) openStateView(e.target.value);
          else closeStateView();
        }}
      >
        <option value="">{t('state.allIndia')}</option>
        {data.states.map((s) => (
          <option key={s.code} value={s.code}>
            {t('state.option', { name: s.name, count: totals.get(s.code) ?? 0 })}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Counts per layer and category, and the features themselves, of an area (a state or a district). */
function AreaContents({
  byLayer,
  theme,
  testId,
  children,
}: {
  byLayer: Record<LayerId, AtlasFeature[]>;
  theme: ResolvedTheme;
  testId: string;
  /** Shown between the counts and the list of features (the state's scorecard). */
  children?: ReactNode;
}) {
  return (
    <>
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
                <td className="num" data-testid={`${testId}-count-${l}`}>
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
      {children}
      <ul className="feature-list" data-testid={`${testId}-features`}>
        {LAYER_IDS.flatMap((l) => byLayer[l]).map((f) => (
          <FeatureRow key={f.properties.id} feature={f} theme={theme} />
        ))}
      </ul>
    </>
  );
}

const count = (byLayer: Record<LayerId, AtlasFeature[]>, pred: (f: AtlasFeature) => boolean = () => true) =>
  LAYER_IDS.reduce((n, l) => n + byLayer[l].filter(pred).length, 0);

/**
 * A state's scorecard: counts per layer and category, auction outcomes and premiums, minerals,
 * the nearest processing hubs, closures with years, the share placed only at state level, its
 * districts and its features; and a printable one-page version.
 */
export function StateSummary({ data, code, theme }: { data: AtlasData; code: string; theme: ResolvedTheme }) {
  const info = data.states.find((s) => s.code === code);
  const byLayer = useMemo(() => featuresInState(data.layers, LAYER_IDS, code), [data, code]);
  const { card } = useScorecard(data, code);
  const total = count(byLayer);
  const statePrecision = count(byLayer, (f) => f.properties.precision === 'state');
  const districts = useMemo(() => {
    const n = new Map<string, number>();
    for (const l of LAYER_IDS)
      for (const f of byLayer[l])
        if (f.properties.district) n.set(f.properties.district, (n.get(f.properties.district) ?? 0) + 1);
    return data.districts.filter((d) => d.state === code).map((d) => ({ ...d, n: n.get(d.name) ?? 0 }));
  }, [data, code, byLayer]);
  return (
    <section className="state-summary" aria-labelledby="state-title" data-testid="state-summary">
      <div className="card-top">
        <button type="button" className="link-button" onClick={closeStateView}>
          {t('state.back')}
        </button>
      </div>
      <h2 id="state-title" tabIndex={-1}>
        {info?.name ?? code} <span lang="hi">{info?.nameHi}</span>
      </h2>
      <p>
        <strong data-testid="state-total">{total}</strong>{' '}
        {statePrecision > 0
          ? t('state.totalWithImprecise', { count: total, imprecise: statePrecision })
          : t('state.total', { count: total })}
      </p>
      <div className="scorecard-actions">
        <button
          type="button"
          className="text-button"
          onClick={() => openPrintSheet({ kind: 'scorecard', code }, info?.bbox ?? null)}
          data-testid="print-scorecard"
        >
          {t('scorecard.printable')}
        </button>
      </div>
      {total === 0 && <p className="muted">{t('state.empty')}</p>}
      <AreaContents byLayer={byLayer} theme={theme} testId="state">
        {total > 0 && <ScorecardSections card={card} theme={theme} />}
        {total > 0 && <h3>{t('scorecard.allFeatures', { count: total })}</h3>}
      </AreaContents>
      {districts.length > 0 && (
        <details className="district-list">
          <summary>{t('state.districts', { count: districts.length })}</summary>
          <p className="muted small">{t('district.approximateNote')}</p>
          <ul>
            {districts.map((d) => (
              <li key={d.key}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => openDistrictView(d.key)}
                  data-district={d.key}
                >
                  {d.name}
                </button>{' '}
                <span className="count">{d.n}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/**
 * A district's summary, for state officials: what lies in it by layer and category, and how many
 * of its state's features are known only to the state, so could lie in it too.
 */
export function DistrictSummary({
  data,
  districtKey,
  theme,
}: {
  data: AtlasData;
  districtKey: string;
  theme: ResolvedTheme;
}) {
  const info = data.districts.find((d) => d.key === districtKey);
  const code = districtKey.slice(0, districtKey.indexOf(':'));
  const name = info?.name ?? districtKey.slice(districtKey.indexOf(':') + 1);
  const state = data.states.find((s) => s.code === code);
  const inState = useMemo(() => featuresInState(data.layers, LAYER_IDS, code), [data, code]);
  const byLayer = useMemo(
    () =>
      Object.fromEntries(
        LAYER_IDS.map((l) => [l, inState[l].filter((f) => f.properties.district === name)]),
      ) as Record<LayerId, AtlasFeature[]>,
    [inState, name],
  );
  const total = count(byLayer);
  const couldBeHere = count(inState, (f) => f.properties.precision === 'state');
  // Features placed at sites (coal mines at GEM's points) whose district no source names, but whose
  // point lies inside this district's approximate area: shown apart, as what they are.
  useEffect(() => {
    void districtAreas.load(new URL(import.meta.env.BASE_URL, location.href).href);
  }, []);
  const areasVersion = useSyncExternalStore(districtAreas.subscribe, districtAreas.version);
  const insideArea = useMemo(() => {
    const g = areasVersion >= 0 ? districtAreas.get(districtKey) : null;
    if (!g) return [];
    const area = prepareArea(g);
    return LAYER_IDS.flatMap((l) => inState[l]).filter(
      (f) =>
        f.properties.district !== name &&
        (f.properties.precision === 'site' || f.properties.precision === 'locality') &&
        isPointInArea(area, f.geometry.coordinates[0], f.geometry.coordinates[1]),
    );
  }, [districtKey, inState, name, areasVersion]);
  return (
    <section
      className="state-summary district-summary"
      aria-labelledby="district-title"
      data-testid="district-summary"
    >
      <div className="card-top">
        <button type="button" className="link-button" onClick={closeDistrictView}>
          {t('district.back', { state: state?.name ?? code })}
        </button>
      </div>
      <h2 id="district-title" tabIndex={-1}>
        {t('district.title', { name, state: state?.name ?? code })}
      </h2>
      <p>
        <strong data-testid="district-total">{total}</strong> {t('district.total', { count: total })}
      </p>
      {couldBeHere > 0 && (
        <p className="precision-note" data-testid="district-could-be-here">
          {t('district.couldBeHere', { count: couldBeHere, state: state?.name ?? code })}
        </p>
      )}
      {!info && <p className="muted">{t('district.noArea')}</p>}
      {info?.approximate && <p className="muted small">{t('district.approximateNote')}</p>}
      <AreaContents byLayer={byLayer} theme={theme} testId="district" />
      {insideArea.length > 0 && (
        <>
          <h3>{t('district.insideArea', { count: insideArea.length })}</h3>
          <p className="muted small">{t('district.insideAreaNote')}</p>
          <ul className="feature-list" data-testid="district-inside-area">
            {insideArea.map((f) => (
              <FeatureRow key={f.properties.id} feature={f} theme={theme} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
