/**
 * Outlines from a boundary file of the app's own (states, approximate district areas), loaded
 * once on first use and held outside the store (large). Only polygons with a key and finite
 * coordinates are kept; a failed load leaves an empty set, never an error.
 */
import type { MultiPolygon, Polygon } from 'geojson';

export type Outline = Polygon | MultiPolygon;

function finiteRings(g: Outline): boolean {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.every((p) =>
    p.every((r) => r.length >= 4 && r.every((c) => Number.isFinite(c[0]) && Number.isFinite(c[1]))),
  );
}

export interface OutlineStore {
  load(baseUrl: string): Promise<void>;
  get(key: string): Outline | null;
  /** Every key with an outline (empty until loaded). */
  keys(): readonly string[];
  loaded(): boolean;
  version(): number;
  subscribe(l: () => void): () => void;
}

/** A store of outlines from `data/boundaries/<file>`, keyed by `keyOf(properties)`. */
export function createOutlineStore(
  file: string,
  keyOf: (p: Record<string, unknown>) => string | null,
): OutlineStore {
  let outlines: ReadonlyMap<string, Outline> | null = null;
  let loading: Promise<void> | null = null;
  let version = 0;
  const listeners = new Set<() => void>();
  return {
    load(baseUrl) {
      loading ??= fetch(`${baseUrl}data/boundaries/${file}`)
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
        .then((fc: { features?: { properties?: Record<string, unknown>; geometry?: Outline }[] }) => {
          const m = new Map<string, Outline>();
          for (const f of fc.features ?? []) {
            const key = keyOf(f.properties ?? {});
            const g = f.geometry;
            if (!key || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
            if (finiteRings(g)) m.set(key, g);
          }
          outlines = m;
        })
        .catch(() => {
          outlines = new Map();
        })
        .finally(() => {
          version++;
          for (const l of listeners) l();
        });
      return loading;
    },
    get: (key) => outlines?.get(key) ?? null,
    keys: () => (outlines ? [...outlines.keys()] : []),
    loaded: () => outlines !== null,
    version: () => version,
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}
