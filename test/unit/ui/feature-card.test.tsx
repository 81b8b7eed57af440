import { describe, it, expect } from 'vitest';
import { render, screen, within, fireEvent } from '@testing-library/react';
import { FeatureCard } from '../../../src/ui/FeatureCard';
import type { AtlasFeature, BlockProps } from '../../../src/data/schema';
import { useAppStore } from '../../../src/state/store';

function block(over: Partial<BlockProps> = {}): AtlasFeature<BlockProps> {
  return {
    type: 'Feature',
    id: 0,
    geometry: { type: 'Point', coordinates: [82.68, 22.35] },
    properties: {
      id: 'blk-test',
      layer: 'blocks',
      name: 'Test Lithium Block',
      state: 'IN-CG',
      district: 'Korba',
      minerals: ['lithium', 'ree'],
      precision: 'district',
      locationBasis: 'District centre of Korba, Chhattisgarh.',
      sources: [
        { title: 'A report', url: 'https://example.org/report', date: '2024-06-24', publisher: 'Example' },
      ],
      asOf: '2026-11-21',
      flags: ['secondary'],
      caveats: ['Premium reported only by a secondary compilation.'],
      blockKind: 'onshore',
      licence: 'CL',
      areaHa: 256.12,
      events: [
        { date: '2023-11-29', type: 'offered', tranche: 'I' },
        {
          date: '2024-06-24',
          type: 'awarded',
          bidder: 'Maiki South Mining Pvt Ltd',
          premiumPct: 76.05,
          sourceRefs: [0],
        },
      ],
      status: 'awarded',
      ...over,
    },
  };
}

describe('FeatureCard', () => {
  it('shows the facts in human form with the auction history and sources', () => {
    render(<FeatureCard feature={block()} theme="light" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Test Lithium Block');
    expect(screen.getByTestId('card-place').textContent).toBe('Korba, Chhattisgarh');
    expect(screen.getByText('256.12 ha')).toBeTruthy();
    expect(screen.getByText('Lithium')).toBeTruthy();
    expect(screen.getByText('Rare-earth elements')).toBeTruthy();
    const history = screen.getByRole('list', { name: 'Auction history' });
    expect(within(history).getByText('29 Nov 2023')).toBeTruthy();
    expect(history.textContent).toContain('Preferred bidder: Maiki South Mining Pvt Ltd · premium 76.05%');
    expect(screen.getByTestId('precision-badge').textContent).toBe('District precision');
    expect(screen.getByText('Secondary source')).toBeTruthy();
    const link = within(screen.getByTestId('card-sources')).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://example.org/report');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('renders hostile properties as text and refuses non-http links', () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const f = block({
      name: evil,
      district: evil,
      caveats: [evil],
      sources: [{ title: 'Click me', url: 'javascript:alert(1)', date: '2024' }],
    });
    const { container } = render(<FeatureCard feature={f} theme="dark" />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(evil);
    expect(screen.queryByRole('link', { name: 'Click me' })).toBeNull();
    // Both places that cite the source (the list and the timeline) show it as plain text.
    for (const el of screen.getAllByText('Click me')) expect(el.tagName).toBe('SPAN');
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('goes back to the list', () => {
    useAppStore.setState({ selectedId: 'blk-test' });
    render(<FeatureCard feature={block()} theme="light" />);
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect(useAppStore.getState().selectedId).toBeNull();
  });
});
