/**
 * Answers a QuerySpec over every dataset, honest about precision: each hit is inside or
 * possibly inside (area and radius questions) and carries its distance range (radius, nearest
 * and preset questions). The active filter limits every dataset (filterMask); positions are
 * the rows' true coordinates.
 */
import type { FilterSpec } from '../filter/spec';
import { valueOn, valuesOf, type DatasetView, type Row } from '../model/fields';
import { circleAroundPoint, corridorAroundLine, rectangleFromBbox, validateArea } from './buffer';
import { classifyInArea } from './classify-in-area';
import { nearestK } from './nearest';
import { filterMask, pointSetFromRows } from './point-set';
import { uncertaintyRadiusKm } from './precision-disc';
import { blocksNearCentres, closingCoalNearReeOrGraphite, nearestHubForAwardedBlocks } from './presets';
import type { QueryArea, QuerySpec } from './query-param';
import {
  membershipName,
  type AllowedMask,
  type AreaGeometry,
  type AreaMatches,
  type Membership,
  type Origin,
  type PointSet,
  type RangedMatches,
  type RankedRows,
  type SpatialError,
} from './types';
import { withinRadius } from './within-radius';

export interface QueryHit {
  readonly datasetId: string;
  /** Position of the row in its dataset. */
  readonly index: number;
  readonly id: string;
  /** Inside / possibly inside the area or radius; null where the question has no boundary (nearest). */
  readonly membership: Membership | null;
  /** Distance range from the origin (or the preset's partner), km; null for area questions. */
  readonly minKm: number | null;
  readonly maxKm: number | null;
  /** The preset's partner feature (the nearest hub, the block within reach). */
  readonly partnerId?: string;
}

/** Why a question has no answer, as a catalogue code with parameters. */
export type QueryProblem =
  | { readonly code: 'area'; readonly error: SpatialError }
  | { readonly code: 'selfIntersecting'; readonly error: SpatialError }
  | { readonly code: 'noOrigin'; readonly id: string }
  | { readonly code: 'noDataset'; readonly dataset: string }
  | { readonly code: 'noStateOutline'; readonly state: string }
  /** The spatial worker failed (an internal error, reported rather than hidden). */
  | { readonly code: 'failed'; readonly detail: string };

export interface QueryAnswer {
  readonly hits: readonly QueryHit[];
  /** The area asked about (drawn on the map), or the circle of a radius question. */
  readonly area: AreaGeometry | null;
  /** The origin of a distance question. */
  readonly origin: { lon: number; lat: number } | null;
  readonly problem: QueryProblem | null;
}

const pointSets = new WeakMap<readonly Row[], PointSet>();
/** One point set per dataset's rows (rows are immutable once loaded). */
export function pointSetOf(ds: DatasetView): PointSet {
  let p = pointSets.get(ds.rows);
  if (!p) pointSets.set(ds.rows, (p = pointSetFromRows(ds.rows)));
  return p;
}

/** The polygon an area stands for, or why it cannot be used. `stateOutline` resolves `state:` areas. */
export function areaGeometryOf(
  area: QueryArea,
  stateOutline: (code: string) => AreaGeometry | null,
): { ok: true; value: AreaGeometry } | { ok: false; problem: QueryProblem } {
  const bad = (error: SpatialError): { ok: false; problem: QueryProblem } => ({
    ok: false,
    problem: { code: error.key === 'spatial.error.selfIntersecting' ? 'selfIntersecting' : 'area', error },
  });
  switch (area.kind) {
    case 'state': {
      const g = stateOutline(area.code);
      return g
        ? { ok: true, value: g }
        : { ok: false, problem: { code: 'noStateOutline', state: area.code } };
    }
    case 'circle': {
      const r = circleAroundPoint(area.center, area.radiusKm);
      return r.ok ? r : bad(r.error);
    }
    case 'rectangle': {
      const r = rectangleFromBbox(area.bbox);
      return r.ok ? r : bad(r.error);
    }
    case 'corridor': {
      const r = corridorAroundLine(area.line, area.halfWidthKm);
      return r.ok ? r : bad(r.error);
    }
    case 'polygon': {
      const r = validateArea(area.geometry);
      return r.ok ? r : bad(r.error);
    }
  }
}

