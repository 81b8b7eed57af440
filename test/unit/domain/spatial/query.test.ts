/** The spatial question model: its URL form, its answers, its summary and its exports. */
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { DatasetView, FieldSpec } from '../../../../src/domain/model/fields';
import {
  decodeQuerySpec,
  distanceProblem,
  encodeQuerySpec,
  type QuerySpec,
} from '../../../../src/domain/spatial/query-param';
import { runQuery, summarizeHits } from '../../../../src/domain/spatial/run-query';
import { queryCsv, queryGeoJson } from '../../../../src/domain/spatial/query-export';
import { areaFromDrawn, polygonFromPoints } from '../../../../src/domain/spatial/drawn-area';
import { classifyInArea } from '../../../../src/domain/spatial/classify-in-area';
import { pointSetFromRows } from '../../../../src/domain/spatial/point-set';
import { describeQueryProblem } from '../../../../src/i18n/spatial-messages';
import { decodeUrlState, defaultUrlState, encodeUrlState } from '../../../../src/state/url-codec';
import { makeRow } from './helpers';

const FIELDS: FieldSpec[] = [
  { key: 'name', type: 'text' },
  { key: 'status', type: 'category', facet: true },
  { key: 'minerals', type: 'multi', facet: true },
  { key: 'precision', type: 'category' },
];

function dataset(id: string, pts: [number, number, string, string][]): DatasetView {
  return {
    id,
    fields: FIELDS,
    rows: pts.map(([lon, lat, precision, status], i) => ({
      ...makeRow(i, lon, lat, precision, { status, minerals: ['graphite'] }),
      id: `${id}-${i}`,
      values: { name: `=cmd|${id} ${i}`, precision, status, minerals: ['graphite'] },
    })),
  };
}

const A = dataset('blocks', [
  [85, 20, 'site', 'awarded'],
  [85.5, 20.5, 'district', 'annulled'],
  [86.9, 21, 'district', 'awarded'],
  [90, 25, 'site', 'awarded'],
]);
const B = dataset('processing', [[85.1, 20.1, 'site', 'operating']]);
const box: QuerySpec = { kind: 'within', area: { kind: 'rectangle', bbox: [84, 19, 87, 22] } };

function star(n: number): Polygon {
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    const r = 2 + ((Math.sin(7 * (i + 1)) + 1) / 2) * 3;
    ring.push([80 + Math.cos(a) * r, 22 + Math.sin(a) * r]);
  }
  ring.push(ring[0]!);
  return { type: 'Polygon', coordinates: [ring] };
}

describe('query parameter', () => {
  it('round-trips every kind of question', () => {
    const qs: QuerySpec[] = [
      box,
      { kind: 'within', area: { kind: 'state', code: 'IN-OR' } },
      { kind: 'within', area: { kind: 'circle', center: [85, 20], radiusKm: 50 } },
      {
        kind: 'within',
        area: {
          kind: 'corridor',
          line: [
            [80, 20],
            [82, 21],
          ],
          halfWidthKm: 25,
        },
      },
      { kind: 'radius', center: [85.1234, 20.5678], km: 100 },
      { kind: 'near', id: 'blk-katghora', km: 42.5 },
      { kind: 'nearest', id: 'blk-katghora', dataset: 'processing', k: 5 },
      { kind: 'preset', preset: 'blocks-near-centres', km: 200 },
    ];
    for (const q of qs) expect(decodeQuerySpec(encodeQuerySpec(q)), encodeQuerySpec(q)).toEqual(q);
  });

  it('ignores malformed values, never throwing', () => {
    for (const bad of [
      '',
      'within',
      'within!',
      'within!state:OR',
      'within!rect:@@@',
      'radius!rect:_c`|@_c`|@',
      'near:blk,0',
      'near:blk,-5',
      'near:BLK,5',
      'knn:a,b,0',
      'knn:a,b,101',
      'preset:nope,10',
      'preset:blocks-near-centres,10000',
      'x'.repeat(30_000),
      42,
      null,
    ])
      expect(decodeQuerySpec(bad), String(bad).slice(0, 40)).toBeNull();
  });

  it('names what is wrong with a typed distance', () => {
    expect(distanceProblem(NaN)).toBe('nan');
    expect(distanceProblem(0)).toBe('zero');
    expect(distanceProblem(-3)).toBe('negative');
    expect(distanceProblem(10_000)).toBe('tooLarge');
    expect(distanceProblem(Infinity)).toBe('tooLarge');
    expect(distanceProblem(100)).toBeNull();
  });

  it('is part of the URL state: round trip, malformed dropped, a 50-vertex polygon link under 2,000 characters', () => {
    const q = encodeQuerySpec({ kind: 'within', area: { kind: 'polygon', geometry: star(50) } });
    const search = encodeUrlState({ ...defaultUrlState(), query: q, panelTab: 'query' });
    expect(`https://example.org/khanij/?${search}#map=5/22/80`.length).toBeLessThan(2000);
    expect(decodeUrlState(search).query).toBe(q);
    expect(decodeUrlState('q=within!poly:zzz').query).toBeNull();
    expect(decodeUrlState('tab=query').panelTab).toBe('query');
  });
});

