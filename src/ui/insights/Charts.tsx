import { useEffect, useMemo, useRef } from 'react';
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../../data/datasets';
import type { BlockEvent } from '../../data/schema';
import { isLayerVisible, useAppStore } from '../../state/store';
import { useActiveQuery } from '../../state/selectors/query';
import { rowsPassing } from '../../state/selectors/chart-rows';
import {
  barChosen,
  blocksByMineralOutcome,
  blocksByTranche,
  CHART_KEYS,
  chartFilterActive,
  closuresByYear,
  closureYearFilter,
  countsByState,
  mineralOutcomeFilter,
  premiumFilter,
  premiumHistogram,
  PREMIUM_BIN,
  stateFilter,
  trancheFilter,
  withoutChartKeys,
  type Bar,
  type ChartFilter,
  type ChartId,
} from '../../domain/insights/charts';
import { SYMBOLOGY, categoryLabel } from '../../domain/symbology';
import { mineralLabel } from '../../domain/minerals';
import { stateByCode } from '../../domain/states';
import { formatDate } from '../../domain/format';
import type { FilterSpec } from '../../domain/filter/spec';
import { t, formatCount } from '../../i18n';
import { datasetLabel } from '../dataset-label';
import { describeCondition } from '../filters/FilterChips';
import type { ResolvedTheme } from '../use-theme';
import type { Row } from '../../domain/model/fields';
import { asOfDayOf } from '../../state/slices/insights';
import { blockStatusOn, dayOfEnd } from '../../domain/insights/timeline';
import { standingAward } from '../../domain/auction';

/** One colour per dataset in the counts-by-state chart (Okabe-Ito, as the map's layers). */
const DATASET_COLOURS: Record<string, Record<ResolvedTheme, string>> = {
  blocks: { light: '#1f5f74', dark: '#5fa8c4' },
  exploration: { light: '#E69F00', dark: '#E69F00' },
  processing: { light: '#009E73', dark: '#2fc79b' },
  'coal-closures': { light: '#5b4636', dark: '#b39a85' },
  centres: { light: '#CC79A7', dark: '#CC79A7' },
  overseas: { light: '#6E6E6E', dark: '#A6A6A6' },
};

/** Every premium bin from 0 to the highest with an award, so gaps show as gaps. */
const premiumBins = (bars: readonly Bar[]) => {
  const top = Math.max(0, ...bars.map((b) => Number(b.x)));
  return Array.from({ length: top / PREMIUM_BIN + 1 }, (_, i) => String(i * PREMIUM_BIN));
};

/** Long tick labels are cut (the title on each bar and the table give them whole). */
const clip = (s: string) => (s.length > 24 ? `${s.slice(0, 23)}…` : s);

interface ChartDef {
  id: ChartId;
  /** A shorter label for the axis, when the full one is long. */
  tickLabel?: (x: string) => string;
  /** Every category of the axis in order, empty ones included (else: those with bars). */
  domain?: readonly string[];
  bars: readonly Bar[];
  horizontal: boolean;
  xLabel: (x: string) => string;
  seriesLabel: (s: string) => string;
  seriesColour: (s: string) => string;
  /** What a click on the bar sets. */
  filterFor: (bar: Bar) => ChartFilter;
  /** A line under the chart: what it counts and what it leaves out. */
  note: string;
}

/**
 * One chart: Plot's SVG (inserted by ref; every text in it is set as text by Plot), its colour
 * key, the filter it has set with a way to clear it, and a table of the same numbers for
 * screen readers and keyboards (each row's button applies the same filter as a click).
 */
