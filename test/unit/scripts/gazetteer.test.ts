import { describe, expect, it } from 'vitest';
import {
  expectedPlacement,
  normalisePostOffice,
  type Gazetteer,
  type PlacementProps,
} from '../../../scripts/lib/gazetteer';
import { placeCollection } from '../../../scripts/place-features';

function makeGazetteer(overrides: Partial<Gazetteer> = {}): Gazetteer {
  return {
    districts: [
      { state: 'IN-CG', district: 'Korba', lon: 82.6118, lat: 22.5318, postOffices: 168 },
      {
        state: 'IN-JH',
        district: 'Palamau',
        aliases: ['Palamu'],
        lon: 84.1674,
        lat: 24.1591,
        postOffices: 170,
      },
      {
        state: 'IN-TN',
        district: 'Tenkasi',
        parent: 'Tirunelveli',
        derivedFrom: 'Offices of Tirunelveli in the data whose sub-district is one of: Tenkasi.',
        lon: 77.542,
        lat: 8.9619,
        postOffices: 219,
      },
    ],
    localities: [
      {
        name: 'Ramtek',
        state: 'IN-MH',
        district: 'Nagpur',
        lon: 79.3273,
        lat: 21.3956,
        postOffice: 'Ramtek',
        pin: '441106',
        basis: 'Locality: Ramtek post office (PIN 441106), GeoNames postal data.',
      },
    ],
    states: [{ state: 'IN-CG', name: 'Chhattisgarh', lon: 82.1, lat: 21.3 }],
    overseas: [
      { key: 'AR-K', name: 'Catamarca', lon: -66.9, lat: -27.3, basis: 'Province centre of Catamarca.' },
      { key: 'AU', name: 'Australia', lon: 134, lat: -25, basis: 'Country centre of Australia.' },
    ],
    ...overrides,
  };
}

const block = (props: Partial<PlacementProps>): PlacementProps => ({
  layer: 'blocks',
  precision: 'district',
  state: 'IN-CG',
  district: null,
  locality: null,
  ...props,
});

