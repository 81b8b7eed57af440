/**
 * Where the data's layers go in the drawing order: a count (a cluster's, a stack's, the
 * overview's) above every marker of every layer, so another layer's symbol or bubble never
 * covers it (issue 10: "other layers' symbols sit on top of cluster counts"); every other data
 * layer under the counts, in the order it is added. Two empty layers of the basemap mark the
 * places (basemap-style.ts), so the order holds whichever component adds its layers first.
 */
import { BASEMAP_IDS } from './basemap-style';

/** The layer a data layer is added before: the counts' mark for a count, the markers' otherwise. */
export function zOrderBefore(layerId: string): string {
  return layerId.endsWith('-count') ? BASEMAP_IDS.countsTop : BASEMAP_IDS.dataTop;
}
