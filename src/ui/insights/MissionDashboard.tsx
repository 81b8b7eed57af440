import { useMemo } from 'react';
import type { AtlasData } from '../../data/load';
import type { AtlasFeature, BlockProps, Figure } from '../../data/schema';
import { LAYER_IDS } from '../../domain/model/enums';
import {
  blocksAwardedInData,
  countByStatus,
  criticalMineralsInData,
  figureById,
  figureDate,
  numberIn,
  seriesOf,
} from '../../domain/insights/mission';
import { formatDate, formatFigure } from '../../domain/format';
import { mineralLabel } from '../../domain/minerals';
import { processingStatusLabel } from '../../domain/labels';
import { layerTitle } from '../../domain/symbology';
import { t, formatCount } from '../../i18n';
import { ExternalLink } from '../ExternalLink';
import type { ResolvedTheme } from '../use-theme';
import './insights.css';

/** A figure's sources: publisher (or title) linked, with its date. */
function Sources({ f }: { f: Figure }) {
  return (
    <span className="md-sources">
      {f.sources.map((s, i) => (
        <span key={s.url}>
          {i > 0 && ' · '}
          <ExternalLink href={s.url}>{s.publisher ?? s.title}</ExternalLink>, {formatDate(s.date)}
        </span>
      ))}
    </span>
  );
}

interface Segment {
  readonly value: number;
  readonly className: string;
}

/**
 * A bullet bar: segments stacked from zero on a scale to `max`, an optional target line and
 * ticks for earlier values. Drawn with SVG; `label` is its text alternative.
 */
