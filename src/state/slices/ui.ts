import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type PanelTab = 'layers' | 'filters' | 'query' | 'results' | 'insights';
export const PANEL_TABS: readonly PanelTab[] = ['layers', 'filters', 'query', 'results', 'insights'];

export interface Notice {
  text: string;
  /** Changes with every notice, so repeating the same text is announced again. */
  id: number;
  link?: string;
}

export interface UiSlice {
  theme: ThemeChoice;
  panelOpen: boolean;
  panelTab: PanelTab;
  aboutOpen: boolean;
  /** A message for the user; with `link`, a link to copy by hand that stays until closed. */
  notice: Notice | null;
  setNotice: (text: string | null, link?: string) => void;
  /** Single-key shortcuts can be switched off (speech input users trigger them by accident). */
  shortcutsEnabled: boolean;
  setShortcutsEnabled: (on: boolean) => void;
  setTheme: (t: ThemeChoice) => void;
  setPanelOpen: (open: boolean) => void;
  setPanelTab: (tab: PanelTab) => void;
  togglePanel: () => void;
  setAboutOpen: (open: boolean) => void;
}

const THEME_KEY = 'khanij.theme';
const SHORTCUTS_KEY = 'khanij.shortcuts';
let noticeCounter = 0;

function stored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function store(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

function storedTheme(): ThemeChoice {
  const t = stored(THEME_KEY);
  return t === 'light' || t === 'dark' ? t : 'system';
}

/** On phone widths the panel is a bottom sheet that starts folded, so the map shows all of India. */
function isPhoneWidth(): boolean {
  return globalThis.matchMedia?.('(max-width: 720px)').matches ?? false;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  theme: storedTheme(),
  panelOpen: !isPhoneWidth(),
  panelTab: 'layers',
  aboutOpen: false,
  notice: null,
  setNotice: (text, link) => set({ notice: text === null ? null : { text, id: ++noticeCounter, link } }),
  shortcutsEnabled: stored(SHORTCUTS_KEY) !== 'off',
  setShortcutsEnabled: (on) => {
    store(SHORTCUTS_KEY, on ? 'on' : 'off');
    set({ shortcutsEnabled: on });
  },
  setTheme: (theme) => {
    store(THEME_KEY, theme === 'system' ? null : theme);
    set({ theme });
  },
  setPanelOpen: (panelOpen) => set({ panelOpen }),
  setPanelTab: (panelTab) => set({ panelTab, panelOpen: true }),
  togglePanel: () => set((s) => ({ panelOpen: !s.panelOpen })),
  setAboutOpen: (aboutOpen) => set({ aboutOpen }),
});
