/**
 * Collects rejections and warnings while a parser runs, and turns them into the report: one
 * group per reason kind with its count and the first few examples.
 */
import {
  DEFAULT_LIMITS,
  EXAMPLE_TEXT_MAX,
  type ImportFormat,
  type ImportLimits,
  type ImportMessageKey,
  type ImportReport,
  type MessageParams,
  type ReasonExample,
  type ReasonGroup,
  type RejectionKind,
  type WarningKind,
} from './types';

/** The catalogue key of each rejection kind (plural base: called with `count`). */
export const REJECTION_KEYS: Record<RejectionKind, ImportMessageKey> = {
  nonFinite: 'import.reject.nonFinite',
  outOfRange: 'import.reject.outOfRange',
  projected: 'import.reject.projected',
  unclosedRing: 'import.reject.unclosedRing',
  tooFewPositions: 'import.reject.tooFewPositions',
  emptyGeometry: 'import.reject.emptyGeometry',
  notFeature: 'import.reject.notFeature',
  wrongType: 'import.reject.wrongType',
  stringCoordinates: 'import.reject.stringCoordinates',
  badPosition: 'import.reject.badPosition',
  badCoordinate: 'import.reject.badCoordinate',
  missingCoordinate: 'import.reject.missingCoordinate',
  badJson: 'import.reject.badJson',
  overLimit: 'import.reject.overLimit',
};

/** The catalogue key of each warning kind (plural base: called with `count`). */
export const WARNING_KEYS: Record<WarningKind, ImportMessageKey> = {
  unsafeKey: 'import.warn.unsafeKey',
  tooManyProperties: 'import.warn.tooManyProperties',
  longValue: 'import.warn.longValue',
  longKey: 'import.warn.longKey',
  badProperties: 'import.warn.badProperties',
  badBbox: 'import.warn.badBbox',
  badId: 'import.warn.badId',
  foreignMember: 'import.warn.foreignMember',
  raggedRow: 'import.warn.raggedRow',
  unreadableProjection: 'import.warn.unreadableProjection',
  swappedCoordinates: 'import.warn.swappedCoordinates',
  networkLink: 'import.warn.networkLink',
};

/** An excerpt of untrusted text for an example: one line, at most EXAMPLE_TEXT_MAX characters. */
export function excerpt(value: unknown): string {
  let s: string;
  if (typeof value === 'string') s = value;
  else if (typeof value === 'number') s = String(value);
  else {
    try {
      s =
        JSON.stringify(value, (_k, v: unknown) =>
          typeof v === 'number' && !Number.isFinite(v) ? String(v) : v,
        ) ?? String(value);
    } catch {
      s = String(value);
    }
  }
  s = s.replace(/\s+/g, ' ').trim();
  return s.length > EXAMPLE_TEXT_MAX ? `${s.slice(0, EXAMPLE_TEXT_MAX - 1)}…` : s;
}

interface Tally {
  count: number;
  examples: ReasonExample[];
  params: Record<string, string | number>;
}

/** Counts reasons by kind, keeping the first `maxExamples` examples of each. */
export class ReasonCollector {
  readonly limits: ImportLimits;
  private readonly rejects = new Map<RejectionKind, Tally>();
  private readonly warns = new Map<WarningKind, Tally>();
  /** Features (or rows) with at least one rejection, counted once each. */
  rejectedCount = 0;

  constructor(limits: Partial<ImportLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  private add<K>(map: Map<K, Tally>, kind: K, index: number, text: unknown, params?: MessageParams) {
    let t = map.get(kind);
    if (!t) map.set(kind, (t = { count: 0, examples: [], params: {} }));
    t.count++;
    if (params) Object.assign(t.params, params);
    if (t.examples.length < this.limits.maxExamples) t.examples.push({ index, text: excerpt(text) });
  }

  /** Records that the feature at `index` is left out, and why. */
  reject(kind: RejectionKind, index: number, text: unknown, params?: MessageParams): void {
    this.rejectedCount++;
    this.add(this.rejects, kind, index, text, params);
  }

  /** Records that something in the feature at `index` was dropped or changed. */
  warn(kind: WarningKind, index: number, text: unknown, params?: MessageParams): void {
    this.add(this.warns, kind, index, text, params);
  }

  /** The report: groups largest first; each message carries `count` and the group's params. */
  report(format: ImportFormat, total: number, accepted: number): ImportReport {
    const groups = <K extends string>(map: Map<K, Tally>, keys: Record<K, ImportMessageKey>) =>
      [...map.entries()]
        .map(([kind, t]): ReasonGroup<K> => ({
          kind,
          message: { key: keys[kind], params: { ...t.params, count: t.count } },
          count: t.count,
          examples: t.examples,
        }))
        .sort((a, b) => b.count - a.count);
    return {
      format,
      total,
      accepted,
      rejected: this.rejectedCount,
      rejections: groups(this.rejects, REJECTION_KEYS),
      warnings: groups(this.warns, WARNING_KEYS),
    };
  }
}
