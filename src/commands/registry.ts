/**
 * Every user action in one registry: id, label (a catalogue key), keyboard shortcut,
 * availability and run function. Buttons, the keyboard and the shortcut list in About all use
 * the same entries; a command that is not available does nothing and its button is disabled.
 * Ids are derived from the list, so adding a command is one edit.
 */
import { useAppStore, type AppState } from '../state/store';
import { getDataStatus, getDatasets } from '../data/registry';
import { rowIndex } from '../data/indexes';
import { currentLink } from '../state/url-sync';
import { fitExtent, fitIndia, flyToPoint, focusMap } from '../map/camera';
import { snapshotLocator, snapshotMap, type LocatorOptions, type MapSnapshot } from '../map/snapshot';
import { isStateCode } from '../domain/states';
import { t, type MessageKey } from '../i18n';

/** What a command may look at to decide whether it applies. */
export interface CommandContext {
  state: AppState;
  dataReady: boolean;
}

export interface CommandSpec {
  readonly id: string;
  readonly labelKey: MessageKey;
  /** KeyboardEvent.key that runs it, if any. */
  readonly shortcut?: string;
  /** Whether the command can run now; absent means always. */
  readonly when?: (ctx: CommandContext) => boolean;
  readonly run: (ctx: CommandContext) => void;
}

const store = () => useAppStore.getState();

function context(): CommandContext {
  return { state: store(), dataReady: getDataStatus().kind === 'ready' };
}

export function zoomToSelection(): void {
  const id = store().selectedId;
  const ref = id ? rowIndex(getDatasets()).get(id) : undefined;
  if (!ref) return;
  const row = ref.dataset.rows[ref.index]!;
  const precision = typeof row.values.precision === 'string' ? row.values.precision : 'site';
  flyToPoint([row.lon, row.lat], precision);
}

/** Selects a feature of any dataset and brings it into view (search, keyboard). */
export function selectAndZoom(id: string): void {
  store().select(id);
  zoomToSelection();
}

/** Gives the search box keyboard focus, opening the panel (on phones, the sheet) first. */
export function focusSearch(): void {
  store().setPanelOpen(true);
  // The sheet may need a frame to show the box before it can take focus.
  requestAnimationFrame(() => document.getElementById('search-input')?.focus());
}

/** Opens a state's view: outline, summary, and the map fitted to it. */
export function openStateView(code: string): void {
  if (!isStateCode(code)) return;
  store().setStateView(code);
  const status = getDataStatus();
  if (status.kind !== 'ready') return;
  const info = status.data.states.find((s) => s.code === code);
  if (info) fitExtent(info.bbox, 8);
}

/** Opens a district's view (`IN-CG:Korba`): its approximate area outlined and fitted, its summary. */
export function openDistrictView(key: string): void {
  const status = getDataStatus();
  const info = status.kind === 'ready' ? status.data.districts.find((d) => d.key === key) : undefined;
  if (!info) return;
  store().setDistrictView(key);
  fitExtent(info.bbox, 10);
}

/** Back from a district to its state's view. */
export function closeDistrictView(): void {
  const code = store().stateView;
  store().setDistrictView(null);
  if (code) openStateView(code);
}

/** Closes the state view and shows all of India. */
export function closeStateView(): void {
  store().setStateView(null);
  fitIndia();
}

/** Fits the map to an extent [west, south, east, north]. */
export function showExtent(b: readonly [number, number, number, number], maxZoom?: number): void {
  fitExtent(b, maxZoom);
}

export type { MapSnapshot };

/** The map's pixels as drawn now (for the PNG export), or null before the map exists. */
export function captureMap(): Promise<MapSnapshot | null> {
  return snapshotMap();
}

/**
 * A static locator image (PNG data URL) of an extent, for printed pages; the camera comes back to
 * where the user left it. Null before the map exists (no WebGL).
 */
export function captureLocator(
  bbox: readonly [number, number, number, number],
  options?: LocatorOptions,
): Promise<string | null> {
  return snapshotLocator(bbox, options);
}

export async function copyLink(): Promise<void> {
  const link = currentLink();
  try {
    await navigator.clipboard.writeText(link);
    store().setNotice(t('notice.linkCopied'));
  } catch {
    store().setNotice(t('notice.copyRefused'), link);
  }
}

