import { describe, it, expect } from 'vitest';
import { screen, within, fireEvent } from '@testing-library/react';
import { useAppStore } from '../../../src/state/store';
import { renderCard, testBlock } from './feature-card-setup';

describe('FeatureCard', () => {
  it('shows the facts in human form with the auction history and sources', () => {
    renderCard();
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
    const f = testBlock({
      name: evil,
      district: evil,
      caveats: [evil],
      sources: [{ title: 'Click me', url: 'javascript:alert(1)', date: '2024' }],
    });
    const { container } = renderCard(f, 'dark');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(evil);
    expect(screen.queryByRole('link', { name: 'Click me' })).toBeNull();
    // Both places that cite the source (the list and the timeline) show it as plain text.
    for (const el of screen.getAllByText('Click me')) expect(el.tagName).toBe('SPAN');
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('goes back to the list', () => {
    useAppStore.setState({ selectedId: 'blk-test' });
    renderCard();
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect(useAppStore.getState().selectedId).toBeNull();
  });
});
