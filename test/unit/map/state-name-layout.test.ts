import { describe, it, expect } from 'vitest';
import { stateNameLayout, withBadge } from '../../../src/map/state-name-layout';
import { STATE_BADGE_TEXT, stateNameSizePx } from '../../../src/map/basemap-style';

describe('withBadge', () => {
  it('is the name’s own box when the state has no badge', () => {
    expect(withBadge({ width: 80, height: 30 }, undefined)).toEqual({ width: 80, height: 30, shiftY: 0 });
  });

  it('spans the name and the badge under it, centred between them', () => {
    // Name 80 × 30 centred on its point (−15 … 15); badge 200 × 20 centred 35 px under it (25 … 45).
    const box = withBadge({ width: 80, height: 30 }, { width: 200, height: 20 }, 35);
    expect(box.width).toBe(200);
    expect(box.height).toBe(60);
    expect(box.shiftY).toBe(15);
  });

  it('drops the badge STATE_BADGE_TEXT.dropEm of its ems by default', () => {
    const drop = STATE_BADGE_TEXT.dropEm * STATE_BADGE_TEXT.sizePx;
    const box = withBadge({ width: 10, height: 10 }, { width: 10, height: 10 });
    expect(box.height).toBeCloseTo(drop + 10, 9);
    expect(box.shiftY).toBeCloseTo(drop / 2, 9);
  });
});

describe('stateNameLayout', () => {
  it('moves a name by its offset in ems of its laid-out size, and its badge the same px in the badge’s ems', () => {
    const zoom = 7.4;
    const size = stateNameSizePx(8);
    const layout = stateNameLayout(
      [
        { key: 'IN-JH', dx: 24, dy: -36, fit: 'clear' },
        { key: 'IN-BR', dx: 6, dy: 0, fit: 'near' },
      ],
      zoom,
      new Map([['IN-JH', '3 known only to Jharkhand']]),
    );
    expect(layout.places['IN-JH']![1][0]).toBeCloseTo(24 / size, 2);
    expect(layout.places['IN-JH']![1][1]).toBeCloseTo(-36 / size, 2);
    const b = STATE_BADGE_TEXT;
    const [anchor, [bx, by]] = layout.badges['IN-JH']!;
    expect(anchor).toBe('center');
    expect(bx).toBeCloseTo(24 / b.sizePx, 2);
    expect(by).toBeCloseTo(b.dropEm - 36 / b.sizePx, 2);
    // Bihar has no badge: only its name is told where to go.
    expect(layout.places['IN-BR']![0]).toBe('center');
    expect(layout.badges['IN-BR']).toBeUndefined();
    expect(layout.hidden).toEqual([]);
  });

  it('lists a name with no place as left out, and tells neither it nor its badge a place', () => {
    const layout = stateNameLayout(
      [{ key: 'IN-OD', dx: 0, dy: 0, fit: 'hidden' }],
      7.5,
      new Map([['IN-OD', '10 known only to Odisha']]),
    );
    expect(layout).toEqual({ places: {}, badges: {}, hidden: ['IN-OD'] });
  });
});
