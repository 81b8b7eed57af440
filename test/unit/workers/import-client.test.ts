/**
 * The import client: in a worker (a fake that runs the worker's own handler) the bytes are
 * transferred, progress arrives, and abort terminates the worker; without Worker it parses in
 * this thread with the same answers.
 */
import { describe, expect, it } from 'vitest';
import { createImportClient, type ImportWorkerLike } from '../../../src/workers/import-client';
import { runImportRequest } from '../../../src/workers/import-handle';
import type { ImportRequest, ImportResponse } from '../../../src/workers/import-protocol';

const csv = (rows: number) => {
  const lines = ['name,lat,lon'];
  for (let i = 0; i < rows; i++) lines.push(`s${i},${21 + (i % 10) / 10},${81 + (i % 10) / 10}`);
  return new TextEncoder().encode(lines.join('\n')).buffer as ArrayBuffer;
};

/** A worker that runs the real handler a task later; records transfers and termination. */
function fakeWorker() {
  const state = { transferred: [] as Transferable[], terminated: false, requests: [] as ImportRequest[] };
  const w: ImportWorkerLike = {
    onmessage: null,
    postMessage(m, transfer = []) {
      state.transferred.push(...transfer);
      state.requests.push(m);
      setTimeout(() => {
        void runImportRequest(m, (res: ImportResponse) => {
          if (!state.terminated) w.onmessage?.({ data: res } as MessageEvent<ImportResponse>);
        });
      }, 0);
    },
    terminate() {
      state.terminated = true;
    },
  };
  return { w, state };
}

describe('createImportClient', () => {
  it('parses in a worker: transfers the buffer, forwards progress, resolves, terminates the worker', async () => {
    const { w, state } = fakeWorker();
    const client = createImportClient({ createWorker: () => w });
    const buffer = csv(20_000);
    const seen: number[] = [];
    const r = await client.parseFile('sites.csv', buffer, { onProgress: (f) => seen.push(f) });
    expect(r).toMatchObject({ ok: true, format: 'csv' });
    if (r.ok) expect(r.features).toHaveLength(20_000);
    expect(state.transferred).toEqual([buffer]);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(1);
    expect(state.terminated).toBe(true);
  });

  it('passes the options across (chosen columns)', async () => {
    const { w, state } = fakeWorker();
    const client = createImportClient({ createWorker: () => w });
    const buffer = new TextEncoder().encode('a,b\n21,81').buffer as ArrayBuffer;
    const r = await client.parseFile('t.csv', buffer, { columns: { lat: 'a', lon: 'b' } });
    expect(r.ok).toBe(true);
    expect(state.requests[0]!.options).toEqual({ columns: { lat: 'a', lon: 'b' } });
  });

  it('rejects at once with an AbortError on abort, and terminates the worker', async () => {
    const { w, state } = fakeWorker();
    const client = createImportClient({ createWorker: () => w });
    const ac = new AbortController();
    const p = client.parseFile('sites.csv', csv(50_000), { signal: ac.signal });
    ac.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(state.terminated).toBe(true);
  });

  it('rejects an already-aborted signal without starting a worker', async () => {
    let made = 0;
    const client = createImportClient({ createWorker: () => (made++, fakeWorker().w) });
    const ac = new AbortController();
    ac.abort();
    await expect(client.parseFile('a.csv', csv(1), { signal: ac.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(made).toBe(0);
  });

  it('turns a worker crash into a rejection', async () => {
    const w: ImportWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage() {
        setTimeout(() => w.onerror?.({ message: 'boom' } as ErrorEvent), 0);
      },
      terminate() {},
    };
    const client = createImportClient({ createWorker: () => w });
    await expect(client.parseFile('a.csv', csv(1))).rejects.toThrow('boom');
  });

  it('parses in this thread where there is no Worker, with progress and cancel', async () => {
    expect(typeof Worker).toBe('undefined');
    const client = createImportClient();
    const seen: number[] = [];
    const r = await client.parseFile('sites.csv', csv(20_000), { onProgress: (f) => seen.push(f) });
    expect(r).toMatchObject({ ok: true, format: 'csv' });
    expect(seen.at(-1)).toBe(1);
    const ac = new AbortController();
    const p = client.parseFile('sites.csv', csv(50_000), {
      signal: ac.signal,
      onProgress: (f) => f > 0.2 && ac.abort(),
    });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('dispose cancels parses running in workers', async () => {
    const { w } = fakeWorker();
    const client = createImportClient({ createWorker: () => w });
    const p = client.parseFile('sites.csv', csv(50_000));
    client.dispose();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });
});
