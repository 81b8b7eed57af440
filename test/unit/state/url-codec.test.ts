import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { decodeUrlState, defaultUrlState, encodeUrlState, type UrlState } from '../../../src/state/url-codec';
import { LAYER_IDS } from '../../../src/domain/model/enums';
import { STATE_CODES } from '../../../src/domain/states';
import { PANEL_TABS } from '../../../src/state/slices/ui';
import { AUDIENCES } from '../../../src/state/slices/audience';
import type { Condition, FilterSpec } from '../../../src/domain/filter/spec';

import { encodeQuerySpec } from '../../../src/domain/spatial/query-param';
import { CHOROPLETH_MEASURES, isBlockMeasure } from '../../../src/domain/insights/choropleth';
import { BLOCK_STATUSES } from '../../../src/domain/model/enums';
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const fieldKey = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,11}$/);
const key = fc.oneof(
  fieldKey,
  fc.tuple(slug, fieldKey).map(([d, f]) => `${d}/${f}`),
);
/** Any text a value may hold, separators and percent signs included. */
const value = fc.string({ minLength: 1, maxLength: 12 }).filter((v) => v.trim() === v && v !== '');
const condition: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({
    op: fc.constant('in' as const),
    values: fc.uniqueArray(value, { minLength: 1, maxLength: 4 }).map((a) => [...a].sort()),
  }),
  fc.record({
    op: fc.constant('out' as const),
    values: fc.uniqueArray(value, { minLength: 1, maxLength: 4 }).map((a) => [...a].sort()),
  }),
  fc
    .record({
      op: fc.constant('range' as const),
      min: fc.option(fc.integer({ min: -5000, max: 5000 }), { nil: null }),
      max: fc.option(fc.integer({ min: -5000, max: 5000 }), { nil: null }),
    })
    .filter((c) => c.min !== null || c.max !== null)
    .map((c) => (c.min !== null && c.max !== null && c.min > c.max ? { ...c, min: c.max, max: c.min } : c)),
  fc.record({
    op: fc.constant('contains' as const),
    text: fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== ''),
  }),
);
const filters: fc.Arbitrary<FilterSpec> = fc.dictionary(key, condition, { maxKeys: 5 });

const arbState: fc.Arbitrary<UrlState> = fc.record({
  hiddenLayers: fc.uniqueArray(slug, { maxLength: 4 }).map((a) => [...a].sort()),
  filters,
  selectedId: fc.option(slug, { nil: null }),
  stateView: fc.option(fc.constantFrom(...STATE_CODES), { nil: null }),
  districtView: fc.constant(null),
  tableSort: fc.record({ key: fieldKey, desc: fc.boolean() }),
  tableInView: fc.boolean(),
  panelTab: fc.constantFrom(...PANEL_TABS),
  query: fc.option(
    fc.constantFrom(
      encodeQuerySpec({ kind: 'within', area: { kind: 'rectangle', bbox: [84, 19, 87, 22] } }),
      encodeQuerySpec({ kind: 'radius', center: [85.12, 20.5], km: 100 }),
      'within!state:IN-OR',
      'near:blk-katghora,100',
      'knn:blk-katghora,processing,5',
      'preset:blocks-near-centres,200',
    ),
    { nil: null },
  ),
  audience: fc.option(fc.constantFrom(...AUDIENCES), { nil: null }),
  choropleth: fc.option(
    fc
      .record({
        level: fc.constantFrom('state' as const, 'district' as const),
        measure: fc.constantFrom(...CHOROPLETH_MEASURES),
        status: fc.option(fc.constantFrom(...BLOCK_STATUSES), { nil: null }),
      })
      .map((c) => (isBlockMeasure(c.measure) ? c : { ...c, status: null })),
    { nil: null },
  ),
});

