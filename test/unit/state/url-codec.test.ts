import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { decodeUrlState, defaultUrlState, encodeUrlState, type UrlState } from '../../../src/state/url-codec';
import { LAYER_IDS, type LayerId } from '../../../src/data/schema';
import { STATE_CODES } from '../../../src/domain/states';
import { SYMBOLOGY } from '../../../src/domain/symbology';

const arbState: fc.Arbitrary<UrlState> = fc.record({
  visibleLayers: fc.record(
    Object.fromEntries(LAYER_IDS.map((l) => [l, fc.boolean()])) as Record<LayerId, fc.Arbitrary<boolean>>,
  ),
  hiddenCategories: fc.record(
    Object.fromEntries(
      LAYER_IDS.map((l) => [
        l,
        fc.subarray(SYMBOLOGY[l].categories.map((c) => c.value)).map((a) => [...a].sort()),
      ]),
    ) as Record<LayerId, fc.Arbitrary<string[]>>,
  ),
  selectedId: fc.option(fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/), { nil: null }),
  stateView: fc.option(fc.constantFrom(...STATE_CODES), { nil: null }),
});

describe('URL codec', () => {
  it('round-trips every state', () => {
    fc.assert(
      fc.property(arbState, (s) => {
        expect(decodeUrlState(encodeUrlState(s))).toEqual(s);
      }),
    );
  });

  it('writes nothing for the default state', () => {
    expect(encodeUrlState(defaultUrlState())).toBe('');
  });

  it('reads a shared link', () => {
    const s = decodeUrlState(
      '?layers=blocks,centres&hide=blocks:annulled+deferred&sel=blk-katghora&state=IN-CG',
    );
    expect(s.visibleLayers.blocks).toBe(true);
    expect(s.visibleLayers.exploration).toBe(false);
    expect(s.hiddenCategories.blocks).toEqual(['annulled', 'deferred']);
    expect(s.selectedId).toBe('blk-katghora');
    expect(s.stateView).toBe('IN-CG');
  });

  it('reads an empty layers list as every layer switched off', () => {
    const allOff = Object.fromEntries(LAYER_IDS.map((l) => [l, false]));
    expect(decodeUrlState('layers=').visibleLayers).toEqual(allOff);
    // And the encoder writes that state so it comes back the same.
    const s: UrlState = { ...defaultUrlState(), visibleLayers: allOff as Record<LayerId, boolean> };
    expect(encodeUrlState(s)).toBe('layers=');
    expect(decodeUrlState(encodeUrlState(s))).toEqual(s);
  });

  it('accepts a selection id of 120 characters and drops one of 121', () => {
    const slug = (n: number) => 'a'.repeat(n - 4) + '-bcd';
    expect(slug(120)).toHaveLength(120);
    expect(decodeUrlState(`sel=${slug(120)}`).selectedId).toBe(slug(120));
    expect(decodeUrlState(`sel=${slug(121)}`).selectedId).toBeNull();
  });

  it('ignores malformed and unknown parameters, keeping the rest', () => {
    const s = decodeUrlState(
      '?layers=nonsense&hide=blocks:annulled+bogus;nolayer:x;broken&sel=<script>&state=IN-XX&zoom=9',
    );
    expect(Object.values(s.visibleLayers).every(Boolean)).toBe(true);
    expect(s.hiddenCategories.blocks).toEqual(['annulled']);
    expect(s.selectedId).toBeNull();
    expect(s.stateView).toBeNull();
  });

  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        expect(() => decodeUrlState(raw)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('layers', 'hide', 'sel', 'state', 'x'), fc.string({ unit: 'binary' })),
        (d) => {
          const q = new URLSearchParams(d).toString();
          expect(() => decodeUrlState(q)).not.toThrow();
        },
      ),
    );
  });
});