/** Where a feature is, across datasets. */
export function findRow(
  datasets: readonly DatasetView[],
  id: string,
): { ds: DatasetView; index: number; row: Row } | null {
  for (const ds of datasets) {
    const index = ds.rows.findIndex((r) => r.id === id);
    if (index >= 0) return { ds, index, row: ds.rows[index]! };
  }
  return null;
}

const none = (problem: QueryProblem): QueryAnswer => ({ hits: [], area: null, origin: null, problem });

/**
 * One per-dataset index operation a question needs. The plan yields these; a driver answers
 * each, in this thread (`runQuery`) or through the spatial worker (`runQueryAsync`), so both
 * assemble the same answer from the same code.
 */
export type SpatialStep =
  | {
      readonly op: 'within-area';
      readonly ds: DatasetView;
      readonly area: AreaGeometry;
      readonly allowed: AllowedMask;
    }
  | {
      readonly op: 'within-radius';
      readonly ds: DatasetView;
      readonly origin: Origin;
      readonly radiusKm: number;
      readonly allowed: AllowedMask;
      readonly exclude: number | undefined;
    }
  | {
      readonly op: 'nearest';
      readonly ds: DatasetView;
      readonly origin: Origin;
      readonly k: number;
      readonly allowed: AllowedMask;
      readonly exclude: number | undefined;
    };

/** What each step answers with. */
export interface StepResults {
  'within-area': AreaMatches;
  'within-radius': RangedMatches;
  nearest: RankedRows;
}
type AnyStepResult = StepResults[keyof StepResults];

/** Answers one step in this thread over the dataset's (cached) point set. */
export function runStepLocally(step: SpatialStep): AnyStepResult {
  const points = pointSetOf(step.ds);
  switch (step.op) {
    case 'within-area':
      return classifyInArea(step.area, points, { allowed: step.allowed });
    case 'within-radius':
      return withinRadius(points, step.origin, step.radiusKm, {
        allowed: step.allowed,
        exclude: step.exclude,
      });
    case 'nearest':
      return nearestK(points, step.origin, step.k, { allowed: step.allowed, exclude: step.exclude });
  }
}

/**
 * The plan of a question: yields the index operations it needs, one per dataset, and returns
 * the assembled answer. Area hits are in dataset then row order; distance hits by range.
 */
