import { describe, it, expect } from 'vitest';
import { panToClear, paddingFromCovers } from '../../../src/domain/camera-padding';

const map = { left: 0, top: 52, right: 390, bottom: 844 };

describe('paddingFromCovers', () => {
  it('pads the bottom by the sheet and the top by a note across the top', () => {
    const sheet = { left: 0, top: 400, right: 390, bottom: 844 };
    const note = { left: 8, top: 60, right: 330, bottom: 122 };
    expect(paddingFromCovers(map, [sheet, note])).toEqual({ top: 70, bottom: 444, left: 0, right: 0 });
  });

  it('pads a corner box from its shallower edge, and ignores a box beside the map', () => {
    const desk = { left: 0, top: 56, right: 900, bottom: 800 };
    const note = { left: 8, top: 740, right: 528, bottom: 792 };
    const panel = { left: 900, top: 56, right: 1280, bottom: 800 };
    expect(paddingFromCovers(desk, [note, panel])).toEqual({ top: 0, bottom: 60, left: 0, right: 0 });
  });

  it('never pads away more than 80 % of the map', () => {
    const p = paddingFromCovers(map, [
      { left: 0, top: 52, right: 390, bottom: 700 },
      { left: 0, top: 300, right: 390, bottom: 844 },
    ]);
    expect(p.top + p.bottom).toBeLessThanOrEqual(0.8 * 792);
  });
});

describe('panToClear', () => {
  const pad = { top: 70, bottom: 444, left: 0, right: 0 };
  it('moves a point under the sheet up into the clear part', () => {
    expect(panToClear({ x: 200, y: 600 }, 390, 792, pad, 30)).toEqual([0, 600 - (792 - 444 - 30)]);
  });
  it('leaves a point in the clear part, or off the map, where it is', () => {
    expect(panToClear({ x: 200, y: 200 }, 390, 792, pad, 30)).toEqual([0, 0]);
    expect(panToClear({ x: 200, y: 900 }, 390, 792, pad, 30)).toEqual([0, 0]);
  });
});
