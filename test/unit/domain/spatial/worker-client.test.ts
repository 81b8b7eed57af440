/**
 * The spatial client: without `Worker` (as here) it runs in this thread and equals the direct
 * functions; with a worker (a fake that clones and transfers like postMessage and runs the same
 * handler) big datasets go there, buffers are transferred, and an abort rejects and cancels.
 */
import { describe, expect, it } from 'vitest';
import { classifyInArea } from '../../../../src/domain/spatial/classify-in-area';
import { buildPointIndex } from '../../../../src/domain/spatial/index-points';
import { nearestToEach } from '../../../../src/domain/spatial/nearest';
import { pointSetFromRows } from '../../../../src/domain/spatial/point-set';
import { withinRadius } from '../../../../src/domain/spatial/within-radius';
import type { AreaGeometry, PointSet } from '../../../../src/domain/spatial/types';
import { createSpatialClient } from '../../../../src/workers/client';
import { fakeWorker, makeRow, mulberry32 } from './helpers';

const PRECISIONS = ['site', 'locality', 'district', 'state'];
function synthetic(n: number, seed: number) {
  const rnd = mulberry32(seed);
  return Array.from({ length: n }, (_, i) =>
    makeRow(i, 68 + rnd() * 29, 6 + rnd() * 31, PRECISIONS[Math.floor(rnd() * 4)]!),
  );
}
const copy = (p: PointSet): PointSet => ({
  coords: p.coords.slice(),
  radiiKm: p.radiiKm.slice(),
  precise: p.precise.slice(),
});
const area: AreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [74, 18],
      [82, 18],
      [82, 26],
      [78, 23],
      [74, 26],
      [74, 18],
    ],
    [
      [76, 19],
      [77, 19],
      [77, 20],
      [76, 20],
      [76, 19],
    ],
  ],
};
const origins = [
  { lon: 77.2, lat: 28.6 },
  { lon: 80.27, lat: 13.08, radiusKm: 35 },
];

describe('spatial client', () => {
  const rows = synthetic(3000, 1);
  const points = pointSetFromRows(rows);
  const allowed = Uint8Array.from(rows, (_, i) => (i % 3 ? 1 : 0));
  const index = buildPointIndex(points);

  it('falls back to this thread without Worker, and equals the direct functions', async () => {
    expect(typeof Worker).toBe('undefined');
    const client = createSpatialClient({ threshold: 10 });
    await client.buildIndex('synth', copy(points));
    expect(client.inWorker('synth')).toBe(false);
    expect(await client.withinArea('synth', area, { allowed })).toEqual(
      classifyInArea(area, points, { allowed, index }),
    );
    expect(await client.withinArea('synth', area)).toEqual(classifyInArea(area, points));
    expect(await client.withinRadius('synth', origins[0]!, 300, { allowed })).toEqual(
      withinRadius(points, origins[0]!, 300, { allowed }),
    );
    expect(await client.nearest('synth', origins, 5, { allowed })).toEqual(
      nearestToEach(points, origins, 5, { allowed }),
    );
    await expect(client.withinArea('nope', area)).rejects.toThrow(/No index for dataset "nope"/);
  });

  it('sends big datasets to the worker once (transferred) and gets the same answers', async () => {
    const log: string[] = [];
    const client = createSpatialClient({ threshold: 1000, createWorker: () => fakeWorker(log) });
    const sent = copy(points);
    await client.buildIndex('synth', sent);
    expect(sent.coords.byteLength).toBe(0); // transferred, not copied
    expect(client.inWorker('synth')).toBe(true);
    expect(await client.withinArea('synth', area, { allowed })).toEqual(
      classifyInArea(area, points, { allowed }),
    );
    expect(await client.withinRadius('synth', origins[1]!, 250)).toEqual(
      withinRadius(points, origins[1]!, 250),
    );
    expect(await client.nearest('synth', origins, 3)).toEqual(nearestToEach(points, origins, 3));
    await client.buildIndex('small', pointSetFromRows(rows.slice(0, 10)));
    expect(client.inWorker('small')).toBe(false);
    expect(log.filter((x) => x === 'build-index')).toHaveLength(1);
  });

  it('an abort rejects at once and the worker skips the request', async () => {
    const log: string[] = [];
    const client = createSpatialClient({ threshold: 1000, createWorker: () => fakeWorker(log) });
    await client.buildIndex('synth', copy(points));
    const ac = new AbortController();
    const p = client.withinArea('synth', area, { signal: ac.signal });
    ac.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((r) => setTimeout(r, 5));
    expect(log).toContain('skipped within-area');
    const pre = new AbortController();
    pre.abort();
    await expect(client.nearest('synth', origins, 1, { signal: pre.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    await expect(
      client.withinRadius('small-missing', origins[0]!, 10, { signal: pre.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
