/**
 * Approximate district areas from post-office positions: a Voronoi partition of a state's offices
 * (each place of the state goes to the district of its nearest office), dissolved per district and
 * clipped to the state's outline. Pure functions of their inputs, shared by scripts/build-districts.ts
 * and its tests; nothing here reads files.
 *
 * Nearest is measured in a plane where longitude is scaled by cos(mean latitude of the state), so a
 * degree east and a degree north count by their length on the ground (within a state the scale error
 * is a few per cent at most).
 */
import { Delaunay } from 'd3-delaunay';
import { area, featureCollection, intersect, polygon, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export interface Office {
  lon: number;
  lat: number;
  /** The district the office belongs to, as the gazetteer names it. */
  district: string;
}

export interface DistrictArea {
  district: string;
  geometry: Polygon | MultiPolygon;
  /** Distinct office positions whose cells make up the area. */
  positions: number;
  /** Geodesic area (turf.area), square kilometres. */
  areaKm2: number;
}

export interface DerivationReport {
  /** Positions claimed by offices of more than one district; given to the district with most offices there. */
  sharedPositions: number;
  /** Positions dropped as strays (see dropIsolated). */
  isolatedDropped: number;
  /** Districts with offices but no area left after clipping (all their cells lie outside the state). */
  empty: string[];
}

type Area = Polygon | MultiPolygon;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Site {
  lon: number;
  lat: number;
  district: string;
}

/** One site per distinct position, given to the district with most offices there (then name order). */
function sitesOf(offices: readonly Office[]): { sites: Site[]; shared: number } {
  const byPoint = new Map<string, { lon: number; lat: number; counts: Map<string, number> }>();
  for (const o of offices) {
    if (!Number.isFinite(o.lon) || !Number.isFinite(o.lat)) continue;
    const key = `${o.lon},${o.lat}`;
    let p = byPoint.get(key);
    if (!p) byPoint.set(key, (p = { lon: o.lon, lat: o.lat, counts: new Map() }));
    p.counts.set(o.district, (p.counts.get(o.district) ?? 0) + 1);
  }
  let shared = 0;
  const sites: Site[] = [];
  for (const p of byPoint.values()) {
    if (p.counts.size > 1) shared++;
    const [district] = [...p.counts].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0]!;
    sites.push({ lon: p.lon, lat: p.lat, district });
  }
  // A stable order makes the output independent of the input order.
  sites.sort((a, b) => a.lon - b.lon || a.lat - b.lat);
  return { sites, shared };
}

/**
 * Drops stray positions (an office filed under the wrong district, or placed wrongly, would otherwise
 * become an island of its district inside another). A position is a candidate when none of its Delaunay
 * neighbours belongs to its district; a candidate is dropped when, among the positions that are not
 * candidates, the nearest is of another district too (so a genuine office cut off from its district by a
 * stray is kept). Never drops the last positions of a district.
 */
function dropIsolated(sites: Site[], kx: number): { kept: Site[]; dropped: number } {
  if (sites.length < 4) return { kept: sites, dropped: 0 };
  const d = Delaunay.from(
    sites,
    (s) => s.lon * kx,
    (s) => s.lat,
  );
  const candidate = sites.map((s, i) => {
    let any = false;
    for (const j of d.neighbors(i)) {
      any = true;
      if (sites[j]!.district === s.district) return false;
    }
    return any;
  });
  const others = sites.filter((_, i) => !candidate[i]);
  if (others.length === 0) return { kept: sites, dropped: 0 };
  const rest = Delaunay.from(
    others,
    (s) => s.lon * kx,
    (s) => s.lat,
  );
  const stray = sites.map(
    (s, i) => candidate[i]! && others[rest.find(s.lon * kx, s.lat)]!.district !== s.district,
  );
  const total = new Map<string, number>();
  const strays = new Map<string, number>();
  sites.forEach((s, i) => {
    total.set(s.district, (total.get(s.district) ?? 0) + 1);
    if (stray[i]) strays.set(s.district, (strays.get(s.district) ?? 0) + 1);
  });
  const kept = sites.filter((s, i) => !stray[i] || strays.get(s.district) === total.get(s.district));
  return { kept, dropped: sites.length - kept.length };
}

function bboxOf(geom: Area): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  for (const poly of polys) {
    for (const [x, y] of poly[0]!) {
      if (x! < w) w = x!;
      if (x! > e) e = x!;
      if (y! < s) s = y!;
      if (y! > n) n = y!;
    }
  }
  return [w, s, e, n];
}