describe('answers', () => {
  it('an area question finds what classifyInArea finds, in every dataset, honouring the filter', () => {
    const a = runQuery([A, B], {}, box);
    const ref = classifyInArea(a.area!, pointSetFromRows(A.rows));
    expect(a.hits.filter((h) => h.datasetId === 'blocks').map((h) => h.index)).toEqual([...ref.positions]);
    expect(a.hits.map((h) => h.id)).toEqual(['blocks-0', 'blocks-1', 'blocks-2', 'processing-0']);
    // The district-placed block near the edge is only possibly inside; the site is inside.
    expect(a.hits.find((h) => h.id === 'blocks-2')!.membership).toBe('possibly');
    expect(a.hits.find((h) => h.id === 'blocks-0')!.membership).toBe('inside');
    const filtered = runQuery([A, B], { status: { op: 'in', values: ['awarded'] } }, box);
    expect(filtered.hits.map((h) => h.id)).toEqual(['blocks-0', 'blocks-2']);
  });

  it('a radius around a feature excludes the feature and gives distance ranges', () => {
    const a = runQuery([A, B], {}, { kind: 'near', id: 'processing-0', km: 100 });
    expect(a.hits.map((h) => h.id)).toEqual(['blocks-0', 'blocks-1']);
    const near = a.hits[0]!;
    expect(near.minKm).toBeCloseTo(near.maxKm!, 3);
    expect(a.hits[1]!.maxKm! - a.hits[1]!.minKm!).toBeGreaterThan(10);
  });

  it('refuses a self-intersecting area, naming it, and an unknown origin', () => {
    const bow: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [80, 20],
          [82, 22],
          [82, 20],
          [80, 22],
          [80, 20],
        ],
      ],
    };
    expect(
      runQuery([A], {}, { kind: 'within', area: { kind: 'polygon', geometry: bow } }).problem?.code,
    ).toBe('selfIntersecting');
    const problem = runQuery([A], {}, { kind: 'within', area: { kind: 'polygon', geometry: bow } }).problem;
    expect(problem?.code === 'selfIntersecting' && problem.error.key).toBe('spatial.error.selfIntersecting');
    expect(problem && describeQueryProblem(problem)).toMatch(
      /^This polygon crosses itself, so what is inside is unclear\. The polygon crosses itself \(1 crossing, /,
    );
    const far = runQuery([A], {}, { kind: 'radius', center: [77, 28], km: 6000 }).problem;
    expect(far && describeQueryProblem(far)).toBe(
      'This input cannot be used: The radius of 6,000 km is too large: at most 5,000 km.',
    );
    expect(runQuery([A], {}, { kind: 'near', id: 'nope', km: 5 }).problem).toEqual({
      code: 'noOrigin',
      id: 'nope',
    });
  });

  it('the nearest k of a dataset to a feature, by range', () => {
    const a = runQuery([A, B], {}, { kind: 'nearest', id: 'processing-0', dataset: 'blocks', k: 2 });
    expect(a.hits.map((h) => h.id)).toEqual(['blocks-0', 'blocks-1']);
  });

  it('summarises by dataset, mineral and status with inside and possibly apart', () => {
    const a = runQuery([A, B], {}, box);
    const s = summarizeHits([A, B], a.hits);
    expect(s.total).toEqual({ inside: 3, possibly: 1, total: 4 });
    expect(s.byDataset.get('blocks')).toEqual({ inside: 2, possibly: 1, total: 3 });
    expect(s.byMineral.get('graphite')!.total).toBe(4);
    expect(s.byStatus.get('awarded')).toEqual({ inside: 1, possibly: 1, total: 2 });
  });
});