describe('expectedPlacement', () => {
  const g = makeGazetteer();

  it('places a district feature at its district centre', () => {
    expect(expectedPlacement(block({ district: 'Korba' }), g)).toEqual({
      coordinates: [82.6118, 22.5318],
      basis:
        'District centre of Korba, Chhattisgarh: median of 168 GeoNames post offices ' +
        "(GeoNames postal data, CC BY 4.0). Not the block's site.",
    });
  });

  it('matches a district by alias and names the spelling the data uses', () => {
    const p = expectedPlacement(block({ state: 'IN-JH', district: 'Palamu' }), g);
    expect(p).toMatchObject({ coordinates: [84.1674, 24.1591] });
    expect(p && 'basis' in p && p.basis).toContain('Palamu (GeoNames spelling: Palamau), Jharkhand');
  });

  it('matches district names case-insensitively', () => {
    expect(expectedPlacement(block({ district: '  KORBA ' }), g)).toMatchObject({
      coordinates: [82.6118, 22.5318],
    });
  });

  it('says a derived district comes from its parent', () => {
    const p = expectedPlacement(block({ state: 'IN-TN', district: 'Tenkasi' }), g);
    expect(p && 'basis' in p && p.basis).toContain('in the sub-districts of Tirunelveli that now form it');
  });

  it('does not match a district in another state', () => {
    expect(expectedPlacement(block({ state: 'IN-JH', district: 'Korba' }), g)).toEqual({
      error: expect.stringMatching(/"Korba" is not in the gazetteer for IN-JH/),
    });
  });

  it('returns an error naming an unknown district', () => {
    const p = expectedPlacement(block({ district: 'Nowhere' }), g);
    expect(p).toHaveProperty('error');
    expect(p && 'error' in p && p.error).toContain('"Nowhere"');
  });

  it('returns an error when district precision has no district', () => {
    expect(expectedPlacement(block({ district: null }), g)).toEqual({
      error: expect.stringMatching(/precision 'district' needs a district/),
    });
  });

  it('places a locality feature at its post office, case-insensitively', () => {
    expect(
      expectedPlacement(
        block({ state: 'IN-MH', precision: 'locality', locality: 'RAMTEK', district: 'Nagpur' }),
        g,
      ),
    ).toEqual({
      coordinates: [79.3273, 21.3956],
      basis: 'Locality: Ramtek post office (PIN 441106), GeoNames postal data.',
    });
  });

  it('returns an error naming an unknown locality', () => {
    const p = expectedPlacement(block({ precision: 'locality', locality: 'Atlantis' }), g);
    expect(p && 'error' in p && p.error).toContain('"Atlantis"');
  });

  it('places a state feature at the state centre', () => {
    expect(expectedPlacement(block({ precision: 'state' }), g)).toEqual({
      coordinates: [82.1, 21.3],
      basis: 'State centre of Chhattisgarh (a point inside the state outline); the district is not known.',
    });
  });

  it('explains that state centres are missing only when one is needed', () => {
    const noStates = makeGazetteer({ states: null });
    expect(expectedPlacement(block({ district: 'Korba' }), noStates)).toHaveProperty('coordinates');
    const p = expectedPlacement(block({ precision: 'state' }), noStates);
    expect(p && 'error' in p && p.error).toContain('state-centres.json is missing');
  });

  it('returns null for a site, which is placed by hand', () => {
    expect(expectedPlacement(block({ precision: 'site', district: 'Nowhere' }), g)).toBeNull();
  });

  it('places an overseas feature by province, else by country', () => {
    const overseas = { layer: 'overseas', precision: 'country', district: null };
    expect(expectedPlacement({ ...overseas, country: 'AR', state: 'AR-K' }, g)).toEqual({
      coordinates: [-66.9, -27.3],
      basis: 'Province-level point: centre of Catamarca (Province centre of Catamarca). Not the site.',
    });
    expect(expectedPlacement({ ...overseas, country: 'AU', state: null }, g)).toMatchObject({
      coordinates: [134, -25],
    });
    expect(expectedPlacement({ ...overseas, country: 'ZZ', state: null }, g)).toEqual({
      error: expect.stringMatching(/no overseas centre for ZZ/),
    });
  });
});

describe('normalisePostOffice', () => {
  it('drops punctuation, case and a trailing office type', () => {
    expect(normalisePostOffice('Roorkee H.O')).toEqual({ base: 'roorkee', type: 'H' });
    expect(normalisePostOffice('Bhopal G.P.O.')).toEqual({ base: 'bhopal', type: 'G' });
    expect(normalisePostOffice('Melur (Madurai)')).toEqual({ base: 'melur madurai', type: null });
  });
});

describe('placeCollection', () => {
  const g = makeGazetteer();
  const feature = (props: Partial<PlacementProps> & { id: string }) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { ...block({ district: 'Korba' }), locationBasis: 'old', ...props },
  });

  it('moves non-site features, leaves sites alone and is idempotent', () => {
    const collection = {
      type: 'FeatureCollection',
      features: [feature({ id: 'a' }), feature({ id: 'b', precision: 'site' })],
    };
    const first = placeCollection('x.geojson', collection, g);
    expect(first.errors).toEqual([]);
    expect(first.changed).toBe(1);
    expect(collection.features[0]!.geometry.coordinates).toEqual([82.6118, 22.5318]);
    expect(collection.features[1]!.geometry.coordinates).toEqual([0, 0]);
    expect(collection.features[1]!.properties.locationBasis).toBe('old');
    const second = placeCollection('x.geojson', collection, g);
    expect(second.changed).toBe(0);
    expect(second.mismatches).toEqual([]);
  });

  it('reports the file, feature id and reason of a feature it cannot place', () => {
    const out = placeCollection(
      'geodata/blocks.geojson',
      { type: 'FeatureCollection', features: [feature({ id: 'lost', district: 'Nowhere' })] },
      g,
    );
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]).toMatch(/^geodata\/blocks\.geojson feature lost: district "Nowhere"/);
  });
});