/**
 * The approximate area of each district of one state: every place in `state` is given to the district
 * of the nearest office position (Voronoi), cells are dissolved per district and clipped to the state.
 * The areas cover the state without overlap (up to floating-point slivers).
 *
 * @param offices the state's post offices, with the district each belongs to
 * @param state the state's outline (lon/lat degrees)
 */
export function deriveDistrictAreas(
  offices: readonly Office[],
  state: Feature<Area>,
): { areas: DistrictArea[]; report: DerivationReport } {
  const { sites: all, shared } = sitesOf(offices);
  const [w, s, e, n] = bboxOf(state.geometry);
  const kx = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const { kept: sites, dropped } = dropIsolated(all, kx);
  const report: DerivationReport = { sharedPositions: shared, isolatedDropped: dropped, empty: [] };
  if (sites.length === 0) return { areas: [], report };

  // The Voronoi bounds hold the whole state and every office, with a margin.
  const xs = sites.map((p) => p.lon);
  const ys = sites.map((p) => p.lat);
  const pad = 0.5;
  const bounds: [number, number, number, number] = [
    (Math.min(w, ...xs) - pad) * kx,
    Math.min(s, ...ys) - pad,
    (Math.max(e, ...xs) + pad) * kx,
    Math.max(n, ...ys) + pad,
  ];
  const voronoi = Delaunay.from(
    sites,
    (p) => p.lon * kx,
    (p) => p.lat,
  ).voronoi(bounds);

  const cells = new Map<string, Feature<Polygon>[]>();
  sites.forEach((p, i) => {
    const ring = voronoi.cellPolygon(i) as Position[] | null;
    if (!ring || ring.length < 4) return;
    const lonLat = ring.map(([x, y]) => [x! / kx, y!]);
    let list = cells.get(p.district);
    if (!list) cells.set(p.district, (list = []));
    list.push(polygon([lonLat]));
  });

  const areas: DistrictArea[] = [];
  for (const district of [...cells.keys()].sort(byText)) {
    const list = cells.get(district)!;
    const merged = list.length === 1 ? list[0]! : union(featureCollection<Polygon>(list));
    const clipped = merged ? intersect(featureCollection<Area>([merged as Feature<Area>, state])) : null;
    if (!clipped) {
      report.empty.push(district);
      continue;
    }
    areas.push({
      district,
      geometry: clipped.geometry,
      positions: list.length,
      areaKm2: area(clipped) / 1e6,
    });
  }
  return { areas, report };
}

// ---------------------------------------------------------------- representative point

function ringsOf(geom: Area): Position[][][] {
  return geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
}

/**
 * A point guaranteed to lie inside the area (not on its edge): on the horizontal line through the
 * middle of the largest part's extent, the midpoint of the widest stretch that lies inside that part
 * (holes counted). Null for an empty geometry. Used to check that a district area lies in its state.
 */
export function representativePoint(geom: Area): [number, number] | null {
  let best: Position[][] | null = null;
  let bestArea = -1;
  for (const poly of ringsOf(geom)) {
    if (!poly[0] || poly[0].length < 4) continue;
    const a = area(polygon(poly));
    if (a > bestArea) {
      bestArea = a;
      best = poly;
    }
  }
  if (!best) return null;
  let s = Infinity;
  let n = -Infinity;
  for (const [, y] of best[0]!) {
    if (y! < s) s = y!;
    if (y! > n) n = y!;
  }
  // Try the middle first, then lines a little off it (a line through a vertex is ambiguous).
  for (const f of [0.5, 0.4999, 0.45, 0.55, 0.35, 0.65, 0.25, 0.75]) {
    const y = s + (n - s) * f;
    const xs: number[] = [];
    for (const ring of best) {
      for (let i = 1; i < ring.length; i++) {
        const [x1, y1] = ring[i - 1]!;
        const [x2, y2] = ring[i]!;
        if (y1! > y === y2! > y) continue;
        xs.push(x1! + ((y - y1!) * (x2! - x1!)) / (y2! - y1!));
      }
    }
    xs.sort((a, b) => a - b);
    let widest = 0;
    let point: [number, number] | null = null;
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const width = xs[i + 1]! - xs[i]!;
      if (width > widest) {
        widest = width;
        point = [(xs[i]! + xs[i + 1]!) / 2, y];
      }
    }
    if (point) return point;
  }
  return null;
}