function ChartFigure({
  def,
  datasets,
  filters,
  apply,
}: {
  def: ChartDef;
  datasets: readonly Dataset[];
  filters: FilterSpec;
  apply: (f: ChartFilter) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { id, bars, horizontal } = def;
  const anyChosen = chartFilterActive(filters, id);
  const xs = useMemo(() => {
    const seen = new Map<string, number>();
    for (const b of bars) if (!seen.has(b.x)) seen.set(b.x, b.order);
    return def.domain ? [...def.domain] : [...seen.entries()].sort((a, b) => a[1] - b[1]).map(([x]) => x);
  }, [bars, def.domain]);
  const series = useMemo(() => [...new Set(bars.map((b) => b.series))].filter((s) => s !== ''), [bars]);
  const title = t(`insights.chart.${id}`);

  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    host.replaceChildren();
    if (bars.length === 0) return;
    const width = Math.max(260, host.clientWidth || 340);
    const data = [...bars];
    const colourDomain = series.length ? series : [''];
    const mark = horizontal ? Plot.barX : Plot.barY;
    const plot = Plot.plot({
      width,
      height: horizontal ? 28 + xs.length * 20 : 190,
      marginLeft: horizontal ? 150 : 36,
      marginBottom: horizontal ? 30 : 42,
      style: { color: 'var(--fg)', background: 'transparent', fontSize: '11px' },
      ariaLabel: t('insights.chart.aria', { title }),
      [horizontal ? 'y' : 'x']: {
        domain: xs,
        tickFormat: (x: string) => clip(def.tickLabel ? def.tickLabel(x) : def.xLabel(x)),
        // At most about ten labels under a vertical chart, so they never overlap.
        ticks: horizontal ? undefined : xs.filter((_, i) => i % Math.ceil(xs.length / 10) === 0),
        label: null,
        tickRotate: horizontal ? 0 : -30,
      },
      [horizontal ? 'x' : 'y']: {
        grid: true,
        label: t('insights.chart.count'),
        tickFormat: (n: number) => formatCount(n),
      },
      color: { domain: colourDomain, range: colourDomain.map(def.seriesColour), legend: false },
      marks: [
        mark(data, {
          [horizontal ? 'y' : 'x']: 'x',
          [horizontal ? 'x' : 'y']: 'count',
          fill: 'series',
          fillOpacity: (b: Bar) => (anyChosen && !barChosen(id, filters, b) ? 0.3 : 1),
          title: (b: Bar) =>
            `${def.xLabel(b.x)}${b.series ? ` · ${def.seriesLabel(b.series)}` : ''}: ${formatCount(b.count)}`,
          // Each rect carries its bar's position, so one listener on the plot finds what was clicked.
          render: (index, scales, values, dimensions, context, next) => {
            const g = next!(index, scales, values, dimensions, context);
            g?.querySelectorAll('rect').forEach((r, j) => {
              r.setAttribute('data-bar', String(index[j]));
              r.setAttribute('data-x', data[index[j]!]!.x);
              r.setAttribute('data-series', data[index[j]!]!.series);
            });
            return g;
          },
        }),
        horizontal ? Plot.ruleX([0]) : Plot.ruleY([0]),
      ],
    });
    const onClick = (e: Event) => {
      const r = (e.target as Element).closest('rect[data-bar]');
      const bar = r ? data[Number(r.getAttribute('data-bar'))] : undefined;
      if (bar) apply(def.filterFor(bar));
    };
    plot.addEventListener('click', onClick);
    plot.classList.add('chart-plot');
    // The picture is one image to assistive technology (its table carries the numbers): Plot's
    // labels on inner groups are not allowed on elements without a role.
    plot.setAttribute('role', 'img');
    plot.querySelectorAll('[aria-label], [aria-description]').forEach((el) => {
      el.removeAttribute('aria-label');
      el.removeAttribute('aria-description');
    });
    host.append(plot);
    return () => {
      plot.removeEventListener('click', onClick);
      plot.remove();
    };
  }, [bars, xs, series, horizontal, def, anyChosen, filters, id, title, apply]);

  const setKeys = CHART_KEYS[id].filter((k) => filters[k]);
  return (
    <figure className="chart" data-chart={id} aria-labelledby={`chart-${id}-title`}>
      <h4 id={`chart-${id}-title`}>{title}</h4>
      {setKeys.length > 0 && (
        <p className="chart-set" data-testid={`chart-set-${id}`}>
          {t('insights.chart.set', {
            filter: setKeys
              .map((k) => describeCondition(k, filters[k]!, datasets))
              .join(t('common.listSeparator')),
          })}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => apply(CHART_KEYS[id].map((k) => [k, null] as const))}
          >
            {t('insights.chart.clear')}
          </button>
        </p>
      )}
      {bars.length === 0 ? (
        <p className="muted">{t('insights.chart.empty')}</p>
      ) : (
        <>
          <div ref={ref} className="chart-host" />
          {series.length > 1 && (
            <ul className="chart-key" aria-hidden="true">
              {series.map((s) => (
                <li key={s}>
                  <span className="chart-swatch" style={{ background: def.seriesColour(s) }} />
                  {def.seriesLabel(s)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <figcaption className="chart-note">{def.note}</figcaption>
      {bars.length > 0 && (
        <details className="chart-table">
          <summary>{t('insights.chart.table')}</summary>
          <table className="small-table" data-testid={`chart-table-${id}`}>
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t(`insights.chart.${id}.x`)}</th>
                {series.length > 0 && <th scope="col">{t(`insights.chart.${id}.series`)}</th>}
                <th scope="col">{t('insights.chart.count')}</th>
                <th scope="col">
                  <span className="sr-only">{t('insights.chart.filterColumn')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={`${b.x}|${b.series}`}>
                  <th scope="row">{def.xLabel(b.x)}</th>
                  {series.length > 0 && <td>{def.seriesLabel(b.series)}</td>}
                  <td>{formatCount(b.count)}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={barChosen(id, filters, b)}
                      onClick={() => apply(def.filterFor(b))}
                    >
                      {t('insights.chart.filterBy')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}

/** The five charts of the Insights tab, over what the filters, the shown layers and the question leave. */
export function Charts({ datasets, theme }: { datasets: readonly Dataset[]; theme: ResolvedTheme }) {
  const filters = useAppStore((s) => s.filters);
  const hiddenLayers = useAppStore((s) => s.hiddenLayers);
  const setFilter = useAppStore((s) => s.setFilter);
  const query = useActiveQuery();
  const queryClasses = query?.classes ?? null;

  const apply = useMemo(
    () => (f: ChartFilter) => {
      for (const [k, c] of f) setFilter(k, c);
    },
    [setFilter],
  );

  const defs = useMemo((): ChartDef[] => {
    const shown = datasets.filter((d) => isLayerVisible({ hiddenLayers }, d.id));
    const ds = (id: string) => shown.find((d) => d.id === id);
    const rows = (d: Dataset | undefined, chart: ChartId) =>
      d ? rowsPassing(d, withoutChartKeys(filters, chart), queryClasses) : [];
    const blocks = ds('blocks');
    const closures = ds('coal-closures');
    const statusColour = (layer: 'blocks' | 'coal-closures') => (s: string) =>
      SYMBOLOGY[layer].categories.find((c) => c.value === s)?.color[theme] ?? '#888888';

    // With the time slider on, a block's history is cut at the day: its status, tranches and
    // standing premium are those of then.
    const day = asOfDayOf(filters);
    const eventsOf = (row: Row) => {
      const all = (blocks!.features[row.index]!.properties as unknown as { events: readonly BlockEvent[] })
        .events;
      return day === null ? all : all.filter((e) => (dayOfEnd(e.date) ?? Infinity) <= day);
    };
    const asOfRow = (row: Row): Row => {
      if (day === null) return row;
      const evs = eventsOf(row);
      return {
        ...row,
        values: {
          ...row.values,
          status: blockStatusOn(evs, day),
          premiumPct: standingAward(evs)?.premiumPct ?? null,
        },
      };
    };
    const mo = blocksByMineralOutcome(rows(blocks, 'mineralOutcome').map(asOfRow));
    const trancheRows = rows(blocks, 'trancheTimeline').map((row) => ({ row, events: eventsOf(row) }));
    const tranches = blocksByTranche(trancheRows);
    const trancheDate = new Map(tranches.map((b) => [b.x, b.date]));
    const premium = premiumHistogram(rows(blocks, 'premium').map(asOfRow));
    const byState = countsByState(
      shown
        .filter((d) => d.fields.some((f) => f.key === 'state'))
        .map((d) => ({ id: d.id, rows: rows(d, 'byState') })),
    );
    const closed = closuresByYear(rows(closures, 'closuresByYear'));
    const blockStatus = (s: string) => categoryLabel('blocks', s);

    return [
      {
        id: 'mineralOutcome',
        bars: mo,
        horizontal: true,
        xLabel: mineralLabel,
        seriesLabel: blockStatus,
        seriesColour: statusColour('blocks'),
        filterFor: (b) => mineralOutcomeFilter(filters, b.x, day === null ? b.series : null),
        note:
          day === null
            ? t('insights.chart.mineralOutcome.note')
            : `${t('insights.chart.mineralOutcome.note')} ${t('insights.chart.mineralOutcome.noteAsOf')}`,
      },
      {
        id: 'trancheTimeline',
        bars: tranches,
        horizontal: false,
        xLabel: (x) => {
          const d = trancheDate.get(x);
          return d ? t('insights.chart.trancheTick', { tranche: x, date: formatDate(d.slice(0, 7)) }) : x;
        },
        tickLabel: (x) => x,
        seriesLabel: blockStatus,
        seriesColour: statusColour('blocks'),
        filterFor: (b) => trancheFilter(filters, b.x),
        note: t('insights.chart.trancheTimeline.note'),
      },
      {
        id: 'premium',
        bars: premium,
        horizontal: false,
        xLabel: (x) => t('insights.chart.premiumBin', { lo: x, hi: String(Number(x) + PREMIUM_BIN) }),
        tickLabel: (x) => x,
        domain: premiumBins(premium),
        seriesLabel: () => '',
        seriesColour: () => (theme === 'dark' ? '#5fa8c4' : '#1f5f74'),
        filterFor: (b) => premiumFilter(filters, Number(b.x)),
        note: t('insights.chart.premium.note', { count: premium.reduce((a, b) => a + b.count, 0) }),
      },
      {
        id: 'byState',
        bars: byState,
        horizontal: true,
        xLabel: (x) => stateByCode(x)?.name ?? x,
        seriesLabel: (id) => {
          const d = datasets.find((x) => x.id === id);
          return d ? datasetLabel(d) : id;
        },
        seriesColour: (id) =>
          DATASET_COLOURS[id]?.[theme] ?? datasets.find((d) => d.id === id)?.color ?? '#888888',
        filterFor: (b) => stateFilter(filters, b.x),
        note: t('insights.chart.byState.note'),
      },
      {
        id: 'closuresByYear',
        bars: closed.bars,
        horizontal: false,
        xLabel: (x) => x,
        seriesLabel: (s) => categoryLabel('coal-closures', s),
        seriesColour: statusColour('coal-closures'),
        filterFor: (b) => closureYearFilter(filters, Number(b.x)),
        note: t('insights.chart.closuresByYear.note', { count: closed.unknownYear }),
      },
    ];
  }, [datasets, hiddenLayers, filters, queryClasses, theme]);

  return (
    <section className="insights-section charts" aria-labelledby="charts-title" data-testid="charts">
      <h3 id="charts-title">{t('insights.charts.title')}</h3>
      <p className="muted small">{query ? t('insights.charts.introQuery') : t('insights.charts.intro')}</p>
      {defs.map((def) => (
        <ChartFigure key={def.id} def={def} datasets={datasets} filters={filters} apply={apply} />
      ))}
    </section>
  );
}
