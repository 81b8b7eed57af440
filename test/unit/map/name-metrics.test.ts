import { describe, it, expect } from 'vitest';
import { lineWidth, stateNameBox, textBox } from '../../../src/map/name-metrics';
import { STATE_NAME_TEXT } from '../../../src/map/basemap-style';

/** Every grapheme 12 px wide at MapLibre's 24 px em, a space 6. */
const measure = (g: string) => (g === ' ' ? 6 : 12);
const edge = 2 * (STATE_NAME_TEXT.paddingPx + STATE_NAME_TEXT.haloPx);

describe('stateNameBox', () => {
  it('is the longer line wide, scaled from the 24 px em, and two lines high with the Hindi one smaller', () => {
    // "Bihar": 5 × 12 = 60 at 24 px; at 12 px, 30. Hindi "बिहार" is 3 graphemes: 36 × 0.9 at 24 px.
    const box = stateNameBox('Bihar', 'बिहार', 12, measure);
    expect(box.width).toBeCloseTo(30 + edge, 6);
    const lh = STATE_NAME_TEXT.lineHeightEm;
    expect(box.height).toBeCloseTo(lh * 12 + lh * STATE_NAME_TEXT.hindiScale * 12 + edge, 6);
  });

  it('counts each line the data breaks a long name into', () => {
    const one = stateNameBox('Andaman and Nicobar Islands', '', 10, measure);
    const two = stateNameBox('Andaman and\nNicobar Islands', '', 10, measure);
    expect(two.width).toBeLessThan(one.width);
    expect(two.height - edge).toBeCloseTo(2 * (one.height - edge), 6);
    // "Nicobar Islands": 14 letters and a space.
    expect(two.width - edge).toBeCloseTo(((14 * 12 + 6) * 10) / 24, 6);
  });

  it('writes the English name alone when there is no Hindi one', () => {
    const box = stateNameBox('Goa', '', 24, measure);
    expect(box.height - edge).toBeCloseTo(STATE_NAME_TEXT.lineHeightEm * 24, 6);
  });
});

describe('lineWidth', () => {
  it('adds up graphemes, a Devanagari conjunct being one', () => {
    expect(lineWidth('ab c', measure)).toBe(12 + 12 + 6 + 12);
    // क्ष is one grapheme cluster (three code points).
    expect(lineWidth('क्ष', measure)).toBe(12);
  });
});

describe('textBox', () => {
  const badge = { paddingPx: 2, haloPx: 2, lineHeightEm: 1.2 };
  it('is its longest line wide and one line high per line the text is given in, plus padding and halo', () => {
    // "10 known only": 11 letters and 2 spaces; "to Odisha": 8 letters and a space. At 12 px, half of 24.
    const box = textBox('10 known only\nto Odisha', 12, badge, measure);
    expect(box.width).toBeCloseTo((11 * 12 + 2 * 6) / 2 + 8, 6);
    expect(box.height).toBeCloseTo(2 * 1.2 * 12 + 8, 6);
    expect(textBox('9 known only to Goa', 12, badge, measure).height).toBeCloseTo(1.2 * 12 + 8, 6);
  });
});
