import { describe, it, expect } from 'vitest';
import { colocatedGroups, positionKey } from '../../../src/domain/stacks';

describe('colocatedGroups', () => {
  it('lists nothing for points each alone at its position', () => {
    expect(
      colocatedGroups([
        { id: 'a', coordinates: [80, 20] },
        { id: 'b', coordinates: [80.001, 20] },
      ]),
    ).toEqual([]);
  });

  it('groups points at one position, keeping their order, whatever their layer', () => {
    const g = colocatedGroups([
      { id: 'blk-1', coordinates: [82.6046, 21.2042] },
      { id: 'x', coordinates: [70, 20] },
      { id: 'exp-1', coordinates: [82.6046, 21.2042] },
      { id: 'blk-2', coordinates: [82.604600001, 21.2042] },
    ]);
    expect(g).toEqual([
      { key: '82.60460,21.20420', coordinates: [82.6046, 21.2042], ids: ['blk-1', 'exp-1', 'blk-2'] },
    ]);
  });

  it('keys a position to 5 decimals', () => {
    expect(positionKey([82.123456, -7.5])).toBe('82.12346,-7.50000');
  });
});
