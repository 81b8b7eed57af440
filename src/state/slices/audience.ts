import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

/** Who the app is set up for by a start view: each opens the part of the app that person needs. */
export type Audience = 'geologist' | 'investor' | 'official';
export const AUDIENCES: readonly Audience[] = ['geologist', 'investor', 'official'];

export interface AudienceSlice {
  /** The start view chosen (it is in the link as `view=`), or null. */
  audience: Audience | null;
  /** Whether the start view's chooser is showing. */
  startOpen: boolean;
  setAudience: (a: Audience | null) => void;
  /** Shows the chooser again (from the header). */
  openStart: () => void;
  /** Hides the chooser and remembers it in this browser, so the next visit opens on the map. */
  dismissStart: () => void;
}

export const START_SEEN_KEY = 'khanij.startSeen';

function seen(): boolean {
  try {
    return globalThis.localStorage?.getItem(START_SEEN_KEY) === '1';
  } catch {
    return false;
  }
}

function remember(): void {
  try {
    globalThis.localStorage?.setItem(START_SEEN_KEY, '1');
  } catch {
    // Private mode: the chooser shows again next visit.
  }
}

/**
 * The chooser opens by itself only on a first visit to the bare address: a shared link already
 * says what to show.
 */
function firstVisit(): boolean {
  const search = globalThis.location?.search ?? '';
  return !seen() && (search === '' || search === '?');
}

export const createAudienceSlice: StateCreator<AppState, [], [], AudienceSlice> = (set) => ({
  audience: null,
  startOpen: firstVisit(),
  setAudience: (audience) => set({ audience }),
  openStart: () => set({ startOpen: true }),
  dismissStart: () => {
    remember();
    set({ startOpen: false });
  },
});
