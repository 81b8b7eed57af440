import { useId, useMemo, type ReactNode } from 'react';
import type { AtlasData } from '../../data/load';
import type { AtlasFeature } from '../../data/schema';
import { LAYER_IDS } from '../../domain/model/enums';
import { featuresInState } from '../../domain/places';
import { buildScorecard, type Scorecard } from '../../domain/insights/scorecard';
import { SYMBOLOGY, categoryLabel, categoryToken, layerTitle, UNKNOWN_COLOR } from '../../domain/symbology';
import { mineralLabel } from '../../domain/minerals';
import { formatPercent } from '../../domain/format';
import { formatRangeKm } from '../../domain/spatial/distance-matrix';
import { stateByCode } from '../../domain/states';
import { t, formatCount } from '../../i18n';
import { Swatch } from '../Swatch';
import { FeatureLink } from '../FeatureLink';
import { DataTable } from '../DataTable';
import type { ResolvedTheme } from '../use-theme';
import './insights.css';

/** A state's features (all layers) and its scorecard, counted from them. */
export function useScorecard(data: AtlasData, code: string): { features: AtlasFeature[]; card: Scorecard } {
  return useMemo(() => {
    const byLayer = featuresInState(data.layers, LAYER_IDS, code);
    const features = LAYER_IDS.flatMap((l) => byLayer[l]);
    const centre = data.states.find((s) => s.code === code)?.label ?? null;
    return { features, card: buildScorecard(features, centre, data.layers.processing.features) };
  }, [data, code]);
}

/** "40–110 km", or "97 km" for an exact distance. */
export const kmText = (minKm: number, maxKm: number) =>
  t('insights.km', { range: formatRangeKm(minKm, maxKm, 0) });

/** A feature's name: a button that opens its card on screen, plain text on paper. */
export function FeatureName({ f, print }: { f: AtlasFeature; print: boolean }) {
  if (print) return <>{f.properties.name}</>;
  return <FeatureLink id={f.properties.id} name={f.properties.name} />;
}

/** A scorecard or sheet section: an `h3` that names the section for screen readers too. */
export function TitledSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="sc-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** The share of a state's features placed only at state level, said plainly. */
export function StateOnlyNote({ card, code }: { card: Scorecard; code: string }) {
  const name = stateByCode(code)?.name ?? code;
  if (card.total === 0) return null;
  return (
    <p className="precision-note" data-testid="scorecard-state-only">
      {card.stateOnly === 0
        ? t('scorecard.noStateOnly', { state: name })
        : t('scorecard.stateOnly', {
            count: card.stateOnly,
            total: card.total,
            pct: formatPercent(Math.round((100 * card.stateOnly) / card.total)),
            state: name,
          })}
    </p>
  );
}

/**
 * The scorecard's sections beyond the per-dataset counts: auction outcomes and premiums,
 * minerals, nearest processing hubs, closures with years. The same on screen and on paper.
 */