describe('URL codec', () => {
  it('round-trips every state, filters with any characters in their values included', () => {
    fc.assert(
      fc.property(arbState, (s) => {
        expect(decodeUrlState(encodeUrlState(s))).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it('writes nothing for the default state', () => {
    expect(encodeUrlState(defaultUrlState())).toBe('');
  });

  it('reads a link with filters, sort and tab', () => {
    const s = decodeUrlState(
      '?f=minerals:lithium,graphite;blocks/status!annulled;year=2024..;name~katgh&sort=-year&inview=1&tab=results',
    );
    expect(s.filters).toEqual({
      minerals: { op: 'in', values: ['graphite', 'lithium'] },
      'blocks/status': { op: 'out', values: ['annulled'] },
      year: { op: 'range', min: 2024, max: null },
      name: { op: 'contains', text: 'katgh' },
    });
    expect(s.tableSort).toEqual({ key: 'year', desc: true });
    expect(s.tableInView).toBe(true);
    expect(s.panelTab).toBe('results');
  });

  it('reads a district view and opens its state with it; drops a malformed one', () => {
    const s = decodeUrlState('district=IN-CG:Korba');
    expect(s.districtView).toBe('IN-CG:Korba');
    expect(s.stateView).toBe('IN-CG');
    expect(decodeUrlState(encodeUrlState(s))).toEqual(s);
    for (const bad of ['IN-XX:Korba', 'Korba', 'IN-CG:', 'IN-CG: Korba', `IN-CG:${'k'.repeat(200)}`])
      expect(decodeUrlState(`district=${encodeURIComponent(bad)}`).districtView, bad).toBeNull();
  });

  it('reads an upside-down range as the range meant', () => {
    expect(decodeUrlState('f=year=2026..2020').filters.year).toEqual({ op: 'range', min: 2020, max: 2026 });
  });

  it('still reads older links: visible layers and hidden legend categories', () => {
    const s = decodeUrlState(
      '?layers=blocks,centres&hide=blocks:annulled+deferred&sel=blk-katghora&state=IN-CG',
    );
    expect(s.hiddenLayers).toEqual(LAYER_IDS.filter((l) => l !== 'blocks' && l !== 'centres').sort());
    expect(s.filters).toEqual({ 'blocks/status': { op: 'out', values: ['annulled', 'deferred'] } });
    expect(s.selectedId).toBe('blk-katghora');
    expect(s.stateView).toBe('IN-CG');
  });

  it('reads an old empty layers list as every layer switched off', () => {
    expect(decodeUrlState('layers=').hiddenLayers).toEqual([...LAYER_IDS].sort());
  });

  it('accepts a selection id of 120 characters and drops one of 121', () => {
    const id = (n: number) => 'a'.repeat(n - 4) + '-bcd';
    expect(id(120)).toHaveLength(120);
    expect(decodeUrlState(`sel=${id(120)}`).selectedId).toBe(id(120));
    expect(decodeUrlState(`sel=${id(121)}`).selectedId).toBeNull();
  });

  it('ignores malformed and unknown parameters, keeping the rest', () => {
    const s = decodeUrlState(
      '?layers=nonsense&hide=blocks:annulled;nolayer:x;broken&f=year=abc..;:x;<script>:y;minerals:lithium&sel=<script>&state=IN-XX&zoom=9&sort=<b>&tab=admin',
    );
    expect(s.hiddenLayers).toEqual([]);
    expect(s.filters).toEqual({
      'blocks/status': { op: 'out', values: ['annulled'] },
      minerals: { op: 'in', values: ['lithium'] },
    });
    expect(s.selectedId).toBeNull();
    expect(s.stateView).toBeNull();
    expect(s.tableSort).toEqual(defaultUrlState().tableSort);
    expect(s.panelTab).toBe('layers');
  });

  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        expect(() => decodeUrlState(raw)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('layers', 'hide', 'off', 'f', 'sel', 'state', 'sort', 'tab', 'x'),
          fc.string({ unit: 'binary' }),
        ),
        (d) => {
          const q = new URLSearchParams(d).toString();
          expect(() => decodeUrlState(q)).not.toThrow();
        },
      ),
    );
  });

  it('a start view alone opens its preset; anything the link says wins; a malformed one is dropped', () => {
    const inv = decodeUrlState('view=investor');
    expect(inv.audience).toBe('investor');
    expect(inv.panelTab).toBe('insights');
    expect(inv.filters).toEqual({ 'blocks/status': { op: 'in', values: ['offered', 're-offered'] } });
    expect(inv.hiddenLayers).toEqual(['centres', 'coal-closures', 'exploration', 'overseas']);
    const own = decodeUrlState('view=investor&tab=results&f=minerals:lithium&off=');
    expect(own.panelTab).toBe('results');
    expect(own.filters).toEqual({ minerals: { op: 'in', values: ['lithium'] } });
    expect(own.hiddenLayers).toEqual([]);
    expect(decodeUrlState('view=geologist').panelTab).toBe('filters');
    expect(decodeUrlState('view=official&state=IN-OD')).toMatchObject({
      audience: 'official',
      stateView: 'IN-OD',
    });
    for (const bad of ['admin', '<script>', '', 'INVESTOR', 'investor '])
      expect(decodeUrlState(`view=${encodeURIComponent(bad)}`), bad).toEqual(defaultUrlState());
  });
});
