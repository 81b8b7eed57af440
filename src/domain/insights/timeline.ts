/**
 * The time slider's dates. A feature enters the time view on its layer's own date: a block on
 * its first auction event, an exploration find on its announcement, a closure in its closure
 * year, a Centre of Excellence on its recognition, an overseas asset on its agreement.
 * Processing sites carry no date. A date known only to its month or year counts from the last
 * day of that month or year, so the view never shows something before the sources place it.
 *
 * Days are numbers `yyyymmdd` (20240101), so the filter model's range test compares them.
 */
import type { AtlasProps, BlockEvent } from '../../data/schema';
import type { FilterSpec } from '../filter/spec';
import type { HistoryStep } from '../model/fields';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A partial ISO date as the day number of its last day: '2025-01' → 20250131; null if malformed. */
export function dayOfEnd(date: string): number | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return y * 10000 + 1231;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (!m[3]) return y * 10000 + mo * 100 + daysInMonth(y, mo);
  const d = Number(m[3]);
  if (d < 1 || d > daysInMonth(y, mo)) return null;
  return y * 10000 + mo * 100 + d;
}

/** A full date `YYYY-MM-DD` as a day number, or null when it is not a real calendar day. */
export function dayOf(date: string): number | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? dayOfEnd(date) : null;
}

/** A day number back to `YYYY-MM-DD`. */
export function dateOfDay(day: number): string {
  const y = Math.floor(day / 10000);
  const m = Math.floor(day / 100) % 100;
  const d = day % 100;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The day a feature enters the time view, or null when its layer or the feature has no date. */
export function sinceDay(p: AtlasProps): number | null {
  switch (p.layer) {
    case 'blocks':
      return p.events[0] ? dayOfEnd(p.events[0].date) : null;
    case 'exploration':
      return p.announced ? dayOfEnd(p.announced) : null;
    case 'coal-closures':
      return p.closureYear !== null ? dayOfEnd(String(p.closureYear)) : null;
    case 'centres':
      return dayOfEnd(p.recognised);
    case 'overseas':
      return p.agreed ? dayOfEnd(p.agreed) : null;
    case 'processing':
      return null;
  }
}

/** A block's auction status on a day: its last event by then, or null before its first. */
export function blockStatusOn(events: readonly BlockEvent[], day: number): string | null {
  let status: string | null = null;
  for (const e of events) {
    const d = dayOfEnd(e.date);
    if (d !== null && d <= day) status = e.type;
  }
  return status;
}

/**
 * A block's status changes as history steps: each event's day (a month or year counts from its
 * end) and type, in the sources' order, so that `valueOn` gives what `blockStatusOn` gives.
 */
export function blockStatusHistory(events: readonly BlockEvent[]): HistoryStep[] {
  const out: HistoryStep[] = [];
  for (const e of events) {
    const d = dayOfEnd(e.date);
    if (d !== null) out.push([d, e.type]);
  }
  return out;
}

export interface TimelineStop {
  readonly day: number;
  /** What happened that day, by kind: offered, awarded, annulled, closure, announced… */
  readonly kinds: readonly string[];
}

/** Every day something dated happened, in order, with what: the slider's stops. */
export function timelineStops(features: readonly { properties: AtlasProps }[]): TimelineStop[] {
  const by = new Map<number, Set<string>>();
  const add = (date: string | null | undefined, kind: string) => {
    const d = date ? dayOfEnd(date) : null;
    if (d === null) return;
    let s = by.get(d);
    if (!s) by.set(d, (s = new Set()));
    s.add(kind);
  };
  for (const { properties: p } of features) {
    switch (p.layer) {
      case 'blocks':
        for (const e of p.events) add(e.date, e.type);
        break;
      case 'exploration':
        add(p.announced, 'announced');
        break;
      case 'coal-closures':
        if (p.closureYear !== null) add(String(p.closureYear), 'closure');
        break;
      case 'centres':
        add(p.recognised, 'recognised');
        break;
      case 'overseas':
        add(p.agreed, 'agreed');
        break;
      default:
        break;
    }
  }
  return [...by.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([day, kinds]) => ({ day, kinds: [...kinds].sort() }));
}

/** The filter key the time slider sets: `since` at most the chosen day. */
export const AS_OF_KEY = 'since';

/**
 * The time slider's day in a filter (its `since` condition with no lower bound), or null when
 * it is off. Timed fields (a block's status) are read on this day by filters and counts.
 */
export function asOfDayOf(spec: FilterSpec): number | null {
  const c = spec[AS_OF_KEY];
  return c?.op === 'range' && c.min === null && c.max !== null ? c.max : null;
}
