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
    /** Edges whose latitude span meets grid row r: `rowEdges[rowStart[r] .. rowStart[r + 1])`. */
    readonly rowStart: Uint32Array;
    readonly rowEdges: Uint32Array;
  };
  /** Scratch parity per polygon for the near-edge test. */
  readonly parity: Uint8Array;
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

  const side = Math.max(8, Math.min(512, Math.ceil(Math.sqrt(nEdges) * 4)));
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
  const rowCount = new Uint32Array(ny + 1);
  for (let k = 0; k < nEdges; k++) {
    const ya = edges[4 * k + 1]!,
      yb = edges[4 * k + 3]!;
    for (let r = row(Math.min(ya, yb) - eps); r <= row(Math.max(ya, yb) + eps); r++) rowCount[r + 1]!++;
  }
  const rowStart = new Uint32Array(ny + 1);
  for (let r = 0; r < ny; r++) rowStart[r + 1] = rowStart[r]! + rowCount[r + 1]!;
  const rowEdges = new Uint32Array(rowStart[ny]!);
  const fill = rowStart.slice(0, ny);
  for (let k = 0; k < nEdges; k++) {
    const ya = edges[4 * k + 1]!,
      yb = edges[4 * k + 3]!;
    for (let r = row(Math.min(ya, yb) - eps); r <= row(Math.max(ya, yb) + eps); r++) rowEdges[fill[r]!++] = k;
  }
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
  return {
    geometry,
    feature,
    bbox,
    edges,
    edgePolygon,
    edgeIndex,
    grid: { nx, ny, cellW, cellH, cells, rowStart, rowEdges },
    parity: new Uint8Array(polys.length),
  };
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
  return nearEdgeTest(area, r, lon, lat);
}

/**
 * Turf's test (point-in-polygon-hao, as booleanPointInPolygon calls it) restricted to the edges
 * whose latitude span holds the point: the only edges that algorithm does not skip. Per polygon:
 * on an edge → inside; otherwise inside when the crossing count is odd. Where the orientation is
 * too close to zero for floating point (Turf uses robust predicates), Turf itself decides.
 */
function nearEdgeTest(area: PreparedArea, row: number, x: number, y: number): boolean {
  const e = area.edges;
  const { rowStart, rowEdges } = area.grid;
  const parity = area.parity;
  parity.fill(0);
  for (let j = rowStart[row]!; j < rowStart[row + 1]!; j++) {
    const k = rowEdges[j]!;
    const u1 = e[4 * k]! - x,
      v1 = e[4 * k + 1]! - y,
      u2 = e[4 * k + 2]! - x,
      v2 = e[4 * k + 3]! - y;
    if (v1 === 0 && v2 === 0) {
      if ((u2 <= 0 && u1 >= 0) || (u1 <= 0 && u2 >= 0)) return true;
    } else if ((v2 >= 0 && v1 <= 0) || (v2 <= 0 && v1 >= 0)) {
      const a = u1 * v2,
        b = u2 * v1;
      const f = b - a;
      if (Math.abs(f) <= 1e-12 * (Math.abs(a) + Math.abs(b)))
        return booleanPointInPolygon([x, y], area.feature);
      if ((f > 0 && v2 > 0 && v1 <= 0) || (f < 0 && v2 <= 0 && v1 > 0)) {
        const p = area.edgePolygon[k]!;
        parity[p] = parity[p]! ^ 1;
      }
    }
  }
  for (let p = 0; p < parity.length; p++) if (parity[p]) return true;
  return false;
}
