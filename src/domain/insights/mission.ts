/**
 * The National Critical Mineral Mission's figures (geodata/facts.json) against what the data
 * holds: which of the 30 critical minerals appear and how often, the mission's targets beside
 * the progress the sources report. Only figures that exist are returned; a target without a
 * number in its source stays text. Pure.
 */
import type { AtlasFeature, BlockProps, FactsFile, Figure, LayerId } from '../../data/schema';
import { LAYER_IDS } from '../model/enums';
import { standingAward } from '../auction';

export type FactFigure = FactsFile['figures'][number];

export interface MineralPresence {
  readonly mineral: string;
  /** Features (any layer) that name the mineral. */
  readonly count: number;
  readonly byLayer: Readonly<Record<LayerId, number>>;
}

/** For each of the critical minerals, how many features of the data name it (most first). */
export function criticalMineralsInData(
  minerals: readonly string[],
  features: readonly AtlasFeature[],
): MineralPresence[] {
  const out = minerals.map((mineral) => {
    const byLayer = Object.fromEntries(LAYER_IDS.map((l) => [l, 0])) as Record<LayerId, number>;
    let count = 0;
    for (const f of features)
      if (f.properties.minerals.includes(mineral as never)) {
        count += 1;
        byLayer[f.properties.layer] += 1;
      }
    return { mineral, count, byLayer };
  });
  return out.sort((a, b) => b.count - a.count || minerals.indexOf(a.mineral) - minerals.indexOf(b.mineral));
}

/** The first whole number a figure's text gives ("more than 100 by FY2030-31" → 100), or null. */
export function numberIn(value: number | string): number | null {
  if (typeof value === 'number') return value;
  const m = /\d[\d,]*/.exec(value);
  return m ? Number(m[0].replace(/,/g, '')) : null;
}

/** The date a figure speaks for: its asOf, else its newest source's date. */
export function figureDate(f: Figure): string {
  return (
    f.asOf ??
    [...f.sources]
      .map((s) => s.date)
      .sort()
      .at(-1) ??
    ''
  );
}

export interface Series {
  readonly figures: readonly FactFigure[];
  /** The newest of them (by figureDate), or null. */
  readonly latest: FactFigure | null;
}

/** Figures whose id matches, oldest first. */
export function seriesOf(facts: FactsFile, pattern: RegExp): Series {
  const figures = facts.figures
    .filter((f) => pattern.test(f.id) && typeof f.value === 'number')
    .sort((a, b) => (figureDate(a) < figureDate(b) ? -1 : figureDate(a) > figureDate(b) ? 1 : 0));
  return { figures, latest: figures.at(-1) ?? null };
}

export const figureById = (facts: FactsFile, id: string): FactFigure | null =>
  facts.figures.find((f) => f.id === id) ?? null;

/** Blocks in the data whose award stands or whose licence was executed, in the Centre's numbered tranches. */
export function blocksAwardedInData(blocks: readonly AtlasFeature<BlockProps>[]): number {
  return blocks.filter((b) => {
    // A licence executed after an award still has that award standing.
    const award = standingAward(b.properties.events);
    return award !== undefined && /^[IVXL]+$/.test(award.tranche ?? '');
  }).length;
}

/** Processing features of a kind, by status. */
export function countByStatus(features: readonly AtlasFeature[], kind: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of features)
    if (f.properties.layer === 'processing' && f.properties.kind === kind)
      m.set(f.properties.status, (m.get(f.properties.status) ?? 0) + 1);
  return m;
}
