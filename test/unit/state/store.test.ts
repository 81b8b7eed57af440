import { describe, it, expect, beforeEach } from 'vitest';
import { useAppStore, initialAppState } from '../../../src/state/store';

describe('store', () => {
  beforeEach(() => useAppStore.setState(initialAppState, true));

  it('keeps other layers’ choices by identity when one layer changes (the map resends only that layer)', () => {
    const before = useAppStore.getState().hiddenCategories;
    useAppStore.getState().toggleCategory('blocks', 'annulled');
    const after = useAppStore.getState().hiddenCategories;
    expect(after.blocks).toEqual(['annulled']);
    expect(after.exploration).toBe(before.exploration);
    expect(after['coal-closures']).toBe(before['coal-closures']);
    useAppStore.getState().toggleCategory('blocks', 'annulled');
    expect(useAppStore.getState().hiddenCategories.blocks).toEqual([]);
  });

  it('opens the panel when a feature is selected, and not when it is cleared', () => {
    useAppStore.setState({ panelOpen: false });
    useAppStore.getState().select('blk-katghora');
    expect(useAppStore.getState().panelOpen).toBe(true);
    useAppStore.setState({ panelOpen: false });
    useAppStore.getState().select(null);
    expect(useAppStore.getState().panelOpen).toBe(false);
  });
});
