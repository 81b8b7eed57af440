/**
 * Keeps the URL's query string in step with the store, and the store with the URL: at start-up,
 * and on Back/Forward. A discrete change (a filter value, a layer, the selection, the state
 * view) pushes a history entry; typing in a text filter, sorting and the camera replace it.
 * The camera is MapLibre's, in the hash.
 */
import { useAppStore, type AppState } from './store';
import { decodeUrlState, encodeUrlState, type UrlState } from './url-codec';
import type { FilterSpec } from '../domain/filter/spec';

export const pickUrlState = (s: AppState): UrlState => ({
  hiddenLayers: s.hiddenLayers,
  filters: s.filters,
  selectedId: s.selectedId,
  stateView: s.stateView,
  districtView: s.districtView,
  tableSort: s.tableSort,
  tableInView: s.tableInView,
  panelTab: s.panelTab,
  query: s.query,
  audience: s.audience,
  choropleth: s.choropleth,
});

/** The link to a state at a page address: its query string and the camera hash (never data). */
export function linkFor(s: UrlState, at: Pick<Location, 'origin' | 'pathname' | 'hash'>): string {
  const q = encodeUrlState(s);
  return `${at.origin}${at.pathname}${q ? `?${q}` : ''}${at.hash}`;
}

/** The shareable link for the current state (query and camera hash). */
export function currentLink(): string {
  return linkFor(pickUrlState(useAppStore.getState()), location);
}

/** Whether two filters differ only in the text of `contains` conditions (the user is typing). */
function onlyTextChanged(a: FilterSpec, b: FilterSpec): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  let changed = false;
  for (const k of keys) {
    const x = a[k],
      y = b[k];
    if (x === y) continue;
    if (x?.op === 'contains' && y?.op === 'contains') changed = true;
    else return false;
  }
  return changed;
}

function isDiscrete(prev: UrlState, next: UrlState): boolean {
  if (prev.filters !== next.filters && !onlyTextChanged(prev.filters, next.filters)) return true;
  return (
    prev.hiddenLayers !== next.hiddenLayers ||
    prev.selectedId !== next.selectedId ||
    prev.stateView !== next.stateView ||
    prev.districtView !== next.districtView ||
    prev.query !== next.query ||
    prev.audience !== next.audience ||
    prev.choropleth !== next.choropleth
  );
}

/** Applies the URL to the store once, then mirrors the store into the URL. Returns an unsubscribe. */
export function startUrlSync(): () => void {
  const apply = () => {
    const fromUrl = decodeUrlState(location.search);
    // A link to a feature, a state or a panel tab opens the panel (on phones, the sheet) so it is seen.
    const open =
      fromUrl.selectedId ||
      fromUrl.stateView ||
      fromUrl.districtView ||
      fromUrl.query ||
      fromUrl.audience ||
      fromUrl.panelTab !== 'layers';
    useAppStore.setState(open ? { ...fromUrl, panelOpen: true } : fromUrl);
  };
  apply();
  let lastState = pickUrlState(useAppStore.getState());
  let last = encodeUrlState(lastState);
  let restoring = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const write = (q: string, push: boolean) => {
    const url = `${location.pathname}${q ? `?${q}` : ''}${location.hash}`;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  };
  // An older or untidy link is rewritten in today's form, so what is shared next is canonical.
  if (location.search.replace(/^\?/, '') !== last) write(last, false);

  const unsubscribe = useAppStore.subscribe((s) => {
    if (restoring) return;
    const next = pickUrlState(s);
    const q = encodeUrlState(next);
    if (q === last) {
      lastState = next;
      return;
    }
    const push = isDiscrete(lastState, next);
    last = q;
    lastState = next;
    clearTimeout(timer);
    if (push) write(q, true);
    // Typing and sorting: one replace after the burst, not one per key.
    else timer = setTimeout(() => write(q, false), 250);
  });

  const onPop = () => {
    restoring = true;
    try {
      apply();
    } finally {
      restoring = false;
    }
    lastState = pickUrlState(useAppStore.getState());
    last = encodeUrlState(lastState);
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    window.removeEventListener('popstate', onPop);
  };
}
