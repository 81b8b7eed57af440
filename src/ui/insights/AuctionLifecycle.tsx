import { useId, useMemo } from 'react';
import type { AtlasData } from '../../data/load';
import type { AtlasFeature, BlockProps, Figure } from '../../data/schema';
import { useAppStore } from '../../state/store';
import { useDatasets } from '../../state/use-data';
import { filteredIndexes } from '../../state/selectors/filtered';
import {
  CHANGE_KINDS,
  trancheChanges,
  trancheTimeline,
  type ChangeKind,
  type TrancheSummary,
} from '../../domain/insights/tranches';
import { nearestHubs, originOf } from '../../domain/insights/hubs';
import { categoryToken, UNKNOWN_COLOR } from '../../domain/symbology';
import { annulReasonLabel } from '../../domain/labels';
import { formatDate, formatPercent } from '../../domain/format';
import { placeOf } from '../../domain/places';
import { t, formatCount } from '../../i18n';
import { ExternalLink } from '../ExternalLink';
import { FeatureLink } from '../FeatureLink';
import { DataTable } from '../DataTable';
import { kmText } from './Scorecard';
import type { ResolvedTheme } from '../use-theme';
import './insights.css';

const blocksOf = (data: AtlasData) => data.layers.blocks.features as AtlasFeature<BlockProps>[];
const colour = (status: string, theme: ResolvedTheme) =>
  (categoryToken('blocks', status)?.color ?? UNKNOWN_COLOR)[theme];

/** A reported figure's value, or "not in our data". */
function Reported({ label, f }: { label: string; f: Figure | null }) {
  return (
    <span className="tl-figure">
      {label}{' '}
      {f ? (
        <strong>{typeof f.value === 'number' ? formatCount(f.value) : f.value}</strong>
      ) : (
        <em className="muted">{t('scorecard.notInData')}</em>
      )}
    </span>
  );
}

