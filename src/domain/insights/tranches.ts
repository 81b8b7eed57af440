/**
 * The auction lifecycle, tranche by tranche: what each tranche offered, re-offered, awarded and
 * annulled, counted from the blocks' own event histories, beside the totals the sources report
 * for the tranche (the blocks layer's figures). Where neither says, the answer is "not in our
 * data", never a number. Pure.
 */
import type { AtlasFeature, BlockEvent, BlockProps, EventType, Figure } from '../../data/schema';

/** What a tranche did to a block, as the "what changed" view groups it. */
export type ChangeKind = 'new' | 're-offered' | 'awarded' | 'annulled' | 'deferred' | 'licence-executed';
export const CHANGE_KINDS: readonly ChangeKind[] = [
  'new',
  're-offered',
  'awarded',
  'annulled',
  'deferred',
  'licence-executed',
];

const KIND_OF: Record<EventType, ChangeKind> = {
  offered: 'new',
  're-offered': 're-offered',
  awarded: 'awarded',
  annulled: 'annulled',
  deferred: 'deferred',
  'licence-executed': 'licence-executed',
};

export interface ChangeEntry {
  readonly kind: ChangeKind;
  readonly blockId: string;
  readonly blockName: string;
  readonly event: BlockEvent;
  /** For a re-offer: the tranche that offered the block before. */
  readonly previousTranche: string | null;
}

/** A reported tranche total (blocks offered / awarded / annulled) with its sources. */
export type ReportedFigure = Figure;

export interface TrancheSummary {
  /** The ministry's label: "I".."VIII", "EL I", "Offshore I", "State". */
  readonly tranche: string;
  /** Launch date: the first offer in the blocks' histories, else the date the reported figure gives. */
  readonly launched: string | null;
  readonly launchedFrom: 'events' | 'figure' | null;
  /** Distinct blocks with each kind of event in this tranche, in our data. */
  readonly inData: Readonly<Record<ChangeKind, number>>;
  /** Blocks of this tranche in our data (any event). */
  readonly blocksInData: number;
  /** What the sources report for the tranche as a whole, when the data holds it. */
  readonly reported: {
    readonly offered: ReportedFigure | null;
    readonly awarded: ReportedFigure | null;
    readonly annulled: ReportedFigure | null;
  };
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** 1 for "I", 8 for "VIII"; NaN for anything that is not a Roman numeral. */
export function romanValue(s: string): number {
  if (!/^[IVXL]+$/.test(s)) return NaN;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

/** The figure-id stem of a tranche label ("VIII" → "t8", "EL I" → "el-t1"), or null. */
export function trancheFigureStem(tranche: string): string | null {
  const m = /^(?:(EL|Offshore) )?([IVXL]+)$/.exec(tranche);
  if (!m) return null;
  const n = romanValue(m[2]!);
  if (!Number.isFinite(n)) return null;
  return `${m[1] ? `${m[1].toLowerCase()}-` : ''}t${n}`;
}

/** The tranche label of a figure id (`blocks-t8-offered` → "VIII"), or null. */
function trancheOfFigure(id: string): string | null {
  const m = /^blocks-(?:(el|offshore)-)?t(\d+)-(offered|awarded|annulled)$/.exec(id);
  if (!m) return null;
  const prefix = m[1] === 'el' ? 'EL ' : m[1] === 'offshore' ? 'Offshore ' : '';
  return `${prefix}${toRoman(Number(m[2]))}`;
}

/** A date as the figure's label gives it: "(launched 2026-07-15)" or "(notice 2025-03-13)". */
function dateInLabel(f: Figure | null): string | null {
  const m = f ? /\((?:launched|notice) (\d{4}(?:-\d{2}){0,2})\)/.exec(f.label) : null;
  return m ? m[1]! : null;
}

const blockTranches = (b: AtlasFeature<BlockProps>) =>
  new Set(b.properties.events.flatMap((e) => (e.tranche ? [e.tranche] : [])));

/** Sort key of a tranche: numbered ones first in order, then exploration licences, offshore, state. */
function trancheOrder(tr: string): [number, number] {
  const m = /^(?:(EL|Offshore) )?([IVXL]+)$/.exec(tr);
  if (!m) return [9, 0];
  return [m[1] === 'EL' ? 1 : m[1] === 'Offshore' ? 2 : 0, romanValue(m[2]!)];
}

export function compareTranches(a: string, b: string): number {
  const [ga, na] = trancheOrder(a);
  const [gb, nb] = trancheOrder(b);
  return ga - gb || na - nb || a.localeCompare(b);
}

/**
 * Every tranche the blocks' histories or the reported figures name, in the ministry's order,
 * each with its counts in our data and the totals the sources report.
 */
export function trancheTimeline(
  blocks: readonly AtlasFeature<BlockProps>[],
  figures: readonly Figure[],
): TrancheSummary[] {
  const figureById = new Map(figures.map((f) => [f.id, f]));
  const names = new Set<string>();
  for (const b of blocks) for (const tr of blockTranches(b)) names.add(tr);
  for (const f of figures) {
    const tr = trancheOfFigure(f.id);
    if (tr) names.add(tr);
  }
  return [...names].sort(compareTranches).map((tranche) => {
    const stem = trancheFigureStem(tranche);
    const fig = (what: string) => (stem ? (figureById.get(`blocks-${stem}-${what}`) ?? null) : null);
    const inData = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
    let blocksInData = 0;
    let firstOffer: string | null = null;
    for (const b of blocks) {
      const evs = b.properties.events.filter((e) => e.tranche === tranche);
      if (evs.length === 0) continue;
      blocksInData += 1;
      for (const k of new Set(evs.map((e) => KIND_OF[e.type]))) inData[k] += 1;
      for (const e of evs)
        if ((e.type === 'offered' || e.type === 're-offered') && (firstOffer === null || e.date < firstOffer))
          firstOffer = e.date;
    }
    const reported = { offered: fig('offered'), awarded: fig('awarded'), annulled: fig('annulled') };
    const labelDate = dateInLabel(reported.offered);
    // A figure's stated launch date is the tranche's; the first offer in the histories is a fallback.
    const launched = labelDate ?? firstOffer;
    return {
      tranche,
      launched,
      launchedFrom: labelDate ? 'figure' : firstOffer ? 'events' : null,
      inData,
      blocksInData,
      reported,
    };
  });
}

/** What a tranche changed, block by block: new offers, re-offers, awards, annulments… by date. */
export function trancheChanges(blocks: readonly AtlasFeature<BlockProps>[], tranche: string): ChangeEntry[] {
  const out: ChangeEntry[] = [];
  for (const b of blocks) {
    const evs = b.properties.events;
    evs.forEach((e, i) => {
      if (e.tranche !== tranche) return;
      let previousTranche: string | null = null;
      if (e.type === 're-offered')
        for (let j = i - 1; j >= 0; j--)
          if (evs[j]!.type === 'offered' || evs[j]!.type === 're-offered') {
            previousTranche = evs[j]!.tranche ?? null;
            break;
          }
      out.push({
        kind: KIND_OF[e.type],
        blockId: b.properties.id,
        blockName: b.properties.name,
        event: e,
        previousTranche,
      });
    });
  }
  return out.sort(
    (a, b) =>
      CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind) ||
      (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0) ||
      a.blockName.localeCompare(b.blockName),
  );
}
