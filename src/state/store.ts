/**
 * One Zustand store built from slices. It holds only serialisable choices (theme, panels,
 * visible layers, hidden categories, selection, state view); data lives in src/data/registry.
 */
import { create, type StateCreator } from 'zustand';
import { LAYER_IDS, type LayerId } from '../data/schema';
import type { StateCode } from '../domain/states';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Notice {
  text: string;
  /** Changes with every notice, so repeating the same text is announced again. */
  id: number;
  link?: string;
}

export interface UiSlice {
  theme: ThemeChoice;
  panelOpen: boolean;
  aboutOpen: boolean;
  /** A message for the user; with `link`, a link to copy by hand that stays until closed. */
  notice: Notice | null;
  setNotice: (text: string | null, link?: string) => void;
  /** Single-key shortcuts can be switched off (speech input users trigger them by accident). */
  shortcutsEnabled: boolean;
  setShortcutsEnabled: (on: boolean) => void;
  setTheme: (t: ThemeChoice) => void;
  setPanelOpen: (open: boolean) => void;
  togglePanel: () => void;
  setAboutOpen: (open: boolean) => void;
}

export interface LayersSlice {
  visibleLayers: Record<LayerId, boolean>;
  /** Legend categories switched off, per layer (e.g. blocks: ['annulled']). */
  hiddenCategories: Record<LayerId, string[]>;
  setLayerVisible: (id: LayerId, visible: boolean) => void;
  toggleCategory: (id: LayerId, category: string) => void;
  setHiddenCategories: (id: LayerId, categories: string[]) => void;
}

export interface SelectionSlice {
  /** Slug of the selected feature (properties.id), or null. */
  selectedId: string | null;
  /** The state whose view is open, or null. */
  stateView: StateCode | null;
  /** The map's visible extent [west, south, east, north], for "features in view". */
  viewBounds: [number, number, number, number] | null;
  select: (id: string | null) => void;
  setStateView: (code: StateCode | null) => void;
  setViewBounds: (b: [number, number, number, number]) => void;
}

export type AppState = UiSlice & LayersSlice & SelectionSlice;

const THEME_KEY = 'khanij.theme';
const SHORTCUTS_KEY = 'khanij.shortcuts';
let noticeCounter = 0;

function storedShortcuts(): boolean {
  try {
    return globalThis.localStorage?.getItem(SHORTCUTS_KEY) !== 'off';
  } catch {
    return true;
  }
}

function storedTheme(): ThemeChoice {
  try {
    const t = globalThis.localStorage?.getItem(THEME_KEY);
    return t === 'light' || t === 'dark' ? t : 'system';
  } catch {
    return 'system';
  }
}

/** On phone widths the panel is a bottom sheet that starts folded, so the map shows all of India. */
function isPhoneWidth(): boolean {
  return globalThis.matchMedia?.('(max-width: 720px)').matches ?? false;
}

const allLayers = <T>(value: () => T) =>
  Object.fromEntries(LAYER_IDS.map((id) => [id, value()])) as Record<LayerId, T>;

const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  theme: storedTheme(),
  panelOpen: !isPhoneWidth(),
  aboutOpen: false,
  notice: null,
  setNotice: (text, link) => set({ notice: text === null ? null : { text, id: ++noticeCounter, link } }),
  shortcutsEnabled: storedShortcuts(),
  setShortcutsEnabled: (on) => {
    try {
      globalThis.localStorage?.setItem(SHORTCUTS_KEY, on ? 'on' : 'off');
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    set({ shortcutsEnabled: on });
  },
  setTheme: (theme) => {
    try {
      if (theme === 'system') globalThis.localStorage?.removeItem(THEME_KEY);
      else globalThis.localStorage?.setItem(THEME_KEY, theme);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    set({ theme });
  },
  setPanelOpen: (panelOpen) => set({ panelOpen }),
  togglePanel: () => set((s) => ({ panelOpen: !s.panelOpen })),
  setAboutOpen: (aboutOpen) => set({ aboutOpen }),
});

const createLayersSlice: StateCreator<AppState, [], [], LayersSlice> = (set) => ({
  visibleLayers: allLayers(() => true),
  hiddenCategories: allLayers((): string[] => []),
  setLayerVisible: (id, visible) => set((s) => ({ visibleLayers: { ...s.visibleLayers, [id]: visible } })),
  toggleCategory: (id, category) =>
    set((s) => {
      const current = s.hiddenCategories[id];
      const next = current.includes(category)
        ? current.filter((c) => c !== category)
        : [...current, category].sort();
      return { hiddenCategories: { ...s.hiddenCategories, [id]: next } };
    }),
  setHiddenCategories: (id, categories) =>
    set((s) => ({ hiddenCategories: { ...s.hiddenCategories, [id]: [...categories].sort() } })),
});

const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  stateView: null,
  viewBounds: null,
  select: (selectedId) => set(selectedId ? { selectedId, panelOpen: true } : { selectedId }),
  setStateView: (stateView) => set({ stateView }),
  setViewBounds: (viewBounds) => set({ viewBounds }),
});

export const useAppStore = create<AppState>()((...a) => ({
  ...createUiSlice(...a),
  ...createLayersSlice(...a),
  ...createSelectionSlice(...a),
}));

/** The store's first state, for resetting between tests. */
export const initialAppState = useAppStore.getState();