/** The sources (and notes) of a tranche's reported figures, each source once. */
function ReportedSources({ figs }: { figs: readonly (Figure | null)[] }) {
  const present = figs.filter((f): f is Figure => f !== null);
  if (present.length === 0) return null;
  const sources = new Map(present.flatMap((f) => f.sources).map((s) => [s.url, s]));
  const notes = [...new Set(present.flatMap((f) => (f.note ? [f.note] : [])))];
  return (
    <div className="small muted tl-sources">
      {t('tranche.sources')}{' '}
      {[...sources.values()].map((s, i) => (
        <span key={s.url}>
          {i > 0 && ' · '}
          <ExternalLink href={s.url}>{s.publisher ?? s.title}</ExternalLink>, {formatDate(s.date)}
        </span>
      ))}
      {notes.length > 0 && (
        <details>
          <summary>{t('tranche.notes')}</summary>
          <ul>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

const num = (f: Figure | null): number | null => (f && typeof f.value === 'number' ? f.value : null);

/**
 * One tranche drawn as a bar: of the blocks it offered (as reported, else as in our data), how
 * many were awarded, annulled, and the rest (open, deferred or unaccounted for).
 */
function TrancheBar({ tr, scale, theme }: { tr: TrancheSummary; scale: number; theme: ResolvedTheme }) {
  const offered = num(tr.reported.offered) ?? tr.inData.new + tr.inData['re-offered'];
  const awarded = num(tr.reported.awarded) ?? tr.inData.awarded;
  const annulled = num(tr.reported.annulled) ?? tr.inData.annulled;
  if (offered <= 0) return null;
  const W = 240;
  const w = (n: number) => (n / scale) * W;
  const rest = Math.max(0, offered - awarded - annulled);
  const label = t('tranche.barLabel', { tranche: tr.tranche, offered, awarded, annulled, rest });
  return (
    <svg className="tl-bar" width={W} height={12} viewBox={`0 0 ${W} 12`} role="img" aria-label={label}>
      <title>{label}</title>
      <rect x={0} y={1} width={w(awarded)} height={10} fill={colour('awarded', theme)} />
      <rect x={w(awarded)} y={1} width={w(annulled)} height={10} fill={colour('annulled', theme)} />
      <rect
        x={w(awarded + annulled)}
        y={1}
        width={w(rest)}
        height={10}
        fill={colour('offered', theme)}
        fillOpacity={0.45}
      />
      <rect
        x={0.5}
        y={0.5}
        width={Math.max(0, w(offered) - 1)}
        height={11}
        fill="none"
        stroke="currentColor"
        strokeOpacity={0.5}
      />
    </svg>
  );
}

/** The tranche timeline: I–VIII and the other auctions, launch, offers, awards, annulments. */
export function TrancheTimeline({
  data,
  theme,
  onPick,
  picked,
}: {
  data: AtlasData;
  theme: ResolvedTheme;
  onPick: (tranche: string) => void;
  picked: string | null;
}) {
  const timeline = useMemo(
    () => trancheTimeline(blocksOf(data), data.layers.blocks.metadata.figures),
    [data],
  );
  const scale = Math.max(
    1,
    ...timeline.map((tr) => num(tr.reported.offered) ?? tr.inData.new + tr.inData['re-offered']),
  );
  return (
    <section className="insights-section" aria-labelledby="tl-title" data-testid="tranche-timeline">
      <h3 id="tl-title">{t('tranche.title')}</h3>
      <p className="small muted">{t('tranche.intro')}</p>
      <p className="tl-legend small" aria-hidden="true">
        <span className="tl-key" style={{ background: colour('awarded', theme) }} />{' '}
        {t('tranche.key.awarded')}{' '}
        <span className="tl-key" style={{ background: colour('annulled', theme) }} />{' '}
        {t('tranche.key.annulled')}{' '}
        <span className="tl-key" style={{ background: colour('offered', theme), opacity: 0.45 }} />{' '}
        {t('tranche.key.rest')}
      </p>
      <ol className="tl-list">
        {timeline.map((tr) => (
          <li key={tr.tranche} data-tranche={tr.tranche} className={picked === tr.tranche ? 'picked' : ''}>
            <div className="tl-head">
              <strong>{t('tranche.name', { tranche: tr.tranche })}</strong>{' '}
              <span className="muted">
                {tr.launched
                  ? t(tr.launchedFrom === 'figure' ? 'tranche.launched' : 'tranche.firstOffer', {
                      date: formatDate(tr.launched),
                    })
                  : t('tranche.launchNotInData')}
              </span>
            </div>
            <TrancheBar tr={tr} scale={scale} theme={theme} />
            <div className="tl-figures small">
              <Reported label={t('tranche.reportedOffered')} f={tr.reported.offered} />
              <Reported label={t('tranche.reportedAwarded')} f={tr.reported.awarded} />
              <Reported label={t('tranche.reportedAnnulled')} f={tr.reported.annulled} />
            </div>
            <ReportedSources figs={[tr.reported.offered, tr.reported.awarded, tr.reported.annulled]} />
            <div className="small" data-testid="tranche-in-data">
              {tr.blocksInData > 0
                ? t('tranche.inData', {
                    count: tr.blocksInData,
                    fresh: tr.inData.new,
                    reoffered: tr.inData['re-offered'],
                    awarded: tr.inData.awarded,
                    annulled: tr.inData.annulled,
                  })
                : t('tranche.noBlocksInData')}{' '}
              {tr.blocksInData > 0 && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onPick(tr.tranche)}
                  aria-pressed={picked === tr.tranche}
                  data-testid={`tranche-pick-${tr.tranche}`}
                >
                  {t('tranche.whatChangedLink', { tranche: tr.tranche })}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** "What changed in Tranche N": new, re-offered, awarded, annulled…, each entry opening its block. */
export function TrancheChanges({
  data,
  tranche,
  onPick,
}: {
  data: AtlasData;
  tranche: string;
  onPick: (tranche: string) => void;
}) {
  const timeline = useMemo(
    () => trancheTimeline(blocksOf(data), data.layers.blocks.metadata.figures),
    [data],
  );
  const changes = useMemo(() => trancheChanges(blocksOf(data), tranche), [data, tranche]);
  const byKind = new Map<ChangeKind, typeof changes>();
  for (const c of changes) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
  const selectId = useId();
  return (
    <section className="insights-section" aria-labelledby="tc-title" data-testid="tranche-changes">
      <h3 id="tc-title">{t('tranche.changesTitle', { tranche })}</h3>
      <label htmlFor={selectId} className="small">
        {t('tranche.pick')}{' '}
      </label>
      <select
        id={selectId}
        value={tranche}
        onChange={(e) => onPick(e.target.value)}
        data-testid="tranche-select"
      >
        {timeline
          .filter((tr) => tr.blocksInData > 0)
          .map((tr) => (
            <option key={tr.tranche} value={tr.tranche}>
              {t('tranche.name', { tranche: tr.tranche })}
            </option>
          ))}
      </select>
      {changes.length === 0 && <p className="muted small">{t('tranche.noChanges')}</p>}
      {CHANGE_KINDS.filter((k) => byKind.has(k)).map((k) => (
        <div key={k} className="tc-group" data-kind={k}>
          <h4>{t(`tranche.kind.${k}`, { count: byKind.get(k)!.length })}</h4>
          <ul className="tc-list">
            {byKind.get(k)!.map((c, i) => (
              <li key={`${c.blockId}-${i}`}>
                <FeatureLink id={c.blockId} name={c.blockName} zoom />{' '}
                <span className="muted small">
                  {[
                    formatDate(c.event.date),
                    c.previousTranche ? t('tranche.before', { tranche: c.previousTranche }) : null,
                    c.event.reason ? annulReasonLabel(c.event.reason) : null,
                    c.event.bidder
                      ? c.event.premiumPct !== undefined
                        ? t('card.bidderPremium', {
                            bidder: c.event.bidder,
                            premium: formatPercent(c.event.premiumPct),
                          })
                        : t('card.bidder', { bidder: c.event.bidder })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/**
 * The auction pipeline for investors: blocks on offer now (offered or re-offered, not since
 * awarded or annulled) that the filters let through, each with its nearest processing hub.
 */
export function AuctionPipeline({ data }: { data: AtlasData }) {
  const datasets = useDatasets();
  const filters = useAppStore((s) => s.filters);
  const rows = useMemo(() => {
    const ds = datasets.find((d) => d.id === 'blocks');
    const blocks = blocksOf(data);
    const allowed = ds ? new Set(Array.from(filteredIndexes(ds, filters), (i) => ds.rows[i]!.id)) : null;
    const hubs = data.layers.processing.features;
    return blocks
      .filter((b) => b.properties.status === 'offered' || b.properties.status === 're-offered')
      .filter((b) => !allowed || allowed.has(b.properties.id))
      .map((b) => {
        const last = [...b.properties.events]
          .reverse()
          .find((e) => e.type === 'offered' || e.type === 're-offered');
        return { b, tranche: last?.tranche ?? null, hub: nearestHubs(originOf(b), hubs, 1)[0] ?? null };
      })
      .sort(
        (x, y) =>
          (x.tranche ?? '').localeCompare(y.tranche ?? '') ||
          x.b.properties.name.localeCompare(y.b.properties.name),
      );
  }, [data, datasets, filters]);
  return (
    <section className="insights-section" aria-labelledby="pipe-title" data-testid="auction-pipeline">
      <h3 id="pipe-title">{t('pipeline.title', { count: rows.length })}</h3>
      <p className="small muted">{t('pipeline.intro')}</p>
      {rows.length === 0 ? (
        <p className="muted small">{t('pipeline.empty')}</p>
      ) : (
        <DataTable
          caption={t('pipeline.caption')}
          columns={[t('scorecard.col.block'), t('scorecard.col.tranche'), t('pipeline.col.hub')]}
        >
          {rows.map(({ b, tranche, hub }) => (
            <tr key={b.properties.id} data-block={b.properties.id}>
              <td>
                <FeatureLink id={b.properties.id} name={b.properties.name} zoom />
                <div className="muted small">{placeOf(b)}</div>
              </td>
              <td>{tranche ?? ''}</td>
              <td>
                {hub ? (
                  <>
                    {hub.feature.properties.name}
                    <div className="muted small">{kmText(hub.minKm, hub.maxKm)}</div>
                  </>
                ) : (
                  t('scorecard.notInData')
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
