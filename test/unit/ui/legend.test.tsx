import { describe, it, expect } from 'vitest';
import { render, screen, fireEvent, within } from '@testing-library/react';
import { Legend } from '../../../src/ui/Legend';
import { useAppStore } from '../../../src/state/store';
import { PRECISION_RADIUS_KM } from '../../../src/domain/symbology';
import { LAYER_IDS, type LayerCollection, type LayerId } from '../../../src/data/schema';
import type { AtlasData } from '../../../src/data/load';

function data(): AtlasData {
  const empty = (): LayerCollection => ({
    type: 'FeatureCollection',
    metadata: { title: 't', description: 'd', asOf: '2026-11-21', figures: [], notes: [] },
    features: [],
  });
  const layers = Object.fromEntries(LAYER_IDS.map((l) => [l, empty()])) as Record<LayerId, LayerCollection>;
  const mk = (id: string, status: string) =>
    ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [80, 20] },
      properties: { id, layer: 'blocks', status, name: id },
    }) as unknown as LayerCollection['features'][number];
  layers.blocks.features = [mk('a', 'awarded'), mk('b', 'awarded'), mk('c', 'annulled')];
  return { layers } as unknown as AtlasData;
}

describe('Legend', () => {
  it('lists each category with its count and hides it on click', () => {
    render(<Legend data={data()} theme="light" />);
    const blocks = document.querySelector('[data-layer="blocks"]') as HTMLElement;
    expect(screen.getByTestId('shown-blocks').textContent).toBe('3 of 3 shown');
    const annulled = within(blocks).getByRole('button', { name: /Annulled/ });
    const awarded = within(blocks).getByRole('button', { name: /Awarded/ });
    expect(annulled.querySelector('.count')?.textContent).toBe('1');
    expect(awarded.querySelector('.count')?.textContent).toBe('2');
    expect(annulled.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(annulled);
    expect(useAppStore.getState().hiddenCategories.blocks).toEqual(['annulled']);
    expect(screen.getByTestId('shown-blocks').textContent).toBe('2 of 3 shown');
    expect(annulled.getAttribute('aria-pressed')).toBe('false');
  });

  it('switches a whole layer off', () => {
    render(<Legend data={data()} theme="light" />);
    const blocks = document.querySelector('[data-layer="blocks"]') as HTMLElement;
    fireEvent.click(within(blocks).getByRole('checkbox'));
    expect(useAppStore.getState().visibleLayers.blocks).toBe(false);
    expect(screen.getByTestId('shown-blocks').textContent).toBe('0 of 3 shown');
  });

  it('gives the disc sizes the map draws', () => {
    render(<Legend data={data()} theme="light" />);
    const note = document.querySelector('.legend-note')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(note).toContain(`district (disc of about ${PRECISION_RADIUS_KM.district} km radius)`);
    expect(note).toContain(`state (about ${PRECISION_RADIUS_KM.state} km)`);
  });
});