export const COMMANDS = [
  {
    id: 'clear',
    labelKey: 'cmd.clear',
    shortcut: 'Escape',
    run: ({ state: s }) => {
      if (s.drawMode) s.setDrawMode(null);
      else if (s.stack) s.setStack(null);
      else if (s.selectedId) s.select(null);
      else if (s.query) s.clearQuery();
      else if (s.districtView) s.setDistrictView(null);
      else if (s.stateView) s.setStateView(null);
    },
  },
  {
    id: 'zoom-to-selection',
    labelKey: 'cmd.zoomToSelection',
    shortcut: 'z',
    when: ({ state, dataReady }) => dataReady && state.selectedId !== null,
    run: zoomToSelection,
  },
  { id: 'copy-link', labelKey: 'cmd.copyLink', shortcut: 'l', run: () => void copyLink() },
  { id: 'fit-india', labelKey: 'cmd.fitIndia', shortcut: '0', run: fitIndia },
  { id: 'toggle-panel', labelKey: 'cmd.togglePanel', shortcut: 'p', run: ({ state }) => state.togglePanel() },
  {
    id: 'toggle-theme',
    labelKey: 'cmd.toggleTheme',
    shortcut: 't',
    run: ({ state }) => {
      const dark = document.documentElement.dataset.theme === 'dark';
      state.setTheme(dark ? 'light' : 'dark');
    },
  },
  { id: 'focus-map', labelKey: 'cmd.focusMap', shortcut: 'm', run: focusMap },
  { id: 'focus-search', labelKey: 'cmd.focusSearch', shortcut: '/', run: focusSearch },
  {
    id: 'clear-filters',
    labelKey: 'filters.clearAll',
    when: ({ state }) => Object.keys(state.filters).length > 0,
    run: ({ state }) => state.clearFilters(),
  },
  { id: 'about', labelKey: 'cmd.about', shortcut: '?', run: ({ state }) => state.setAboutOpen(true) },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMANDS)[number]['id'];
export type Command = CommandSpec & { readonly id: CommandId };

/** The registry as plain commands, for look-ups. */
export const ALL_COMMANDS: readonly Command[] = COMMANDS;

const BY_ID = new Map<string, Command>(ALL_COMMANDS.map((c) => [c.id, c]));

export function commandById(id: CommandId): Command {
  return BY_ID.get(id)!;
}

/** The command's label in the active locale. */
export function commandLabel(c: Command): string {
  return t(c.labelKey);
}

export function isAvailable(id: CommandId, ctx: CommandContext = context()): boolean {
  const c = commandById(id);
  return c.when ? c.when(ctx) : true;
}

/** Runs a command if it is available now; returns whether it ran. */
export function runCommand(id: CommandId): boolean {
  const ctx = context();
  const c = commandById(id);
  if (c.when && !c.when(ctx)) return false;
  c.run(ctx);
  return true;
}

/** The `aria-keyshortcuts` value for a command's button, when shortcuts are on. */
export function keyShortcut(id: CommandId, enabled: boolean): string | undefined {
  return enabled ? commandById(id).shortcut : undefined;
}

/** The command a key press runs, unless the user is typing or a dialog has the keyboard. */
export function commandForKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target' | 'repeat' | 'defaultPrevented'>,
  singleKeysEnabled = true,
): Command | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || e.defaultPrevented) return undefined;
  // Esc always works; the single-letter shortcuts can be switched off in About.
  if (e.key !== 'Escape' && !singleKeysEnabled) return undefined;
  const target = e.target as HTMLElement | null;
  const esc = () => ALL_COMMANDS.find((c) => c.shortcut === 'Escape');
  if (target && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))) {
    return e.key === 'Escape' ? esc() : undefined;
  }
  if (target?.closest?.('dialog[open]')) return undefined;
  return ALL_COMMANDS.find((c) => c.shortcut === e.key);
}

export function installKeyboardShortcuts(): () => void {
  const onKey = (e: KeyboardEvent) => {
    const cmd = commandForKey(e, store().shortcutsEnabled);
    if (!cmd) return;
    e.preventDefault();
    runCommand(cmd.id);
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
