import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, fireEvent, within } from '@testing-library/react';
import { ExportPanel } from '../../../src/ui/export/ExportPanel';
import { makeDataset, type PointFeature } from '../../../src/data/datasets';
import type { Row } from '../../../src/domain/model/fields';
import { useAppStore } from '../../../src/state/store';
import { realDatasets } from '../../real-data';

const curated = realDatasets();

function userLayer(label: string) {
  const rows: Row[] = [{ id: 'u-0', index: 0, lon: 82, lat: 22, values: { name: '<b>mine</b>' } }];
  const features: PointFeature[] = [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [82, 22] },
      properties: { id: 'u-0', name: 'x' },
    },
  ];
  return makeDataset({
    id: 'user-tenements',
    kind: 'user',
    label,
    fields: [{ key: 'name', type: 'text' }],
    rows,
    features,
    symbology: 'centres',
  });
}

const buttons = () => screen.getAllByRole('button').map((b) => b.textContent);

afterEach(() => {
  delete (navigator as { share?: unknown }).share;
});

describe('ExportPanel', () => {
  it('offers the exports and Copy link; Share only where the browser can share', () => {
    const { unmount } = render(<ExportPanel datasets={curated} />);
    const region = screen.getByRole('region', { name: 'Export and share' });
    expect(
      within(region)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Export GeoJSON', 'Export CSV', 'Export KML', 'Export map image (PNG)', 'Copy link']);
    unmount();
    Object.defineProperty(navigator, 'share', { value: () => Promise.resolve(), configurable: true });
    render(<ExportPanel datasets={curated} />);
    expect(buttons()).toContain('Share');
  });

  it('counts what it will export: all shown layers, or the one chosen, under the filter', () => {
    useAppStore.getState().setFilter('blocks/status', { op: 'in', values: ['awarded'] });
    render(<ExportPanel datasets={curated} />);
    const awarded = curated[0]!.rows.filter((r) => r.values.status === 'awarded').length;
    const others = curated.slice(1).reduce((n, d) => n + d.rows.length, 0);
    expect(screen.getByTestId('export-count').textContent).toBe(`${awarded + others} features to export`);
    fireEvent.change(screen.getByRole('combobox', { name: 'Features of' }), { target: { value: 'blocks' } });
    expect(screen.getByTestId('export-count').textContent).toBe(`${awarded} features to export`);
  });

  it('says plainly that a shown imported layer is not in the link, and says nothing once it is hidden', () => {
    const ds = [...curated, userLayer('My <tenements>')];
    const { rerender } = render(<ExportPanel datasets={ds} />);
    expect(screen.getByTestId('export-user-note').textContent).toBe(
      'The imported layer “My <tenements>” is not included in the link: it stays in this browser. Whoever opens the link sees everything else.',
    );
    useAppStore.getState().setLayerVisible('user-tenements', false);
    rerender(<ExportPanel datasets={ds} />);
    expect(screen.queryByTestId('export-user-note')).toBeNull();
  });
});
