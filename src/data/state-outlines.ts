/**
 * The states' outlines (public/data/boundaries/states.geojson, the basemap's own file), loaded
 * once, on the first question that names a state as its area. Held outside the store (large);
 * only polygons with a state code and valid coordinates are kept.
 */
import type { MultiPolygon, Polygon } from 'geojson';

type Outline = Polygon | MultiPolygon;
let outlines: ReadonlyMap<string, Outline> | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();
let version = 0;

function finiteRings(g: Outline): boolean {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.every((p) =>
    p.every((r) => r.length >= 4 && r.every((c) => Number.isFinite(c[0]) && Number.isFinite(c[1]))),
  );
}

/** Starts loading the outlines (once) from the app's base URL. */
export function loadStateOutlines(baseUrl: string): Promise<void> {
  loading ??= fetch(`${baseUrl}data/boundaries/states.geojson`)
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
    .then((fc: { features?: { properties?: { code?: unknown }; geometry?: Outline }[] }) => {
      const m = new Map<string, Outline>();
      for (const f of fc.features ?? []) {
        const code = f.properties?.code,
          g = f.geometry;
        if (typeof code !== 'string' || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
        if (finiteRings(g)) m.set(code, g);
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
}

/** A state's outline, or null (not loaded yet, or no such state). */
export function stateOutline(code: string): Outline | null {
  return outlines?.get(code) ?? null;
}

export const stateOutlinesLoaded = () => outlines !== null;
export const stateOutlinesVersion = () => version;

export function subscribeStateOutlines(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
