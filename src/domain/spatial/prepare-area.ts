/**
 * An area made ready for many point tests: Turf's feature with its `bbox` set (Turf otherwise
 * recomputes it on every call: 13× slower), an index of its edges (distance to the boundary
 * only looks at nearby edges), and a coarse grid whose cells no edge touches are known to be
 * wholly inside or outside, so most points never reach the exact test.
 *
 * The exact test is Turf's `booleanPointInPolygon` (planar in lon/lat, boundary counts as
 * inside); the grid only answers where that test cannot answer differently: a cell that no edge
 * touches lies on one side of every ring.
 */
import Flatbush from 'flatbush';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, Position } from 'geojson';
import type { AreaGeometry } from './types';

/** Grid cell states (0: an edge touches the cell, ask the exact test). */
const IN = 1;
const OUTSIDE = 2;

export interface PreparedArea {
  readonly geometry: AreaGeometry;
  /** Turf feature with `bbox` set. */
  readonly feature: Feature<AreaGeometry>;
  readonly bbox: [number, number, number, number];
  /** Edges `[x1, y1, x2, y2]` interleaved, every ring of every polygon. */
  readonly edges: Float64Array;
  /** Which polygon of a multipolygon each edge belongs to. */
  readonly edgePolygon: Uint32Array;
  readonly edgeIndex: Flatbush;
  readonly grid: {
    readonly nx: number;
    readonly ny: number;
    readonly cellW: number;
    readonly cellH: number;
    readonly cells: Uint8Array;
  };
}

function polygonsOf(g: AreaGeometry): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Prepares an area for repeated point tests. The geometry is assumed valid (see buffer.ts). */
export function prepareArea(geometry: AreaGeometry): PreparedArea {
  const polys = polygonsOf(geometry);
  let nEdges = 0;
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const poly of polys)
    for (const ring of poly) {
      nEdges += Math.max(0, ring.length - 1);
      for (const p of ring) {
        if (p[0]! < minX) minX = p[0]!;
        if (p[0]! > maxX) maxX = p[0]!;
        if (p[1]! < minY) minY = p[1]!;
        if (p[1]! > maxY) maxY = p[1]!;
      }
    }
  const bbox: [number, number, number, number] = [minX, minY, maxX, maxY];
  const edges = new Float64Array(nEdges * 4);
  const edgePolygon = new Uint32Array(nEdges);
  const edgeIndex = new Flatbush(Math.max(1, nEdges));
  let e = 0;
  polys.forEach((poly, pi) => {
    for (const ring of poly)
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i]!,
          b = ring[i + 1]!;
        edges.set([a[0]!, a[1]!, b[0]!, b[1]!], 4 * e);
        edgePolygon[e] = pi;
        edgeIndex.add(
          Math.min(a[0]!, b[0]!),
          Math.min(a[1]!, b[1]!),
          Math.max(a[0]!, b[0]!),
          Math.max(a[1]!, b[1]!),
        );
        e++;
      }
  });
  if (nEdges === 0) edgeIndex.add(minX, minY, minX, minY);
  edgeIndex.finish();

  const side = Math.max(8, Math.min(256, Math.ceil(Math.sqrt(nEdges) * 2)));
  const w = maxX - minX,
    h = maxY - minY;
  const nx = w > 0 ? side : 1,
    ny = h > 0 ? side : 1;
  const cellW = w / nx || 1,
    cellH = h / ny || 1;
  const cells = new Uint8Array(nx * ny);
  // Every cell an edge's box touches (with a margin for rounding) is left to the exact test.
  const eps = 1e-9 * Math.max(1, w, h);
  const col = (x: number) => Math.min(nx - 1, Math.max(0, Math.floor((x - minX) / cellW)));
  const row = (y: number) => Math.min(ny - 1, Math.max(0, Math.floor((y - minY) / cellH)));
  const boundary = new Uint8Array(nx * ny);
  for (let k = 0; k < nEdges; k++) {
    const x1 = edges[4 * k]!,
      y1 = edges[4 * k + 1]!,
      x2 = edges[4 * k + 2]!,
      y2 = edges[4 * k + 3]!;
    const c0 = col(Math.min(x1, x2) - eps),
      c1 = col(Math.max(x1, x2) + eps);
    const r0 = row(Math.min(y1, y2) - eps),
      r1 = row(Math.max(y1, y2) + eps);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) boundary[r * nx + c] = 1;
  }
  // Edge-free cells: parity of crossings left of the cell centre, per polygon (holes flip it).
  const parity = new Uint8Array(polys.length);
  for (let r = 0; r < ny; r++) {
    const y = minY + (r + 0.5) * cellH;
    const crossings: { x: number; p: number }[] = [];
    for (const k of edgeIndex.search(minX - 1, y, maxX + 1, y)) {
      if (k >= nEdges) continue;
      const x1 = edges[4 * k]!,
        y1 = edges[4 * k + 1]!,
        x2 = edges[4 * k + 2]!,
        y2 = edges[4 * k + 3]!;
      if (y1 > y === y2 > y) continue;
      crossings.push({ x: x1 + ((y - y1) * (x2 - x1)) / (y2 - y1), p: edgePolygon[k]! });
    }
    crossings.sort((a, b) => a.x - b.x);
    parity.fill(0);
    let odd = 0;
    let j = 0;
    for (let c = 0; c < nx; c++) {
      const x = minX + (c + 0.5) * cellW;
      while (j < crossings.length && crossings[j]!.x < x) {
        const p = crossings[j]!.p;
        parity[p] = parity[p]! ^ 1;
        odd += parity[p] ? 1 : -1;
        j++;
      }
      if (!boundary[r * nx + c]) cells[r * nx + c] = odd > 0 ? IN : OUTSIDE;
    }
  }
  const feature: Feature<AreaGeometry> = { type: 'Feature', bbox, properties: {}, geometry };
  return { geometry, feature, bbox, edges, edgePolygon, edgeIndex, grid: { nx, ny, cellW, cellH, cells } };
}

/**
 * Whether a point lies in the area, boundary included: exactly Turf's `booleanPointInPolygon`
 * (a test compares them on random points), answered from the grid where it can be.
 */
export function isPointInArea(area: PreparedArea, lon: number, lat: number): boolean {
  const [minX, minY, maxX, maxY] = area.bbox;
  if (!(lon >= minX && lon <= maxX && lat >= minY && lat <= maxY)) return false;
  const { nx, ny, cellW, cellH, cells } = area.grid;
  const c = Math.min(nx - 1, Math.floor((lon - minX) / cellW));
  const r = Math.min(ny - 1, Math.floor((lat - minY) / cellH));
  const s = cells[r * nx + c];
  if (s === IN) return true;
  if (s === OUTSIDE) return false;
  return booleanPointInPolygon([lon, lat], area.feature);
}
