import { describe, it, expect } from 'vitest';
import { render, screen, fireEvent, within, act } from '@testing-library/react';
import { Legend } from '../../../src/ui/Legend';
import { useAppStore } from '../../../src/state/store';
import { PRECISION_RADIUS_KM } from '../../../src/domain/symbology';
import { realDatasets, realLayers } from '../../real-data';
import type { BlockProps } from '../../../src/data/schema';

const datasets = realDatasets();
const raw = realLayers().blocks.features.map((f) => f.properties as BlockProps);
const count = (pred: (p: BlockProps) => boolean) => raw.filter(pred).length;

describe('Legend', () => {
  it('lists each category with its count over the data, and hides it on click', () => {
    render(<Legend datasets={datasets} theme="light" />);
    const blocks = document.querySelector('[data-layer="blocks"]') as HTMLElement;
    const total = raw.length;
    expect(screen.getByTestId('shown-blocks').textContent).toBe(`${total} of ${total} shown`);
    const annulled = within(blocks).getByRole('button', { name: /Annulled/ });
    const awarded = within(blocks).getByRole('button', { name: /Awarded/ });
    expect(annulled.querySelector('.count')?.textContent).toBe(String(count((p) => p.status === 'annulled')));
    expect(awarded.querySelector('.count')?.textContent).toBe(String(count((p) => p.status === 'awarded')));
    expect(annulled.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(annulled);
    expect(useAppStore.getState().filters['blocks/status']).toEqual({ op: 'out', values: ['annulled'] });
    expect(screen.getByTestId('shown-blocks').textContent).toBe(
      `${total - count((p) => p.status === 'annulled')} of ${total} shown`,
    );
    expect(annulled.getAttribute('aria-pressed')).toBe('false');
    // Its own count does not shrink when it is hidden (the faceted rule).
    expect(annulled.querySelector('.count')?.textContent).toBe(String(count((p) => p.status === 'annulled')));
  });

  it('category counts follow the other filters, and empty categories stay listed, dimmed', () => {
    render(<Legend datasets={datasets} theme="light" />);
    act(() => useAppStore.getState().setFilter('minerals', { op: 'in', values: ['lithium'] }));
    const blocks = document.querySelector('[data-layer="blocks"]') as HTMLElement;
    const awarded = within(blocks).getByRole('button', { name: /Awarded/ });
    expect(awarded.querySelector('.count')?.textContent).toBe(
      String(count((p) => p.status === 'awarded' && p.minerals.includes('lithium'))),
    );
    const lithium = count((p) => p.minerals.includes('lithium'));
    expect(screen.getByTestId('shown-blocks').textContent).toBe(`${lithium} of ${raw.length} shown`);
    const empty = [...blocks.querySelectorAll('.legend-cat')].filter(
      (b) => b.querySelector('.count')?.textContent === '0',
    );
    for (const b of empty) expect(b.classList.contains('empty')).toBe(true);
  });

  it('switches a whole layer off', () => {
    render(<Legend datasets={datasets} theme="light" />);
    const blocks = document.querySelector('[data-layer="blocks"]') as HTMLElement;
    fireEvent.click(within(blocks).getByRole('checkbox'));
    expect(useAppStore.getState().hiddenLayers).toEqual(['blocks']);
    expect(screen.getByTestId('shown-blocks').textContent).toBe(`0 of ${raw.length} shown`);
  });

  it('gives the disc sizes the map draws', () => {
    render(<Legend datasets={datasets} theme="light" />);
    const note = screen.getByTestId('disc-note').textContent?.replace(/\s+/g, ' ') ?? '';
    expect(note).toContain(`district (disc of about ${PRECISION_RADIUS_KM.district} km radius)`);
    expect(note).toContain(`state (about ${PRECISION_RADIUS_KM.state} km)`);
  });
});
