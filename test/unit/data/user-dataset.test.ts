/** An import as a user dataset: fields inferred from properties, stable ids, a point per shape. */
import { describe, expect, it } from 'vitest';
import { fieldKeyOf, inferFields, userDatasetFromFeatures } from '../../../src/data/user-dataset';
import type { AcceptedFeature } from '../../../src/domain/import';

const feature = (
  coordinates: number[],
  properties: Record<string, unknown>,
  id?: string | number,
): AcceptedFeature => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  geometry: { type: 'Point', coordinates },
  properties: Object.assign(Object.create(null), properties),
});

const sample = () =>
  ['Odisha', 'Odisha', 'Jharkhand', 'Odisha'].map((st, i) =>
    feature([85 + i / 10, 21], {
      Name: `Site ${i}`,
      State: st,
      'Depth (m)': String(100 + i),
      Surveyed: `2024-0${i + 1}-15`,
      Notes: `free text number ${i}`,
    }),
  );

describe('inferFields', () => {
  it('makes few repeated values a facet, numbers and ISO dates ranges, free text searchable', () => {
    const fields = inferFields(sample(), ['Name']);
    expect(
      fields.map((f) => [f.property, f.kind, f.spec.type, f.spec.facet ?? false, f.spec.search ?? false]),
    ).toEqual([
      ['State', 'category', 'category', true, false],
      ['Depth (m)', 'number', 'number', true, false],
      ['Surveyed', 'date', 'number', true, false],
      ['Notes', 'text', 'text', false, true],
    ]);
  });

  it('takes labels from the keys as given, and makes keys safe slugs that avoid the app’s own', () => {
    const fields = inferFields([
      feature([85, 21], { '<img src=x onerror=alert(1)>': 'a', state: 'b', अक्षांश: 'c' }),
    ]);
    expect(fields.map((f) => f.spec.label)).toEqual(['<img src=x onerror=alert(1)>', 'state', 'अक्षांश']);
    expect(fields.map((f) => f.spec.key)).toEqual(['img-src-x-onerror-alert-1', 'state-2', 'field-3']);
    for (const f of fields) expect(f.spec.key).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*$/);
    expect(fieldKeyOf('Lat (N)', 0)).toBe('Lat-N');
  });
});

describe('userDatasetFromFeatures', () => {
  it('builds a user dataset: names from the name property, precision site, rows for every feature', () => {
    const { dataset } = userDatasetFromFeatures(sample(), { id: 'user-1', label: 'My sites' });
    expect(dataset).toMatchObject({
      id: 'user-1',
      kind: 'user',
      label: 'My sites',
      cluster: false,
      categoryField: null,
    });
    expect(dataset.rows.map((r) => r.values.name)).toEqual(['Site 0', 'Site 1', 'Site 2', 'Site 3']);
    expect(dataset.rows.every((r) => r.values.precision === 'site')).toBe(true);
    expect(dataset.rows[2]!.values).toMatchObject({ State: 'Jharkhand', 'Depth-m': 102, Surveyed: 2024 });
    expect(dataset.features[1]).toMatchObject({
      id: 1,
      geometry: { coordinates: [85.1, 21] },
      properties: { name: 'Site 1' },
    });
    expect(dataset.fields.map((f) => f.key)).toEqual([
      'name',
      'State',
      'Depth-m',
      'Surveyed',
      'Notes',
      'precision',
    ]);
  });

  it('gives every feature a stable id: its own when unique, else its position', () => {
    const own = userDatasetFromFeatures([feature([85, 21], {}, 'A 1'), feature([86, 21], {}, 'B')], {
      id: 'u',
      label: 'x',
    });
    expect(own.dataset.rows.map((r) => r.id)).toEqual(['u-A-1', 'u-B']);
    const dup = userDatasetFromFeatures([feature([85, 21], {}, 'A'), feature([86, 21], {}, 'A')], {
      id: 'u',
      label: 'x',
    });
    expect(dup.dataset.rows.map((r) => r.id)).toEqual(['u-1', 'u-2']);
    const again = userDatasetFromFeatures([feature([85, 21], {}, 'A'), feature([86, 21], {}, 'A')], {
      id: 'u',
      label: 'x',
    });
    expect(again.dataset.rows.map((r) => r.id)).toEqual(dup.dataset.rows.map((r) => r.id));
  });

  it('places a polygon at a point on it and keeps the shape beside the dataset', () => {
    const square: AcceptedFeature = {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [85, 21],
            [86, 21],
            [86, 22],
            [85, 22],
            [85, 21],
          ],
        ],
      },
      properties: Object.create(null),
    };
    const { dataset, shapes } = userDatasetFromFeatures([square], {
      id: 'u',
      label: 'Blocks',
      precision: 'locality',
    });
    const r = dataset.rows[0]!;
    expect(r.lon).toBeGreaterThanOrEqual(85);
    expect(r.lon).toBeLessThanOrEqual(86);
    expect(r.lat).toBeGreaterThanOrEqual(21);
    expect(r.lat).toBeLessThanOrEqual(22);
    expect(r.values).toMatchObject({ name: 'Blocks 1', precision: 'locality' });
    expect(shapes[0]).toBe(square.geometry);
  });
});
