/**
 * A block's auction history is a list of dated events; its current status is derived from
 * them and never stored twice. These rules are what the build checks every history against.
 */
import type { BlockEvent, BlockStatus, EventType } from '../data/schema';

/** Which event types may directly follow which. `null` is the start of the history. */
const ALLOWED_AFTER: Record<EventType, readonly (EventType | null)[]> = {
  offered: [null],
  're-offered': ['annulled'],
  annulled: ['offered', 're-offered', 'awarded', 'deferred'],
  awarded: ['offered', 're-offered'],
  'licence-executed': ['awarded'],
  deferred: ['offered', 're-offered'],
};

/** Compare two partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) by their common prefix. */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const pa = a.slice(0, n);
  const pb = b.slice(0, n);
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/** The current status of a block: the type of its last event. */
export function deriveBlockStatus(events: readonly BlockEvent[]): BlockStatus {
  const last = events[events.length - 1];
  if (!last) throw new Error('a block needs at least one event');
  return last.type;
}

/**
 * Problems with an event history, each as a sentence naming the event by position:
 * events out of date order, a transition the auction rules do not allow, an annulment
 * without a reason, an award without a bidder.
 */
export function eventHistoryProblems(events: readonly BlockEvent[]): string[] {
  const problems: string[] = [];
  let prev: BlockEvent | null = null;
  events.forEach((e, i) => {
    const where = `events[${i}] (${e.type} ${e.date})`;
    if (prev && compareDates(e.date, prev.date) < 0) {
      problems.push(`${where} is dated before events[${i - 1}] (${prev.date}): events out of order`);
    }
    const allowed = ALLOWED_AFTER[e.type];
    const prevType = prev ? prev.type : null;
    if (!allowed.includes(prevType)) {
      problems.push(
        `${where} cannot follow ${prevType === null ? 'the start of the history' : `'${prevType}'`}` +
          ` (allowed after: ${allowed.map((t) => (t === null ? 'start' : t)).join(', ')})`,
      );
    }
    if (e.type === 'annulled' && !e.reason) problems.push(`${where} has no reason`);
    if (e.type === 'awarded' && !e.bidder) problems.push(`${where} names no preferred bidder`);
    if (e.premiumPct !== undefined && e.type !== 'awarded') {
      problems.push(`${where} carries a premium but is not an award`);
    }
    prev = e;
  });
  return problems;
}

/** The award that stands: the last award not followed by an annulment. */
export function standingAward(events: readonly BlockEvent[]): BlockEvent | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'annulled' || e.type === 're-offered') return undefined;
    if (e.type === 'awarded') return e;
  }
  return undefined;
}