function* queryPlan(
  datasets: readonly DatasetView[],
  spec: FilterSpec,
  q: QuerySpec,
  stateOutline: (code: string) => AreaGeometry | null,
): Generator<SpatialStep, QueryAnswer, AnyStepResult> {
  const hits: QueryHit[] = [];
  if (q.kind === 'within') {
    const g = areaGeometryOf(q.area, stateOutline);
    if (!g.ok) return none(g.problem);
    for (const ds of datasets) {
      const m = (yield {
        op: 'within-area',
        ds,
        area: g.value,
        allowed: filterMask(ds, spec),
      }) as AreaMatches;
      m.positions.forEach((p, j) =>
        hits.push({
          datasetId: ds.id,
          index: p,
          id: ds.rows[p]!.id,
          membership: membershipName(m.classes[j]!),
          minKm: null,
          maxKm: null,
        }),
      );
    }
    return { hits, area: g.value, origin: null, problem: null };
  }
  if (q.kind === 'radius' || q.kind === 'near') {
    let origin: { lon: number; lat: number; radiusKm: number };
    let self: { ds: string; index: number } | null = null;
    if (q.kind === 'radius') origin = { lon: q.center[0], lat: q.center[1], radiusKm: 0 };
    else {
      const f = findRow(datasets, q.id);
      if (!f) return none({ code: 'noOrigin', id: q.id });
      origin = { lon: f.row.lon, lat: f.row.lat, radiusKm: uncertaintyRadiusKm(f.row.values.precision) };
      self = { ds: f.ds.id, index: f.index };
    }
    const circle = circleAroundPoint([origin.lon, origin.lat], q.km);
    if (!circle.ok) return none({ code: 'area', error: circle.error });
    for (const ds of datasets) {
      const m = (yield {
        op: 'within-radius',
        ds,
        origin,
        radiusKm: q.km,
        allowed: filterMask(ds, spec),
        exclude: self?.ds === ds.id ? self.index : undefined,
      }) as RangedMatches;
      m.positions.forEach((p, j) =>
        hits.push({
          datasetId: ds.id,
          index: p,
          id: ds.rows[p]!.id,
          membership: membershipName(m.classes[j]!),
          minKm: m.rangesKm[2 * j]!,
          maxKm: m.rangesKm[2 * j + 1]!,
        }),
      );
    }
    hits.sort((a, b) => a.minKm! - b.minKm! || a.maxKm! - b.maxKm!);
    return { hits, area: circle.value, origin, problem: null };
  }
  if (q.kind === 'nearest') {
    const f = findRow(datasets, q.id);
    if (!f) return none({ code: 'noOrigin', id: q.id });
    const ds = datasets.find((d) => d.id === q.dataset);
    if (!ds) return none({ code: 'noDataset', dataset: q.dataset });
    const origin = { lon: f.row.lon, lat: f.row.lat, radiusKm: uncertaintyRadiusKm(f.row.values.precision) };
    const m = (yield {
      op: 'nearest',
      ds,
      origin,
      k: q.k,
      allowed: filterMask(ds, spec),
      exclude: f.ds.id === ds.id ? f.index : undefined,
    }) as RankedRows;
    m.positions.forEach((p, j) =>
      hits.push({
        datasetId: ds.id,
        index: p,
        id: ds.rows[p]!.id,
        membership: null,
        minKm: m.rangesKm[2 * j]!,
        maxKm: m.rangesKm[2 * j + 1]!,
      }),
    );
    return { hits, area: null, origin, problem: null };
  }
  // Presets (over the curated layers, all small): one hit per feature of the first dataset,
  // with its nearest partner.
  const res =
    q.preset === 'hub-for-awarded-blocks'
      ? nearestHubForAwardedBlocks(datasets, spec, 1)
      : q.preset === 'coal-near-ree-graphite'
        ? closingCoalNearReeOrGraphite(datasets, spec, q.km)
        : blocksNearCentres(datasets, spec, q.km);
  if (res.missing.length > 0) return none({ code: 'noDataset', dataset: res.missing.join(', ') });
  const best = new Map<string, QueryHit>();
  for (const p of res.pairs) {
    const key = `${p.fromDataset}:${p.fromIndex}`;
    const prev = best.get(key);
    const better =
      !prev ||
      (p.membership === 'inside' && prev.membership !== 'inside') ||
      (p.membership === prev.membership && p.minKm < prev.minKm!);
    if (better)
      best.set(key, {
        datasetId: p.fromDataset,
        index: p.fromIndex,
        id: p.fromId,
        membership: p.membership,
        minKm: p.minKm,
        maxKm: p.maxKm,
        partnerId: p.toId,
      });
  }
  hits.push(...[...best.values()].sort((a, b) => a.minKm! - b.minKm! || a.maxKm! - b.maxKm!));
  return { hits, area: null, origin: null, problem: null };
}

/** The answer to a question over the datasets (in their order), each limited by the filter. */
export function runQuery(
  datasets: readonly DatasetView[],
  spec: FilterSpec,
  q: QuerySpec,
  stateOutline: (code: string) => AreaGeometry | null = () => null,
): QueryAnswer {
  const plan = queryPlan(datasets, spec, q, stateOutline);
  for (let step = plan.next(); ;) {
    if (step.done) return step.value;
    step = plan.next(runStepLocally(step.value));
  }
}

