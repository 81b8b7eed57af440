/**
 * The three start views: each sets the app up for one kind of user in one step, the same as
 * opening its link (`?view=geologist`, `?view=investor`, `?view=official&state=IN-OD`).
 */
import { useAppStore } from '../state/store';
import { audiencePreset } from '../state/url-codec';
import type { Audience } from '../state/slices/audience';
import { closeStateView, openStateView } from './registry';
import { isStateCode } from '../domain/states';

/** Opens a start view (and, for a state official, the chosen state's scorecard). */
export function chooseAudience(a: Audience, stateCode?: string): void {
  const s = useAppStore.getState();
  const preset = audiencePreset(a);
  s.dismissStart();
  useAppStore.setState({
    audience: a,
    filters: preset.filters ?? {},
    hiddenLayers: preset.hiddenLayers ?? [],
    selectedId: null,
    panelOpen: true,
  });
  s.setPanelTab(preset.panelTab);
  if (a === 'official' && stateCode && isStateCode(stateCode)) openStateView(stateCode);
  else if (a === 'official')
    // No state yet: the state picker is the next thing to use.
    requestAnimationFrame(() => document.querySelector<HTMLSelectElement>('.state-picker select')?.focus());
  else if (s.stateView) closeStateView();
}
