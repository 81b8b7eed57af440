/**
 * The card under the time slider (issue 12): a block's status line, its preferred bidder and
 * its history read as of the slider's day; with the slider off, as of today.
 */
import { describe, it, expect } from 'vitest';
import { screen } from '@testing-library/react';
import { useAppStore } from '../../../src/state/store';
import { renderCard } from './feature-card-setup';

describe('the card under the time slider', () => {
  it('with the slider off, says today’s status and bidder', () => {
    renderCard();
    expect(screen.getByTestId('card-status').textContent?.trim()).toBe('Awarded');
    expect(screen.getByText('Preferred bidder')).toBeTruthy();
    expect(screen.queryAllByTestId('event-later')).toHaveLength(0);
  });

  it('between offer and award, says offered as of the day, no bidder yet, and marks the award as later', () => {
    useAppStore.getState().setAsOfDay(20240301);
    renderCard();
    expect(screen.getByTestId('card-status').textContent?.trim()).toBe('Offered as of 1 Mar 2024');
    expect(screen.queryByText('Preferred bidder')).toBeNull();
    const later = screen.getAllByTestId('event-later');
    expect(later).toHaveLength(1);
    expect(later[0]!.textContent).toContain('after 1 Mar 2024');
  });

  it('before the first offer, says the block was not yet offered', () => {
    useAppStore.getState().setAsOfDay(20230101);
    renderCard();
    expect(screen.getByTestId('card-status').textContent?.trim()).toBe('Not yet offered on 1 Jan 2023');
    expect(screen.getAllByTestId('event-later')).toHaveLength(2);
  });
});