function Bullet({
  segments,
  max,
  target,
  ticks = [],
  label,
}: {
  segments: readonly Segment[];
  max: number;
  target?: number | null;
  ticks?: readonly number[];
  label: string;
}) {
  const W = 300;
  const x = (v: number) => (Math.min(v, max) / max) * W;
  const starts = segments.map((_, i) => segments.slice(0, i).reduce((a, s) => a + s.value, 0));
  return (
    <svg
      className="md-bullet"
      viewBox={`0 0 ${W} 16`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <rect className="md-track" x={0} y={3} width={W} height={10} />
      {segments.map((s, i) => (
        <rect key={i} className={s.className} x={x(starts[i]!)} y={3} width={x(s.value)} height={10} />
      ))}
      {ticks.map((v, i) => (
        <line key={i} className="md-tick" x1={x(v)} x2={x(v)} y1={3} y2={13} />
      ))}
      {target !== null && target !== undefined && (
        <line className="md-target" x1={x(target) - 1} x2={x(target) - 1} y1={0} y2={16} />
      )}
    </svg>
  );
}

const pct = (a: number, b: number) => Math.round((100 * a) / b);

function BlocksTarget({ data }: { data: AtlasData }) {
  const target = figureById(data.facts, 'ncmm-target-blocks');
  const series = seriesOf(data.facts, /^critical-blocks-auctioned-after-t\d+$/);
  const latest = series.latest;
  const goal = target ? numberIn(target.value) : null;
  const inData = blocksAwardedInData(data.layers.blocks.features as AtlasFeature<BlockProps>[]);
  if (!target) return null;
  const value = latest ? (latest.value as number) : null;
  const max = Math.max(goal ?? 0, value ?? 0, inData) * 1.15 || 1;
  return (
    <li className="md-item" data-testid="md-blocks">
      <h5>{t('mission.blocks.title')}</h5>
      {value !== null && (
        <Bullet
          segments={[{ value, className: 'md-value' }]}
          ticks={series.figures.slice(0, -1).map((f) => f.value as number)}
          max={max}
          target={goal}
          label={t('mission.blocks.alt', { value, target: String(target.value) })}
        />
      )}
      <p className="md-line">
        {value !== null ? (
          <>
            <strong>{formatCount(value)}</strong>{' '}
            {t('mission.blocks.progress', {
              target: String(target.value),
              pct: goal ? String(pct(value, goal)) : '',
              label: latest!.label,
              date: formatDate(figureDate(latest!)),
            })}{' '}
            <Sources f={latest!} />
          </>
        ) : (
          t('scorecard.notInData')
        )}
      </p>
      {series.figures.length > 1 && (
        <p className="md-line muted">
          {t('mission.earlier', {
            list: series.figures
              .slice(0, -1)
              .map((f) => `${formatCount(f.value as number)} (${formatDate(figureDate(f))})`)
              .join(', '),
          })}
        </p>
      )}
      <p className="md-line">
        {t('mission.target')} {target.value} <Sources f={target} />
      </p>
      <p className="md-line muted">{t('mission.blocks.inData', { count: inData })}</p>
    </li>
  );
}

function ExplorationTarget({ data }: { data: AtlasData }) {
  const target = figureById(data.facts, 'ncmm-target-exploration-projects');
  const years = seriesOf(data.facts, /^gsi-critical-projects-/).figures;
  if (!target) return null;
  const goal = numberIn(target.value);
  const max = Math.max(goal ?? 0, ...years.map((f) => f.value as number)) || 1;
  const H = 60;
  const W = 300;
  const bw = W / Math.max(1, years.length);
  return (
    <li className="md-item" data-testid="md-exploration">
      <h5>{t('mission.exploration.title')}</h5>
      <svg
        className="md-columns"
        viewBox={`0 0 ${W} ${H + 2}`}
        role="img"
        aria-label={t('mission.exploration.alt', {
          list: years.map((f) => `${f.label}: ${f.value}`).join('; '),
          target: goal ?? '',
        })}
      >
        <title>{t('mission.exploration.altShort')}</title>
        {years.map((f, i) => {
          const h = ((f.value as number) / max) * H;
          const planned = /target/.test(f.id);
          return (
            <rect
              key={f.id}
              className={planned ? 'md-planned' : 'md-value'}
              x={i * bw + 4}
              y={H - h + 1}
              width={bw - 8}
              height={h}
            />
          );
        })}
        {goal !== null && <line className="md-target" x1={0} x2={W} y1={1} y2={1} />}
      </svg>
      <table className="sc-table md-table">
        <caption className="sr-only">{t('mission.exploration.caption')}</caption>
        <tbody>
          {years.map((f) => (
            <tr key={f.id}>
              <th scope="row">{f.label}</th>
              <td className="num">{formatCount(f.value as number)}</td>
              <td>
                <Sources f={f} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="md-line">
        {t('mission.target')} {formatFigure(target.value, target.unit)}
        {target.note ? ` ${target.note}` : ''} <Sources f={target} />
      </p>
      <p className="md-line muted">{t('mission.exploration.note')}</p>
    </li>
  );
}

function MagnetTarget({ data }: { data: AtlasData }) {
  const start = figureById(data.facts, 'magnet-production-start');
  const capacity = figureById(data.facts, 'repm-scheme-capacity');
  const maker = figureById(data.facts, 'irel-only-magnet-maker');
  const plants = countByStatus(data.layers.processing.features, 'magnet-plant');
  const nPlants = [...plants.values()].reduce((a, b) => a + b, 0);
  if (!start && !capacity) return null;
  const cap = capacity ? numberIn(capacity.value) : null;
  return (
    <li className="md-item" data-testid="md-magnets">
      <h5>{t('mission.magnets.title')}</h5>
      {cap !== null && capacity && (
        <>
          <Bullet
            segments={[]}
            max={cap * 1.15}
            target={cap}
            label={t('mission.magnets.alt', { capacity: formatFigure(capacity.value, capacity.unit) })}
          />
          <p className="md-line">
            {t('mission.magnets.capacity', { capacity: formatFigure(capacity.value, capacity.unit) })}{' '}
            <em>{t('mission.magnets.awarded')}</em> {capacity.note} <Sources f={capacity} />
          </p>
        </>
      )}
      {start && (
        <p className="md-line">
          {t('mission.magnets.start', { when: String(start.value) })} <Sources f={start} />
        </p>
      )}
      {maker && (
        <p className="md-line">
          {t('mission.magnets.maker', { maker: String(maker.value) })} <Sources f={maker} />
        </p>
      )}
      <p className="md-line muted">
        {t('mission.magnets.inData', {
          count: nPlants,
          list: [...plants].map(([st, n]) => `${processingStatusLabel(st)} ${n}`).join(', '),
        })}
      </p>
    </li>
  );
}

function Outlay({ data }: { data: AtlasData }) {
  const cabinet = figureById(data.facts, 'ncmm-outlay-cabinet');
  const quoted = figureById(data.facts, 'ncmm-outlay-as-quoted-2026-02');
  const gov = figureById(data.facts, 'ncmm-outlay-government');
  const psu = figureById(data.facts, 'ncmm-outlay-psu');
  const nums = [cabinet, quoted].map((f) => (f && typeof f.value === 'number' ? f.value : 0));
  const max = Math.max(...nums) * 1.05 || 1;
  if (!cabinet && !quoted) return null;
  const govV = gov && typeof gov.value === 'number' ? gov.value : null;
  const psuV = psu && typeof psu.value === 'number' ? psu.value : null;
  return (
    <section className="insights-section" aria-labelledby="md-outlay" data-testid="md-outlay">
      <h4 id="md-outlay">{t('mission.outlay.title')}</h4>
      <ul className="md-list">
        {cabinet && typeof cabinet.value === 'number' && (
          <li className="md-item">
            <h5>
              {formatFigure(cabinet.value, cabinet.unit)} · {cabinet.label}
            </h5>
            <Bullet
              segments={
                govV !== null && psuV !== null
                  ? [
                      { value: govV, className: 'md-value' },
                      { value: psuV, className: 'md-value-2' },
                    ]
                  : [{ value: cabinet.value, className: 'md-value' }]
              }
              max={max}
              label={cabinet.label}
            />
            {gov && psu && (
              <p className="md-line">
                <span className="md-key md-value" /> {formatFigure(gov.value, gov.unit)} {gov.label}{' '}
                <span className="md-key md-value-2" /> {formatFigure(psu.value, psu.unit)} {psu.label}
              </p>
            )}
            <p className="md-line">
              <Sources f={cabinet} />
            </p>
          </li>
        )}
        {quoted && typeof quoted.value === 'number' && (
          <li className="md-item">
            <h5>
              {formatFigure(quoted.value, quoted.unit)} · {quoted.label}
            </h5>
            <Bullet
              segments={[{ value: quoted.value, className: 'md-value' }]}
              max={max}
              label={quoted.label}
            />
            <p className="md-line">
              <Sources f={quoted} />
            </p>
          </li>
        )}
      </ul>
      {quoted?.note && (
        <p className="md-line" data-testid="md-outlay-why">
          <strong>{t('mission.outlay.why')}</strong> {quoted.note}
        </p>
      )}
    </section>
  );
}

function ImportDependence({ data }: { data: AtlasData }) {
  const figs = data.facts.figures.filter((f) => f.group === 'import-dependence');
  if (figs.length === 0) return null;
  return (
    <section className="insights-section" aria-labelledby="md-imports" data-testid="md-imports">
      <h4 id="md-imports">{t('mission.imports.title')}</h4>
      <ul className="md-list">
        {figs.map((f) => (
          <li key={f.id} className="md-item">
            <h5>
              {typeof f.value === 'number'
                ? `${formatFigure(f.value, f.unit)} · ${f.label}`
                : t('common.labelColon', { label: f.label }) + ' ' + f.value}
            </h5>
            {f.unit === '%' && typeof f.value === 'number' && (
              <Bullet
                segments={[{ value: f.value, className: 'md-value' }]}
                max={100}
                label={`${f.label}: ${f.value}%`}
              />
            )}
            <p className="md-line">
              {f.note && <span className="muted">{f.note} </span>}
              <Sources f={f} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CriticalMinerals({ data }: { data: AtlasData }) {
  const list = data.facts.criticalMinerals2023;
  const presence = useMemo(
    () =>
      criticalMineralsInData(
        list.minerals,
        LAYER_IDS.flatMap((l) => data.layers[l].features),
      ),
    [data, list.minerals],
  );
  const inData = presence.filter((p) => p.count > 0).length;
  const max = Math.max(1, ...presence.map((p) => p.count));
  return (
    <section className="insights-section" aria-labelledby="md-minerals" data-testid="md-minerals">
      <h4 id="md-minerals">{t('mission.minerals.title', { count: list.minerals.length })}</h4>
      <p className="md-line">
        {t('mission.minerals.inData', { count: inData, total: list.minerals.length })}{' '}
        <span className="md-sources">
          {list.sources.map((s, i) => (
            <span key={s.url}>
              {i > 0 && ' · '}
              <ExternalLink href={s.url}>{s.publisher ?? s.title}</ExternalLink>, {formatDate(s.date)}
            </span>
          ))}
        </span>
      </p>
      <table className="sc-table md-minerals">
        <caption className="sr-only">{t('mission.minerals.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mission.minerals.col.mineral')}</th>
            <th scope="col" className="num">
              {t('mission.minerals.col.features')}
            </th>
            <th scope="col">
              <span className="sr-only">{t('mission.minerals.col.bar')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {presence.map((p) => (
            <tr key={p.mineral} data-mineral={p.mineral} className={p.count === 0 ? 'md-absent' : ''}>
              <th scope="row">{mineralLabel(p.mineral)}</th>
              <td className="num">{p.count > 0 ? formatCount(p.count) : t('mission.minerals.none')}</td>
              <td
                title={LAYER_IDS.filter((l) => p.byLayer[l] > 0)
                  .map((l) => `${layerTitle(l)} ${p.byLayer[l]}`)
                  .join(', ')}
              >
                <svg className="md-mini" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                  <rect className="md-value" x={0} y={0} width={(p.count / max) * 100} height={8} />
                </svg>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The mission dashboard: targets against reported progress, the outlay (both figures and why they
 * differ), import dependence and the 30 critical minerals in the data, every figure with its
 * source and date, drawn as small bullet and column charts.
 */
export function MissionDashboard({ data }: { data: AtlasData; theme: ResolvedTheme }) {
  return (
    <section className="insights-section mission" aria-labelledby="md-title" data-testid="mission-dashboard">
      <h3 id="md-title">{t('mission.title')}</h3>
      <p className="small muted">{t('mission.intro', { date: formatDate(data.facts.asOf) })}</p>
      <section className="insights-section" aria-labelledby="md-targets">
        <h4 id="md-targets">{t('mission.targets')}</h4>
        <p className="md-line muted">
          <span className="md-key md-value" /> {t('mission.key.progress')}{' '}
          <span className="md-key md-target-key" /> {t('mission.key.target')}{' '}
          <span className="md-key md-tick-key" /> {t('mission.key.earlier')}
        </p>
        <ul className="md-list">
          <BlocksTarget data={data} />
          <ExplorationTarget data={data} />
          <MagnetTarget data={data} />
        </ul>
      </section>
      <Outlay data={data} />
      <ImportDependence data={data} />
      <CriticalMinerals data={data} />
    </section>
  );
}
