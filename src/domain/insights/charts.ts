/**
 * The charts' numbers: plain bars (a category, a series within it, a count) computed from the
 * rows that pass the filter, and the filter conditions a click on a bar applies. Each chart is
 * computed without its own conditions (the faceted rule), so clicking one bar does not make the
 * others vanish: the chosen bars are marked instead.
 */
import type { BlockEvent } from '../../data/schema';
import { isActive, type Condition, type FilterSpec } from '../filter/spec';
import { valuesOf, type Row } from '../model/fields';

export const CHART_IDS = [
  'mineralOutcome',
  'trancheTimeline',
  'premium',
  'byState',
  'closuresByYear',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export interface Bar {
  /** The category on the chart's axis (a mineral id, a tranche, a bin, a state code, a year). */
  readonly x: string;
  /** The series the bar is split into (a status, a dataset id); '' for none. */
  readonly series: string;
  readonly count: number;
  /** Order of the category on its axis (smaller first). */
  readonly order: number;
}

/** What a click on a bar sets: filter keys and their conditions (null removes the key). */
export type ChartFilter = ReadonlyArray<readonly [string, Condition | null]>;

/** The filter keys each chart sets (and so leaves out of its own numbers). */
export const CHART_KEYS: Record<ChartId, readonly string[]> = {
  mineralOutcome: ['minerals', 'status'],
  trancheTimeline: ['tranche'],
  premium: ['premiumPct'],
  byState: ['state'],
  closuresByYear: ['coal-closures/year'],
};

/** The filter without a chart's own keys: what the chart counts over. */
export function withoutChartKeys(spec: FilterSpec, chart: ChartId): FilterSpec {
  const out: Record<string, Condition> = { ...spec };
  for (const k of CHART_KEYS[chart]) delete out[k];
  return out;
}

/** Whether the filter holds a condition this chart set. */
export const chartFilterActive = (spec: FilterSpec, chart: ChartId) =>
  CHART_KEYS[chart].some((k) => isActive(spec[k]));

function tally(entries: Iterable<readonly [string, string, number]>): Bar[] {
  const m = new Map<string, { x: string; series: string; count: number; order: number }>();
  for (const [x, series, order] of entries) {
    const k = `${x}\u0000${series}`;
    const b = m.get(k);
    if (b) b.count++;
    else m.set(k, { x, series, count: 1, order });
  }
  return [...m.values()].sort((a, b) => a.order - b.order || a.series.localeCompare(b.series));
}

/** Blocks by mineral and auction status; a block with two minerals counts under each. */
export function blocksByMineralOutcome(rows: readonly Row[]): Bar[] {
  const perMineral = new Map<string, number>();
  for (const r of rows)
    for (const m of valuesOf(r.values.minerals)) perMineral.set(m, (perMineral.get(m) ?? 0) + 1);
  // Most blocks first.
  const rank = new Map(
    [...perMineral.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([m], i) => [m, i]),
  );
  return tally(
    rows.flatMap((r) =>
      valuesOf(r.values.minerals).map((m) => [m, String(r.values.status ?? ''), rank.get(m) ?? 0] as const),
    ),
  );
}

/**
 * The filter a click on a mineral × status bar sets (the same bar again clears it). With
 * `status` null only the mineral is set: while the time slider shows statuses of another day,
 * the filter's status (today's) would not select what the bar shows.
 */
export function mineralOutcomeFilter(spec: FilterSpec, mineral: string, status: string | null): ChartFilter {
  if (status === null)
    return [
      ['minerals', isOnly(spec.minerals, mineral) ? null : { op: 'in', values: [mineral] }],
      ['status', null],
    ];
  const same = isOnly(spec.minerals, mineral) && isOnly(spec.status, status);
  return same
    ? [
        ['minerals', null],
        ['status', null],
      ]
    : [
        ['minerals', { op: 'in', values: [mineral] }],
        ['status', { op: 'in', values: [status] }],
      ];
}

const isOnly = (c: Condition | undefined, v: string) =>
  c?.op === 'in' && c.values.length === 1 && c.values[0] === v;

/** A block's events in one tranche. */
const inTranche = (events: readonly BlockEvent[], tranche: string) =>
  events.filter((e) => e.tranche === tranche);

export interface TrancheBar extends Bar {
  /** The first date any block was offered in this tranche (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly date: string;
}

/**
 * Blocks by tranche, in the order the tranches were first offered, each split by what became of
 * the block in that tranche (its last event there: awarded, annulled, still offered…).
 */
export function blocksByTranche(
  blocks: readonly { readonly row: Row; readonly events: readonly BlockEvent[] }[],
): TrancheBar[] {
  const first = new Map<string, string>();
  for (const b of blocks)
    for (const e of b.events)
      if (e.tranche && (e.type === 'offered' || e.type === 're-offered')) {
        const d = first.get(e.tranche);
        if (d === undefined || e.date < d) first.set(e.tranche, e.date);
      }
  const order = new Map(
    [...first.entries()]
      .sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]))
      .map(([t], i) => [t, i]),
  );
  const m = new Map<string, { x: string; series: string; count: number; order: number; date: string }>();
  for (const b of blocks)
    for (const tr of new Set(b.events.flatMap((e) => (e.tranche ? [e.tranche] : [])))) {
      if (!order.has(tr)) continue;
      const evs = inTranche(b.events, tr);
      const outcome = evs[evs.length - 1]?.type ?? 'offered';
      const k = `${tr}\u0000${outcome}`;
      const e = m.get(k);
      if (e) e.count++;
      else m.set(k, { x: tr, series: outcome, count: 1, order: order.get(tr)!, date: first.get(tr)! });
    }
  return [...m.values()].sort((a, b) => a.order - b.order || a.series.localeCompare(b.series));
}

