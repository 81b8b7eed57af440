/**
 * A block's one-page brief: its standing award, its full history in order with each event's
 * sources, and the nearest processing hubs with distance ranges that allow for the block's and
 * each hub's placement precision. Pure.
 */
import type { AtlasFeature, BlockEvent, BlockProps, Source } from '../../data/schema';
import { standingAward } from '../auction';
import { uncertaintyRadiusKm } from '../spatial/precision-disc';
import { nearestHubs, originOf, type NearHub } from './hubs';

export interface BriefEvent {
  readonly event: BlockEvent;
  /** 1-based numbers of the block's sources that support the event (as the brief numbers them). */
  readonly sourceNumbers: readonly number[];
}

export interface BlockBrief {
  readonly block: AtlasFeature<BlockProps>;
  readonly award: BlockEvent | null;
  readonly history: readonly BriefEvent[];
  /** Tranches the block was offered in, in order. */
  readonly tranches: readonly string[];
  readonly hubs: readonly NearHub[];
  /** The block's own uncertainty radius, km (0 for a site). */
  readonly radiusKm: number;
  readonly sources: readonly Source[];
}

export function buildBrief(
  block: AtlasFeature<BlockProps>,
  hubs: readonly AtlasFeature[],
  hubCount = 5,
): BlockBrief {
  const p = block.properties;
  const history = p.events.map((event) => ({
    event,
    sourceNumbers: (event.sourceRefs ?? []).filter((r) => r < p.sources.length).map((r) => r + 1),
  }));
  const tranches: string[] = [];
  for (const e of p.events)
    if ((e.type === 'offered' || e.type === 're-offered') && e.tranche && !tranches.includes(e.tranche))
      tranches.push(e.tranche);
  return {
    block,
    award: standingAward(p.events) ?? null,
    history,
    tranches,
    hubs: nearestHubs(originOf(block), hubs, hubCount),
    radiusKm: uncertaintyRadiusKm(p.precision),
    sources: p.sources,
  };
}