export function ScorecardSections({
  card,
  theme,
  print = false,
}: {
  card: Scorecard;
  theme: ResolvedTheme;
  print?: boolean;
}) {
  const b = card.blocks;
  const blockSym = SYMBOLOGY.blocks;
  return (
    <div className="scorecard-sections" data-testid="scorecard-sections">
      {b.count > 0 && (
        <TitledSection title={t('scorecard.auctions', { count: b.count })}>
          <p className="sc-statuses">
            {blockSym.categories
              .filter((c) => b.byStatus.has(c.value))
              .map((c) => (
                <span key={c.value} className="state-cat" data-status={c.value}>
                  <Swatch
                    shape={blockSym.shape}
                    color={(categoryToken('blocks', c.value)?.color ?? UNKNOWN_COLOR)[theme]}
                    size={11}
                  />{' '}
                  {categoryLabel('blocks', c.value)} {b.byStatus.get(c.value)}
                </span>
              ))}
          </p>
          {b.byTranche.size > 0 && (
            <p className="small">
              {t('scorecard.byTranche', {
                list: [...b.byTranche]
                  .map(([tr, n]) => t('scorecard.trancheCount', { tranche: tr, count: n }))
                  .join(', '),
              })}
            </p>
          )}
          {b.premium ? (
            <p className="small" data-testid="scorecard-premium">
              {t('scorecard.premium', {
                count: b.premium.count,
                median: formatPercent(b.premium.medianPct),
                min: formatPercent(b.premium.minPct),
                max: formatPercent(b.premium.maxPct),
              })}
            </p>
          ) : (
            b.awarded.length > 0 && <p className="small">{t('scorecard.noPremium')}</p>
          )}
          {b.awarded.length > 0 ? (
            <DataTable
              testId="scorecard-awards"
              caption={t('scorecard.awardsCaption')}
              columns={[
                t('scorecard.col.block'),
                t('scorecard.col.bidder'),
                { label: t('scorecard.col.premium'), numeric: true },
                t('scorecard.col.tranche'),
              ]}
            >
              {b.awarded.map((a) => (
                <tr key={a.feature.properties.id}>
                  <td>
                    <FeatureName f={a.feature} print={print} />
                  </td>
                  <td>{a.bidder ?? t('scorecard.notInData')}</td>
                  <td className="num">
                    {a.premiumPct !== null ? formatPercent(a.premiumPct) : t('scorecard.notInData')}
                  </td>
                  <td>{a.tranche ?? ''}</td>
                </tr>
              ))}
            </DataTable>
          ) : (
            <p className="small muted">{t('scorecard.noAwards')}</p>
          )}
        </TitledSection>
      )}

      <TitledSection title={t('scorecard.minerals')}>
        {card.minerals.length > 0 ? (
          <ul className="chips" data-testid="scorecard-minerals">
            {card.minerals.map(([m, n]) => (
              <li key={m} className="chip" data-mineral={m}>
                {mineralLabel(m)} <span className="count">{formatCount(n)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="small muted">{t('scorecard.noMinerals')}</p>
        )}
      </TitledSection>

      <TitledSection title={t('scorecard.hubs')}>
        {card.nearestHubs.length > 0 ? (
          <>
            <ol className="sc-hubs" data-testid="scorecard-hubs">
              {card.nearestHubs.map((h) => (
                <li key={h.feature.properties.id}>
                  <FeatureName f={h.feature} print={print} />{' '}
                  <span className="muted">
                    {t('scorecard.hubWhere', {
                      state: stateByCode(h.feature.properties.state ?? '')?.name ?? '',
                      distance: kmText(h.minKm, h.maxKm),
                    })}
                  </span>
                </li>
              ))}
            </ol>
            <p className="small muted">{t('scorecard.hubsNote')}</p>
          </>
        ) : (
          <p className="small muted">{t('scorecard.noHubs')}</p>
        )}
      </TitledSection>

      {card.closures.length > 0 && (
        <TitledSection title={t('scorecard.closures', { count: card.closures.length })}>
          <DataTable
            testId="scorecard-closures"
            caption={t('scorecard.closuresCaption')}
            columns={[
              t('scorecard.col.mine'),
              t('scorecard.col.status'),
              { label: t('scorecard.col.year'), numeric: true },
            ]}
          >
            {card.closures.map((c) => (
              <tr key={c.feature.properties.id}>
                <td>
                  <FeatureName f={c.feature} print={print} />
                </td>
                <td>{categoryLabel('coal-closures', c.status)}</td>
                <td className="num">{c.year ?? t('scorecard.notInData')}</td>
              </tr>
            ))}
          </DataTable>
        </TitledSection>
      )}
    </div>
  );
}

/** Counts per dataset and category, compact, for the printed page. */
export function LayerCounts({ card, theme }: { card: Scorecard; theme: ResolvedTheme }) {
  return (
    <table className="sc-table sc-layers" data-testid="sheet-layer-counts">
      <caption className="sr-only">{t('scorecard.layersCaption')}</caption>
      <tbody>
        {card.layers.map((l) => {
          const sym = SYMBOLOGY[l.layer];
          return (
            <tr key={l.layer} data-layer={l.layer}>
              <th scope="row">{layerTitle(l.layer)}</th>
              <td className="num">{l.count}</td>
              <td>
                {sym.categories
                  .filter((c) => l.byCategory.has(c.value))
                  .map((c) => (
                    <span key={c.value} className="state-cat">
                      <Swatch shape={sym.shape} color={c.color[theme]} size={10} />{' '}
                      {categoryLabel(l.layer, c.value)} {l.byCategory.get(c.value)}
                    </span>
                  ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