export function trancheFilter(spec: FilterSpec, tranche: string): ChartFilter {
  return [['tranche', isOnly(spec.tranche, tranche) ? null : { op: 'in', values: [tranche] }]];
}

/** Width of a premium bin, in percentage points. */
export const PREMIUM_BIN = 20;

/**
 * Standing awards by bid premium (% of the value of mineral dispatched), in bins of
 * PREMIUM_BIN points: `x` is the bin's lower edge. Blocks without a standing award are not in it.
 */
export function premiumHistogram(rows: readonly Row[]): Bar[] {
  return tally(
    rows.flatMap((r) => {
      const p = r.values.premiumPct;
      if (typeof p !== 'number' || !Number.isFinite(p)) return [];
      const lo = Math.floor(p / PREMIUM_BIN) * PREMIUM_BIN;
      return [[String(lo), '', lo] as const];
    }),
  );
}

/** The range a premium bin's click sets: [lo, lo + bin), as a closed range to the data's 0.01 precision. */
export function premiumFilter(spec: FilterSpec, lo: number): ChartFilter {
  const c = spec.premiumPct;
  const max = lo + PREMIUM_BIN - 0.01;
  const same = c?.op === 'range' && c.min === lo && c.max !== null && Math.abs(c.max - max) < 1e-9;
  return [['premiumPct', same ? null : { op: 'range', min: lo, max: Math.round(max * 100) / 100 }]];
}

/** Features by state, split by dataset (every shown dataset with a state field). */
export function countsByState(
  byDataset: readonly { readonly id: string; readonly rows: readonly Row[] }[],
): Bar[] {
  const total = new Map<string, number>();
  for (const d of byDataset)
    for (const r of d.rows) {
      const s = r.values.state;
      if (typeof s === 'string' && s) total.set(s, (total.get(s) ?? 0) + 1);
    }
  const rank = new Map(
    [...total.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s], i) => [s, i]),
  );
  return tally(
    byDataset.flatMap((d) =>
      d.rows.flatMap((r) => {
        const s = r.values.state;
        return typeof s === 'string' && s ? [[s, d.id, rank.get(s)!] as const] : [];
      }),
    ),
  );
}

export function stateFilter(spec: FilterSpec, code: string): ChartFilter {
  return [['state', isOnly(spec.state, code) ? null : { op: 'in', values: [code] }]];
}

/** Coal-mine closures by closure year, split by closure status; `unknown` counts those without a year. */
export function closuresByYear(rows: readonly Row[]): { bars: Bar[]; unknownYear: number } {
  let unknownYear = 0;
  const bars = tally(
    rows.flatMap((r) => {
      const y = r.values.year;
      if (typeof y !== 'number') {
        unknownYear++;
        return [];
      }
      return [[String(y), String(r.values.closureStatus ?? ''), y] as const];
    }),
  );
  return { bars, unknownYear };
}

export function closureYearFilter(spec: FilterSpec, year: number): ChartFilter {
  const c = spec['coal-closures/year'];
  const same = c?.op === 'range' && c.min === year && c.max === year;
  return [['coal-closures/year', same ? null : { op: 'range', min: year, max: year }]];
}

/** Whether a bar is what the active filter chose (for marking it). */
export function barChosen(chart: ChartId, spec: FilterSpec, bar: Bar): boolean {
  const inC = (key: string, v: string) => {
    const c = spec[key];
    return c?.op === 'in' && c.values.includes(v);
  };
  switch (chart) {
    case 'mineralOutcome':
      return inC('minerals', bar.x) && (!isActive(spec.status) || inC('status', bar.series));
    case 'trancheTimeline':
      return inC('tranche', bar.x);
    case 'byState':
      return inC('state', bar.x);
    case 'premium': {
      const c = spec.premiumPct;
      const lo = Number(bar.x);
      return c?.op === 'range' && c.min !== null && c.max !== null && c.min <= lo && c.max >= lo;
    }
    case 'closuresByYear': {
      const c = spec['coal-closures/year'];
      const y = Number(bar.x);
      return c?.op === 'range' && (c.min === null || c.min <= y) && (c.max === null || c.max >= y);
    }
  }
}
