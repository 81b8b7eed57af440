/**
 * Delimited tables: coordinate columns found or asked for, decimal and DMS values, swapped
 * columns, ragged and broken rows reported, hostile headers inert, 100k rows with progress.
 */
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../../src/domain/import';
import { rejectionCounts, success, warningCounts } from './helpers';

const coords = (r: { features: { geometry: unknown }[] }) =>
  r.features.map((f) => (f.geometry as { coordinates: number[] }).coordinates);

describe('parseDelimited', () => {
  it('reads points from lat/lon columns and keeps the other cells as text properties', async () => {
    const r = success(await parseDelimited('name,lat,lon,depth\nKatghora,22.5,82.54,120\n'));
    expect(coords(r)).toEqual([[82.54, 22.5]]);
    expect({ ...r.features[0]!.properties }).toEqual({ name: 'Katghora', depth: '120' });
    expect(r.columns).toEqual({ lat: 'lat', lon: 'lon', swapped: false });
    expect(r.report).toMatchObject({ format: 'csv', total: 1, accepted: 1, rejected: 0 });
  });

  it('keeps the coordinate columns when asked', async () => {
    const r = success(await parseDelimited('lat,lon\n22.5,82.5', { keepCoordinateColumns: true }));
    expect({ ...r.features[0]!.properties }).toEqual({ lat: '22.5', lon: '82.5' });
  });

  it('reads Hindi headers and Devanagari values', async () => {
    const r = success(await parseDelimited('नाम,अक्षांश,देशांतर\nकटघोरा,22.5,82.54'));
    expect(coords(r)).toEqual([[82.54, 22.5]]);
    expect(r.features[0]!.properties['नाम']).toBe('कटघोरा');
  });

  it('reads degrees, minutes and seconds with hemisphere letters, quoted or not', async () => {
    const r = success(
      await parseDelimited(
        `site,latitude,longitude\na,23°15'30"N,85°19'12"E\nb,"23 15 30 N","85 19 12 E"\nc,23°15′30″S,85°19′12″W`,
      ),
    );
    const want = [23 + 15 / 60 + 30 / 3600, 85 + 19 / 60 + 12 / 3600];
    expect(coords(r)[0]![1]).toBeCloseTo(want[0]!, 10);
    expect(coords(r)[0]![0]).toBeCloseTo(want[1]!, 10);
    expect(coords(r)[1]).toEqual(coords(r)[0]);
    expect(coords(r)[2]![0]).toBeCloseTo(-want[1]!, 10);
    expect(coords(r)[2]![1]).toBeCloseTo(-want[0]!, 10);
  });

  it('exchanges columns whose values fit India only exchanged, and says so', async () => {
    const r = success(await parseDelimited('name,lat,lon\na,82.54,22.5\nb,85.3,23.3\nc,77.2,28.6'));
    expect(coords(r)).toEqual([
      [82.54, 22.5],
      [85.3, 23.3],
      [77.2, 28.6],
    ]);
    expect(r.columns).toEqual({ lat: 'lat', lon: 'lon', swapped: true });
    expect(r.report.warnings[0]).toMatchObject({
      kind: 'swappedCoordinates',
      message: { key: 'import.warn.swappedCoordinates', params: { lat: 'lat', lon: 'lon' } },
    });
  });

  it('reports ragged rows, and rejects rows with empty or unreadable coordinates', async () => {
    const text = [
      'name,lat,lon',
      'a,21.2,81.6',
      'b,21.3',
      'c,21.4,81.7,extra',
      'd,,81.8',
      'e,foo,81.9',
      'f,95,81',
    ].join('\n');
    const r = success(await parseDelimited(text));
    expect(r.features.map((f) => f.properties.name)).toEqual(['a', 'c']);
    expect(rejectionCounts(r)).toEqual({ missingCoordinate: 2, badCoordinate: 1, outOfRange: 1 });
    expect(warningCounts(r)).toEqual({ raggedRow: 2 });
    const ragged = r.report.warnings[0]!;
    expect(ragged.examples).toEqual([
      { index: 1, text: '2/3' },
      { index: 2, text: '4/3' },
    ]);
    expect(ragged.message.params).toMatchObject({ expected: 3 });
    expect(r.report.rejections.find((g) => g.kind === 'badCoordinate')!.examples).toEqual([
      { index: 4, text: 'foo' },
    ]);
  });

  it('rejects projected metres in x/y columns under their own reason', async () => {
    const r = success(await parseDelimited('x,y\n565000,2350000\n566000,2351000'));
    expect(rejectionCounts(r)).toEqual({ projected: 2 });
  });

  it('asks when unsure, offering candidates, and reads the columns the user then chooses', async () => {
    const text = 'a,b,name\n21.2,81.6,x\n21.3,81.7,y';
    const first = await parseDelimited(text);
    expect(first).toMatchObject({
      ok: false,
      error: { key: 'import.error.columnsUnsure', params: { lat: 'a', lon: 'b' } },
    });
    if (first.ok) return;
    expect(first.candidates!.lat[0]).toEqual({ column: 'a', confidence: 0.3 });
    const second = success(await parseDelimited(text, { columns: { lat: 'a', lon: 'b' } }));
    expect(coords(second)).toEqual([
      [81.6, 21.2],
      [81.7, 21.3],
    ]);
  });

  it('fails with a message for no coordinate columns, an unknown chosen column, no rows, an empty file', async () => {
    expect(await parseDelimited('name,colour\nx,red')).toMatchObject({
      ok: false,
      error: { key: 'import.error.noCoordinateColumns' },
    });
    expect(await parseDelimited('lat,lon\n1,2', { columns: { lat: 'y', lon: 'lon' } })).toMatchObject({
      ok: false,
      error: { key: 'import.error.noSuchColumn', params: { column: 'y' } },
    });
    expect(await parseDelimited('lat,lon\n')).toMatchObject({
      ok: false,
      error: { key: 'import.error.noRows' },
    });
    expect(await parseDelimited('')).toMatchObject({ ok: false, error: { key: 'import.error.empty' } });
  });

  it('reads TSV, semicolons with decimal commas, and pipes', async () => {
    expect(coords(success(await parseDelimited('lat\tlon\n21.2\t81.6', { format: 'tsv' })))).toEqual([
      [81.6, 21.2],
    ]);
    expect(coords(success(await parseDelimited('lat;lon\n21,2;81,6')))).toEqual([[81.6, 21.2]]);
    expect(coords(success(await parseDelimited('lat|lon\n21.2|81.6')))).toEqual([[81.6, 21.2]]);
  });

  it('keeps hostile headers and cells as inert text, dropping __proto__ and constructor', async () => {
    const text =
      'lat,lon,__proto__,constructor,<img src=x onerror=alert(1)>\n21.2,81.6,{"polluted":1},x,=HYPERLINK("http://e.vil")';
    const r = success(await parseDelimited(text));
    const p = r.features[0]!.properties;
    expect(Object.keys(p)).toEqual(['<img src=x onerror=alert(1)>']);
    expect(p['<img src=x onerror=alert(1)>']).toBe('=HYPERLINK("http://e.vil")');
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(warningCounts(r)).toEqual({ unsafeKey: 2 });
  });

  it('makes duplicate and empty headers unique', async () => {
    const r = success(await parseDelimited('lat,lon,a,a,\n21.2,81.6,1,2,3'));
    expect(Object.keys(r.features[0]!.properties)).toEqual(['a', 'a (2)', '_5']);
  });
});

describe('parseDelimited: 100,000 rows', () => {
  const big = () => {
    const lines = ['id,name,lat,lon,grade'];
    for (let i = 0; i < 100_000; i++)
      lines.push(
        `${i},site ${i},${(8 + (i % 2900) / 100).toFixed(4)},${(70 + (i % 2700) / 100).toFixed(4)},${i % 7}`,
      );
    lines.push('ragged,row');
    return lines.join('\n');
  };

  it('reads them all, reports rising progress to 1, and the ragged last line', async () => {
    const seen: number[] = [];
    const t0 = performance.now();
    const r = success(await parseDelimited(big(), { onProgress: (f) => seen.push(f) }));
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(r.features).toHaveLength(100_000);
    expect(r.report).toMatchObject({ total: 100_001, accepted: 100_000, rejected: 1 });
    expect(warningCounts(r)).toEqual({ raggedRow: 1 });
    expect(seen.length).toBeGreaterThan(10);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.at(-1)).toBe(1);
  }, 30_000);

  it('stops with an AbortError when cancelled part-way', async () => {
    const ac = new AbortController();
    const p = parseDelimited(big(), { signal: ac.signal, onProgress: (f) => f > 0.3 && ac.abort() });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  }, 30_000);
});