/**
 * The same answer, each index operation answered by `exec` (the spatial worker for big
 * datasets). Rejects with exec's error, e.g. an AbortError when the question was replaced.
 */
export async function runQueryAsync(
  datasets: readonly DatasetView[],
  spec: FilterSpec,
  q: QuerySpec,
  stateOutline: (code: string) => AreaGeometry | null,
  exec: (step: SpatialStep) => Promise<AnyStepResult>,
): Promise<QueryAnswer> {
  const plan = queryPlan(datasets, spec, q, stateOutline);
  for (let step = plan.next(); ;) {
    if (step.done) return step.value;
    step = plan.next(await exec(step.value));
  }
}

/**
 * The box that shows a whole answer: its area or circle, its origin, and every hit's true
 * position (possibly-inside hits can lie outside the area), as [west, south, east, north].
 */
export function answerExtent(
  datasets: readonly DatasetView[],
  answer: QueryAnswer,
): [number, number, number, number] | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const add = (lon: number, lat: number) => {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  };
  if (answer.area) {
    const polys = answer.area.type === 'Polygon' ? [answer.area.coordinates] : answer.area.coordinates;
    for (const poly of polys) for (const [lon, lat] of poly[0] ?? []) add(lon!, lat!);
  }
  if (answer.origin) add(answer.origin.lon, answer.origin.lat);
  const byId = new Map(datasets.map((d) => [d.id, d]));
  for (const h of answer.hits) {
    const row = byId.get(h.datasetId)?.rows[h.index];
    if (row) add(row.lon, row.lat);
  }
  return Number.isFinite(w) ? [w, s, e, n] : null;
}

export interface SummaryCount {
  inside: number;
  possibly: number;
  /** Every hit (nearest hits have no membership and count here only). */
  total: number;
}

export interface QuerySummary {
  readonly total: SummaryCount;
  readonly byDataset: ReadonlyMap<string, SummaryCount>;
  readonly byMineral: ReadonlyMap<string, SummaryCount>;
  readonly byStatus: ReadonlyMap<string, SummaryCount>;
  readonly byState: ReadonlyMap<string, SummaryCount>;
}

const zero = (): SummaryCount => ({ inside: 0, possibly: 0, total: 0 });

/**
 * Counts of the hits by dataset, mineral, status and state, inside and possibly apart; a
 * block's status is the one of the time slider's `day` while it is on.
 */
export function summarizeHits(
  datasets: readonly DatasetView[],
  hits: readonly QueryHit[],
  day: number | null = null,
): QuerySummary {
  const byId = new Map(datasets.map((d) => [d.id, d]));
  const total = zero();
  const maps = {
    byDataset: new Map<string, SummaryCount>(),
    byMineral: new Map<string, SummaryCount>(),
    byStatus: new Map<string, SummaryCount>(),
    byState: new Map<string, SummaryCount>(),
  };
  const add = (m: Map<string, SummaryCount>, key: string, h: QueryHit) => {
    let c = m.get(key);
    if (!c) m.set(key, (c = zero()));
    c.total++;
    if (h.membership === 'inside') c.inside++;
    if (h.membership === 'possibly') c.possibly++;
  };
  for (const h of hits) {
    const row = byId.get(h.datasetId)?.rows[h.index];
    total.total++;
    if (h.membership === 'inside') total.inside++;
    if (h.membership === 'possibly') total.possibly++;
    add(maps.byDataset, h.datasetId, h);
    if (!row) continue;
    for (const m of valuesOf(row.values.minerals)) add(maps.byMineral, m, h);
    for (const s of valuesOf(valueOn(row, 'status', day))) add(maps.byStatus, s, h);
    for (const s of valuesOf(row.values.state)) add(maps.byState, s, h);
  }
  return { total, ...maps };
}
