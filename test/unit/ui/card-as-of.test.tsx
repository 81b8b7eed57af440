/**
 * The card under the time slider (issue 12): a block's status line, its preferred bidder and
 * its history read as of the slider's day; with the slider off, as of today.
 */
import { describe, it, expect } from 'vitest';
import { render, screen } from '@testing-library/react';
import { FeatureCard } from '../../../src/ui/FeatureCard';
import type { AtlasFeature, BlockProps } from '../../../src/data/schema';
import { useAppStore } from '../../../src/state/store';

const block: AtlasFeature<BlockProps> = {
  type: 'Feature',
  id: 0,
  geometry: { type: 'Point', coordinates: [82.68, 22.35] },
  properties: {
    id: 'blk-test',
    layer: 'blocks',
    name: 'Test Lithium Block',
    state: 'IN-CG',
    district: 'Korba',
    minerals: ['lithium'],
    precision: 'district',
    locationBasis: 'District centre of Korba, Chhattisgarh.',
    sources: [{ title: 'A report', url: 'https://example.org/report', date: '2024-06-24' }],
    asOf: '2026-11-21',
    flags: [],
    caveats: [],
    blockKind: 'onshore',
    licence: 'CL',
    areaHa: 256.12,
    events: [
      { date: '2023-11-29', type: 'offered', tranche: 'I' },
      { date: '2024-06-24', type: 'awarded', bidder: 'Maiki South Mining Pvt Ltd', premiumPct: 76.05 },
    ],
    status: 'awarded',
  },
};

describe('the card under the time slider', () => {
  it('with the slider off, says today’s status and bidder', () => {
    render(<FeatureCard feature={block} theme="light" />);
    expect(screen.getByTestId('card-status').textContent?.trim()).toBe('Awarded');
    expect(screen.getByText('Preferred bidder')).toBeTruthy();
    expect(screen.queryAllByTestId('event-later')).toHaveLength(0);
  });

  it('between offer and award, says offered as of the day, no bidder yet, and marks the award as later', () => {
    useAppStore.getState().setAsOfDay(20240301);
    render(<FeatureCard feature={block} theme="light" />);
    expect(screen.getByTestId('card-status').textContent?.trim()).toBe('Offered as of 1 Mar 2024');
    expect(screen.queryByText('Preferred bidder')).toBeNull();
    const later = screen.getAllByTestId('event-later');
    expect(later).toHaveLength(1);
    expect(later[0]!.textContent).toContain('after 1 Mar 2024');
  });

  it('before the first offer, says the block was not yet offered', () => {
    useAppStore.getState().setAsOfDay(20230101);
    render(<FeatureCard feature={block} theme="light" />);
    expect(screen.getByTestId('card-status').textContent?.trim()).toBe('Not yet offered on 1 Jan 2023');
    expect(screen.getAllByTestId('event-later')).toHaveLength(2);
  });
});
