import { describe, it, expect } from 'vitest';
import {
  compareDates,
  deriveBlockStatus,
  eventHistoryProblems,
  standingAward,
} from '../../../src/domain/auction';
import type { BlockEvent } from '../../../src/data/schema';

const offered = (date = '2024-02-29', tranche = 'II'): BlockEvent => ({ date, type: 'offered', tranche });
const annulled = (date = '2024-06-24'): BlockEvent => ({ date, type: 'annulled', reason: 'no-bids' });
const reoffered = (date = '2024-06-24', tranche = 'IV'): BlockEvent => ({
  date,
  type: 're-offered',
  tranche,
});
const awarded = (date = '2024-11-07'): BlockEvent => ({
  date,
  type: 'awarded',
  bidder: 'Hindustan Zinc Ltd',
  premiumPct: 6.55,
});

describe('compareDates', () => {
  it('compares partial dates by their common precision', () => {
    expect(compareDates('2024-07', '2024-07-28')).toBe(0);
    expect(compareDates('2024-06-24', '2024-07')).toBe(-1);
    expect(compareDates('2025', '2024-12-31')).toBe(1);
  });
});

describe('deriveBlockStatus', () => {
  it('is the last event', () => {
    expect(deriveBlockStatus([offered()])).toBe('offered');
    expect(deriveBlockStatus([offered(), annulled(), reoffered(), awarded()])).toBe('awarded');
    expect(deriveBlockStatus([offered(), annulled(), reoffered(), awarded(), annulled('2025-01')])).toBe(
      'annulled',
    );
  });
  it('refuses an empty history', () => {
    expect(() => deriveBlockStatus([])).toThrow(/at least one event/);
  });
});

describe('eventHistoryProblems', () => {
  it('accepts a real history (Balepalyam: T-II annulled, T-IV awarded, licence executed)', () => {
    const h: BlockEvent[] = [
      offered(),
      { date: '2024-06-24', type: 'annulled', reason: 'fewer-than-three-bidders' },
      reoffered(),
      awarded(),
      { date: '2025-11', type: 'licence-executed' },
    ];
    expect(eventHistoryProblems(h)).toEqual([]);
  });
  it('accepts an award that was later annulled', () => {
    expect(eventHistoryProblems([offered(), awarded(), annulled('2025-01')])).toEqual([]);
  });
  it('finds events out of order', () => {
    expect(eventHistoryProblems([offered('2024-06-01'), annulled('2024-05-01')])[0]).toMatch(/out of order/);
  });
  it('finds a re-offer without an annulment', () => {
    expect(eventHistoryProblems([offered(), reoffered()])[0]).toMatch(/cannot follow 'offered'/);
  });
  it('finds a history that does not start with an offer', () => {
    expect(eventHistoryProblems([awarded()])[0]).toMatch(/cannot follow the start/);
  });
  it('finds an award without a bidder and an annulment without a reason', () => {
    const p = eventHistoryProblems([offered(), { date: '2024-06', type: 'awarded' }]);
    expect(p.join()).toMatch(/names no preferred bidder/);
    const q = eventHistoryProblems([offered(), { date: '2024-06', type: 'annulled' }]);
    expect(q.join()).toMatch(/has no reason/);
  });
  it('finds a premium on an event that is not an award', () => {
    expect(eventHistoryProblems([{ ...offered(), premiumPct: 5 }]).join()).toMatch(/carries a premium/);
  });
});

describe('standingAward', () => {
  it('drops an award that was later annulled', () => {
    expect(standingAward([offered(), awarded()])?.bidder).toBe('Hindustan Zinc Ltd');
    expect(standingAward([offered(), awarded(), annulled('2025-01')])).toBeUndefined();
  });
});