describe('exports', () => {
  it('GeoJSON holds exactly the hits, with the question, filter, date and licence', () => {
    const a = runQuery([A, B], {}, box);
    const fc = queryGeoJson([A, B], a.hits, { query: box, area: a.area, filters: {}, asOf: '2026-11-21' });
    expect(fc.features.map((f) => f.properties!.id)).toEqual(a.hits.map((h) => h.id));
    expect(fc.properties.query).toMatchObject({ kind: 'within', params: { area: { kind: 'rectangle' } } });
    expect(fc.properties.licence).toMatch(/GeoNames \(CC BY 4\.0/);
    expect(fc.properties.asOf).toBe('2026-11-21');
    expect(fc.features[2]!.properties!.membership).toBe('possibly');
  });

  it('CSV: BOM, one row per hit, formula-guarded and quoted, distances for radius questions', () => {
    const a = runQuery([A, B], {}, { kind: 'near', id: 'processing-0', km: 100 });
    const csv = queryCsv([A, B], a.hits, (_f, v) => (Array.isArray(v) ? v.join('; ') : String(v ?? '')));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,name,dataset,longitude,latitude,precision,in_area,distance_km,status,minerals,feature_sources,data_licence',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      /^blocks-0,'=cmd\|blocks 0,blocks,85,20,site,inside,\d+\.\d,awarded,graphite,,"Data: /,
    );
    expect(lines[2]).toMatch(/,(inside|possibly),\d+\.\d–\d+\.\d,/);
  });
});

describe('drawn areas', () => {
  it('a zero-area rectangle is refused, a real one becomes a box', () => {
    const flat: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [80, 20],
          [81, 20],
          [81, 20],
          [80, 20],
          [80, 20],
        ],
      ],
    };
    const r = areaFromDrawn('rectangle', flat, 10);
    expect(r.ok ? null : r.error).toEqual({ key: 'spatial.error.rectangleZeroArea' });
    const ok = areaFromDrawn(
      'rectangle',
      polygonFromPoints([
        [80, 20],
        [81, 20],
        [81, 21],
        [80, 21],
      ])!,
      10,
    );
    expect(ok.ok && ok.value).toEqual({ kind: 'rectangle', bbox: [80, 20, 81, 21] });
  });

  it('a drawn circle keeps its centre and radius; a line with a bad width is refused', () => {
    const ring: Position[] = [];
    for (let i = 0; i <= 64; i++) {
      const a = (2 * Math.PI * i) / 64;
      ring.push([85 + 0.5 * Math.cos(a), 20 + 0.5 * Math.sin(a)]);
    }
    const c = areaFromDrawn('circle', { type: 'Polygon', coordinates: [ring] }, 10);
    expect(c.ok && c.value.kind === 'circle' && c.value.center[0]).toBeCloseTo(85, 3);
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [80, 20],
        [81, 21],
      ],
    };
    const bad = areaFromDrawn('line', line, -1);
    expect(bad.ok ? null : bad.error).toEqual({
      key: 'spatial.error.radius.negative',
      params: { km: '-1' },
      what: { key: 'spatial.subject.corridorWidth' },
    });
  });
});
