import type { AtlasData } from '../../data/load';
import type { ResolvedTheme } from '../use-theme';

/** Placeholder replaced in the dashboard slice. */
export function MissionDashboard(_: { data: AtlasData; theme: ResolvedTheme }) {
  return null;
}
