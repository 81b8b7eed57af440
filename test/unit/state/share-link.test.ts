/**
 * Shared links: short enough for every messenger and browser (under 2,000 characters with a
 * 50-vertex drawn polygon and a full set of filters), and forgiving when they name an imported
 * layer the opening browser does not have: its keys are dropped, everything else holds.
 */
import { describe, expect, it } from 'vitest';
import { decodeUrlState, defaultUrlState, type UrlState } from '../../../src/state/url-codec';
import { linkFor } from '../../../src/state/url-sync';
import { encodeQuerySpec, decodeQuerySpec } from '../../../src/domain/spatial/query-param';
import { sanitizeFilter } from '../../../src/domain/filter/codec';
import { filterCatalogue } from '../../../src/state/selectors/filtered';
import { isLayerVisible } from '../../../src/state/store';
import { makeDataset, type PointFeature } from '../../../src/data/datasets';
import type { FieldSpec, Row } from '../../../src/domain/model/fields';
import { runQuery } from '../../../src/domain/spatial/run-query';
import { mulberry32 } from '../domain/spatial/helpers';

const AT = {
  origin: 'https://khanij-atlas.example.org',
  pathname: '/atlas/',
  hash: '#map=6.83/21.4567/84.1234',
};

/** A 50-vertex polygon around central India with ragged edges, as a hand would draw it. */
function polygon50(): [number, number][] {
  const rnd = mulberry32(11);
  const ring: [number, number][] = [];
  for (let i = 0; i < 50; i++) {
    const a = (i / 50) * 2 * Math.PI;
    const r = 3 + rnd() * 1.5;
    ring.push([82.123456 + r * Math.cos(a), 21.654321 + r * Math.sin(a)]);
  }
  return [...ring, ring[0]!];
}

function heavyState(): UrlState {
  return {
    ...defaultUrlState(),
    hiddenLayers: ['centres', 'overseas'],
    filters: {
      minerals: { op: 'in', values: ['cobalt', 'graphite', 'lithium', 'rare-earths', 'vanadium'] },
      state: { op: 'in', values: ['IN-CG', 'IN-JH', 'IN-MP', 'IN-OR'] },
      'blocks/status': { op: 'out', values: ['annulled', 'deferred'] },
      'blocks/year': { op: 'range', min: 2021, max: 2025 },
      'exploration/stage': { op: 'in', values: ['G2', 'G3'] },
      name: { op: 'contains', text: 'कोरबा' },
    },
    selectedId: 'blk-katghora',
    tableSort: { key: 'year', desc: true },
    panelTab: 'results',
    query: encodeQuerySpec({
      kind: 'within',
      area: { kind: 'polygon', geometry: { type: 'Polygon', coordinates: [polygon50()] } },
    }),
  };
}

describe('shared links', () => {
  it('stay under 2,000 characters with a 50-vertex polygon and filters, and round-trip', () => {
    const s = heavyState();
    const link = linkFor(s, AT);
    expect(link.length).toBeLessThan(2000);
    const back = decodeUrlState(new URL(link).search);
    expect(back.filters).toEqual(s.filters);
    expect(back.hiddenLayers).toEqual(s.hiddenLayers);
    expect(back.selectedId).toBe('blk-katghora');
    const spec = decodeQuerySpec(back.query);
    expect(spec?.kind === 'within' && spec.area.kind === 'polygon' && spec.area.geometry.type).toBe(
      'Polygon',
    );
    // The link carries choices, never the data: no coordinates of features, no names but the filter's.
    expect(link).not.toMatch(/Katghora|FeatureCollection/);
  });

  it('open with everything else intact when they name an imported layer this browser lacks', () => {
    const fields: FieldSpec[] = [
      { key: 'name', type: 'text' },
      { key: 'status', type: 'category', facet: true },
    ];
    const rows: Row[] = [0, 1].map((i) => ({
      id: `blk-${i}`,
      index: i,
      lon: 82 + i,
      lat: 21,
      values: { name: `Block ${i}`, status: i ? 'awarded' : 'annulled' },
    }));
    const features = rows.map((r): PointFeature => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
      properties: { id: r.id, name: String(r.values.name) },
    }));
    const blocks = makeDataset({
      id: 'blocks',
      kind: 'synthetic',
      label: 'Blocks',
      fields,
      rows,
      features,
      symbology: 'blocks',
    });
    const link =
      `${AT.origin}${AT.pathname}?off=user-tenements-a1b2,centres` +
      `&f=${encodeURIComponent('blocks/status:awarded;user-tenements-a1b2/status:awarded;leaseKind:ML')}` +
      `&q=${encodeURIComponent('knn:blk-1,user-tenements-a1b2,5')}&sort=-leaseArea${AT.hash}`;
    const s = decodeUrlState(new URL(link).search);
    // The hidden-layer key of a layer that is not there hides nothing else.
    expect(s.hiddenLayers).toEqual(['centres', 'user-tenements-a1b2']);
    expect(isLayerVisible(s, 'blocks')).toBe(true);
    const { spec, dropped } = sanitizeFilter(s.filters, filterCatalogue([blocks]));
    expect(spec).toEqual({ 'blocks/status': { op: 'in', values: ['awarded'] } });
    expect(dropped.sort()).toEqual(['leaseKind', 'user-tenements-a1b2/status']);
    // A question about the missing layer says so instead of failing.
    const answer = runQuery([blocks], spec, decodeQuerySpec(s.query)!, () => null);
    expect(answer.hits).toEqual([]);
    expect(answer.problem).toMatchObject({ code: 'noDataset', dataset: 'user-tenements-a1b2' });
    expect(s.tableSort).toEqual({ key: 'leaseArea', desc: true });
  });
});
