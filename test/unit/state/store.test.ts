import { describe, it, expect, beforeEach } from 'vitest';
import { useAppStore, initialAppState, isLayerVisible } from '../../../src/state/store';

describe('store', () => {
  beforeEach(() => useAppStore.setState(initialAppState, true));

  it('turns a legend switch into a none-of condition of the filter, and back', () => {
    useAppStore.getState().toggleCategory('blocks', 'status', 'annulled');
    expect(useAppStore.getState().filters).toEqual({ 'blocks/status': { op: 'out', values: ['annulled'] } });
    useAppStore.getState().toggleCategory('blocks', 'status', 'deferred');
    expect(useAppStore.getState().filters['blocks/status']).toEqual({
      op: 'out',
      values: ['annulled', 'deferred'],
    });
    useAppStore.getState().toggleCategory('blocks', 'status', 'annulled');
    useAppStore.getState().toggleCategory('blocks', 'status', 'deferred');
    expect(useAppStore.getState().filters).toEqual({});
  });

  it('keeps the filter object when nothing changes, and replaces it on every change', () => {
    const before = useAppStore.getState().filters;
    useAppStore.getState().setLayerVisible('blocks', false);
    expect(useAppStore.getState().filters).toBe(before);
    useAppStore.getState().toggleFilterValue('minerals', 'lithium');
    expect(useAppStore.getState().filters).not.toBe(before);
    expect(useAppStore.getState().filters.minerals).toEqual({ op: 'in', values: ['lithium'] });
    useAppStore.getState().clearFilters();
    expect(useAppStore.getState().filters).toEqual({});
  });

  it('switches datasets off and on by id, any id', () => {
    const st = () => useAppStore.getState();
    st().setLayerVisible('synth-points-100', false);
    st().setLayerVisible('blocks', false);
    expect(st().hiddenLayers).toEqual(['blocks', 'synth-points-100']);
    expect(isLayerVisible(st(), 'blocks')).toBe(false);
    expect(isLayerVisible(st(), 'centres')).toBe(true);
    st().setLayerVisible('blocks', true);
    expect(st().hiddenLayers).toEqual(['synth-points-100']);
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
