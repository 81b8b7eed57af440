/**
 * Keeps the URL's query string in step with the store (layers, legend categories, selection,
 * state view), and the store with the URL at start-up. The camera is MapLibre's, in the hash.
 */
import { useAppStore, type AppState } from './store';
import { decodeUrlState, encodeUrlState, type UrlState } from './url-codec';

const pick = (s: AppState): UrlState => ({
  visibleLayers: s.visibleLayers,
  hiddenCategories: s.hiddenCategories,
  selectedId: s.selectedId,
  stateView: s.stateView,
});

/** The shareable link for the current state (query and camera hash). */
export function currentLink(): string {
  const q = encodeUrlState(pick(useAppStore.getState()));
  return `${location.origin}${location.pathname}${q ? `?${q}` : ''}${location.hash}`;
}

/** Applies the URL to the store once, then mirrors the store into the URL. Returns an unsubscribe. */
export function startUrlSync(): () => void {
  const fromUrl = decodeUrlState(location.search);
  // A link to a feature or a state opens the panel (on phones, the sheet) so it is seen.
  useAppStore.setState(fromUrl.selectedId || fromUrl.stateView ? { ...fromUrl, panelOpen: true } : fromUrl);
  let last = encodeUrlState(pick(useAppStore.getState()));
  return useAppStore.subscribe((s) => {
    const q = encodeUrlState(pick(s));
    if (q === last) return;
    last = q;
    history.replaceState(history.state, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
  });
}
