/**
 * The states' outlines (public/data/boundaries/states.geojson, the basemap's own file), loaded
 * once, on the first question that names a state as its area.
 */
import { createOutlineStore } from './outlines';

const store = createOutlineStore('states.geojson', (p) => (typeof p.code === 'string' ? p.code : null));

/** Starts loading the outlines (once) from the app's base URL. */
export const loadStateOutlines = (baseUrl: string) => store.load(baseUrl);
/** A state's outline, or null (not loaded yet, or no such state). */
export const stateOutline = (code: string) => store.get(code);
export const stateOutlinesLoaded = () => store.loaded();
export const stateOutlinesVersion = () => store.version();
export const subscribeStateOutlines = (l: () => void) => store.subscribe(l);

/** The approximate district areas (boundaries/districts.geojson), keyed `IN-CG:Korba`, loaded on first use. */
export const districtAreas = createOutlineStore('districts.geojson', (p) =>
  typeof p.state === 'string' && typeof p.district === 'string' ? `${p.state}:${p.district}` : null,
);
