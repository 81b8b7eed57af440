/**
 * Questions over big datasets are answered through the spatial worker: the same plan, each
 * index operation sent to a (fake, cloning) worker, gives exactly the in-thread answer for every
 * kind of question on the real data; a replaced question is aborted.
 */
import { describe, expect, it } from 'vitest';
import { runQuery, runQueryAsync } from '../../../../src/domain/spatial/run-query';
import type { QuerySpec } from '../../../../src/domain/spatial/query-param';
import { createSpatialClient } from '../../../../src/workers/client';
import { makeStepExecutor } from '../../../../src/state/spatial-exec';
import { realDatasets } from '../../../real-data';
import { fakeWorker } from './helpers';

const datasets = realDatasets();
const hub = datasets.find((d) => d.id === 'processing')!.rows[0]!.id;
const block = datasets.find((d) => d.id === 'blocks')!.rows[3]!.id;
const QUESTIONS_UNFILTERED = {};
const QUESTIONS: QuerySpec[] = [
  { kind: 'within', area: { kind: 'rectangle', bbox: [81.3, 17.8, 87.5, 22.6] } },
  { kind: 'within', area: { kind: 'circle', center: [85.3, 23.3], radiusKm: 250 } },
  {
    kind: 'within',
    area: {
      kind: 'corridor',
      line: [
        [77.2, 28.6],
        [80.9, 26.8],
        [85.1, 25.6],
      ],
      halfWidthKm: 60,
    },
  },
  { kind: 'radius', center: [83.0, 21.5], km: 300 },
  { kind: 'near', id: hub, km: 150 },
  { kind: 'nearest', id: block, dataset: 'processing', k: 4 },
  { kind: 'nearest', id: block, dataset: 'blocks', k: 6 },
  { kind: 'preset', preset: 'coal-near-ree-graphite', km: 200 },
];

describe('questions answered through the spatial worker', () => {
  it('equal the in-thread answers for every kind of question', async () => {
    const log: string[] = [];
    const client = createSpatialClient({ threshold: 0, createWorker: () => fakeWorker(log) });
    const exec = makeStepExecutor(
      () => client,
      () => true,
    );
    const signal = new AbortController().signal;
    const filter = {
      status: { op: 'in' as const, values: ['awarded', 'offered', 'operating', 'scheduled'] },
    };
    for (const q of QUESTIONS) {
      for (const spec of [QUESTIONS_UNFILTERED, filter]) {
        const here = runQuery(datasets, spec, q);
        const there = await runQueryAsync(
          datasets,
          spec,
          q,
          () => null,
          (s) => exec(s, signal),
        );
        expect(there, JSON.stringify(q)).toEqual(here);
        if (spec === QUESTIONS_UNFILTERED && q.kind !== 'preset')
          expect(here.hits.length, JSON.stringify(q)).toBeGreaterThan(0);
      }
    }
    // Each dataset was indexed in the worker once, and the questions went there.
    expect(log.filter((op) => op === 'build-index')).toHaveLength(datasets.length);
    expect(log.filter((op) => op === 'within-area').length).toBeGreaterThanOrEqual(3 * datasets.length);
    expect(log).toContain('nearest');
  });

  it('an aborted question rejects with an AbortError and is skipped by the worker', async () => {
    const log: string[] = [];
    const client = createSpatialClient({ threshold: 0, createWorker: () => fakeWorker(log) });
    const exec = makeStepExecutor(
      () => client,
      () => true,
    );
    const ac = new AbortController();
    const p = runQueryAsync(
      datasets,
      {},
      QUESTIONS[0]!,
      () => null,
      (s) => exec(s, ac.signal),
    );
    ac.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });
});
