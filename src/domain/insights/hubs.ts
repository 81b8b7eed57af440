/**
 * The nearest processing hubs to a place or a feature, with distance ranges that are honest about
 * precision: a hub placed at its state's centre could be anywhere within its uncertainty disc, so
 * its distance is a range, never one number. Built on the spatial domain (`nearestK`).
 */
import type { AtlasFeature } from '../../data/schema';
import { nearestK } from '../spatial/nearest';
import { isPrecisePosition, uncertaintyRadiusKm } from '../spatial/precision-disc';
import type { Origin, PointSet } from '../spatial/types';

/** The point set of some features: true coordinates and each one's uncertainty radius (km). */
export function pointSetOfFeatures(features: readonly AtlasFeature[]): PointSet {
  const n = features.length;
  const coords = new Float64Array(n * 2);
  const radiiKm = new Float32Array(n);
  const precise = new Uint8Array(n);
  features.forEach((f, i) => {
    coords[2 * i] = f.geometry.coordinates[0];
    coords[2 * i + 1] = f.geometry.coordinates[1];
    radiiKm[i] = uncertaintyRadiusKm(f.properties.precision);
    precise[i] = isPrecisePosition(f.properties.precision) ? 1 : 0;
  });
  return { coords, radiiKm, precise };
}

export interface NearHub {
  readonly feature: AtlasFeature;
  /** Nearest and farthest the two could be apart, km (equal when both positions are exact). */
  readonly minKm: number;
  readonly maxKm: number;
}

/**
 * The `k` hubs nearest to an origin, ranked by distance range (nearest possible first).
 * `origin.radiusKm` is the origin's own uncertainty (a block at a district centre).
 */
export function nearestHubs(origin: Origin, hubs: readonly AtlasFeature[], k: number): NearHub[] {
  const ranked = nearestK(pointSetOfFeatures(hubs), origin, k);
  return Array.from(ranked.positions, (pos, i) => ({
    feature: hubs[pos]!,
    minKm: ranked.rangesKm[2 * i]!,
    maxKm: ranked.rangesKm[2 * i + 1]!,
  }));
}

/** The origin a feature's distances are measured from: its point and its uncertainty radius. */
export function originOf(f: AtlasFeature): Origin {
  return {
    lon: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
    radiusKm: uncertaintyRadiusKm(f.properties.precision),
  };
}
