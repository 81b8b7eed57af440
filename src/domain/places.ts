/** Where a feature is, in words and as extents: pure functions over features. */
import type { AtlasFeature, LayerId } from '../data/schema';
import { stateByCode } from './states';
import { countryName } from './labels';

/** "Korba, Chhattisgarh"; the state (or country) alone when the district is unknown. */
export function placeOf(f: AtlasFeature): string {
  const p = f.properties;
  const region = p.layer === 'overseas' ? countryName(p.country) : (stateByCode(p.state)?.name ?? p.state);
  return p.district ? `${p.district}, ${region}` : region;
}

/** Every feature whose `state` is the given code, grouped by layer (overseas features have none in India). */
export function featuresInState<F extends AtlasFeature>(
  layers: Readonly<Record<LayerId, { features: readonly F[] }>>,
  layerIds: readonly LayerId[],
  code: string,
): Record<LayerId, F[]> {
  return Object.fromEntries(
    layerIds.map((l) => [l, layers[l].features.filter((f) => f.properties.state === code)]),
  ) as Record<LayerId, F[]>;
}

/** The extent [west, south, east, north] of some points, or null for none. */
export function extentOf(
  features: readonly { geometry: { coordinates: readonly number[] } }[],
): [number, number, number, number] | null {
  if (features.length === 0) return null;
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const f of features) {
    const [x, y] = f.geometry.coordinates as [number, number];
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

/**
 * Features of other layers that share a feature's district (named by a source) and at least one
 * mineral: the Katghora block and the Katghora find, say. A stated relation, not a guess: same
 * district, same mineral — the card says exactly that.
 */
export function relatedFeatures<F extends AtlasFeature>(feature: F, all: readonly F[]): F[] {
  const p = feature.properties;
  if (!p.district || p.minerals.length === 0) return [];
  return all.filter(
    (f) =>
      f.properties.layer !== p.layer &&
      f.properties.state === p.state &&
      f.properties.district === p.district &&
      f.properties.minerals.some((m) => p.minerals.includes(m)),
  );
}
