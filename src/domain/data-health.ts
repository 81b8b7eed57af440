/**
 * Data health: for each loaded layer, how precisely its features are placed, how old and how new its
 * sources are, and how many features carry a flag; plus a fixed list of what is known to be missing
 * from the data and why. Pure: plain layer objects in, plain values out. The data build prints the
 * table (scripts/build-data.ts) and scripts/data-health-readme.ts writes it into README.md.
 */
import { PRECISIONS, type LayerId, type Precision } from './model/enums';

/** The fields data health reads; any loaded or source layer (geodata/ or public/data/) has them. */
export interface HealthFeature {
  properties: {
    precision: string;
    sources: readonly { date: string }[];
    flags?: readonly string[];
  };
}

export interface HealthLayer {
  layer: LayerId;
  features: readonly HealthFeature[];
}

export interface LayerHealth {
  layer: LayerId;
  count: number;
  /** Features at each precision (every precision listed, zero when none). */
  byPrecision: Record<Precision, number>;
  /** Newest and oldest `sources[].date` over the layer (ISO, as precise as the source), null when none. */
  newestSourceDate: string | null;
  oldestSourceDate: string | null;
  /** Features with at least one flag, and their share of the layer (0..1; 0 for an empty layer). */
  flagged: number;
  flaggedShare: number;
}

export interface KnownGap {
  layer: LayerId | 'facts';
  /** What is missing. */
  missing: string;
  /** What is public instead, as the data records it. */
  public: string;
  reason: string;
}

/** What is known to be missing: only counts are public for these, so nothing can be drawn. */
export const KNOWN_GAPS: readonly KnownGap[] = [
  {
    layer: 'blocks',
    missing: 'Tranche VIII block names',
    public: 'the tranche count (20 blocks, launched 2026-07-15, per the ICI dataset)',
    reason: 'no source naming the blocks was found; only the tranche totals are recorded, as figures',
  },
  {
    layer: 'coal-closures',
    missing: 'the list of the 143 coal mines to close by 2028',
    public: 'the count (143, minister, February 2026)',
    reason: 'no list was published in the sources found; the layer holds the mines that sources name',
  },
  {
    layer: 'exploration',
    missing: "GSI's project list",
    public: 'counts only (GSI field-season project counts; "over 4,000" exploration projects)',
    reason: 'GSI publishes programme counts, not a list of projects with places',
  },
];

/** ISO partial dates (YYYY, YYYY-MM, YYYY-MM-DD) order correctly as strings. */
function extremes(dates: readonly string[]): { newest: string | null; oldest: string | null } {
  let newest: string | null = null;
  let oldest: string | null = null;
  for (const d of dates) {
    if (newest === null || d > newest) newest = d;
    if (oldest === null || d < oldest) oldest = d;
  }
  return { newest, oldest };
}

/** Data health of one layer. */
export function layerHealth({ layer, features }: HealthLayer): LayerHealth {
  const byPrecision = Object.fromEntries(PRECISIONS.map((p) => [p, 0])) as Record<Precision, number>;
  const dates: string[] = [];
  let flagged = 0;
  for (const f of features) {
    const p = f.properties.precision as Precision;
    if (p in byPrecision) byPrecision[p]++;
    for (const s of f.properties.sources) dates.push(s.date);
    if ((f.properties.flags?.length ?? 0) > 0) flagged++;
  }
  const { newest, oldest } = extremes(dates);
  return {
    layer,
    count: features.length,
    byPrecision,
    newestSourceDate: newest,
    oldestSourceDate: oldest,
    flagged,
    flaggedShare: features.length === 0 ? 0 : flagged / features.length,
  };
}

/** Data health of every given layer, in the given order, and the known gaps. */
export function assessDataHealth(layers: readonly HealthLayer[]): {
  layers: LayerHealth[];
  knownGaps: readonly KnownGap[];
} {
  return { layers: layers.map(layerHealth), knownGaps: KNOWN_GAPS };
}

/** "site 25, locality 1, ..." with zero counts left out; "none" for an empty layer. */
export function formatPrecisions(byPrecision: Record<Precision, number>): string {
  const parts = PRECISIONS.filter((p) => byPrecision[p] > 0).map((p) => `${p} ${byPrecision[p]}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

/** The data-health table as Markdown (README.md and the build's log): one row a layer, then the gaps. */
export function dataHealthMarkdown(health: ReturnType<typeof assessDataHealth>): string {
  const rows = health.layers.map(
    (l) =>
      `| ${l.layer} | ${l.count} | ${formatPrecisions(l.byPrecision)} | ${l.oldestSourceDate ?? '-'} | ` +
      `${l.newestSourceDate ?? '-'} | ${l.flagged} (${Math.round(l.flaggedShare * 100)} %) |`,
  );
  const gaps = health.knownGaps.map(
    (g) => `- **${g.missing}** (${g.layer}): ${g.reason}; public: ${g.public}.`,
  );
  return [
    '| layer | features | precision | oldest source | newest source | flagged |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'Known to be missing:',
    '',
    ...gaps,
  ].join('\n');
}
