/**
 * Every user action in one registry: id, label, keyboard shortcut and run function. Buttons,
 * the keyboard and the shortcut list in About all use the same entries.
 */
import { useAppStore } from '../state/store';
import { getDataStatus } from '../data/registry';
import { featureIndex } from '../data/indexes';
import { currentLink } from '../state/url-sync';
import { fitExtent, fitIndia, flyToPoint, focusMap } from '../map/camera';
import { isStateCode } from '../domain/states';

export type CommandId =
  | 'clear'
  | 'zoom-to-selection'
  | 'copy-link'
  | 'fit-india'
  | 'toggle-panel'
  | 'toggle-theme'
  | 'focus-map'
  | 'about';

export interface Command {
  id: CommandId;
  label: string;
  /** KeyboardEvent.key that runs it, if any. */
  shortcut?: string;
  run: () => void;
}

const store = () => useAppStore.getState();

export function zoomToSelection(): void {
  const status = getDataStatus();
  const id = store().selectedId;
  if (status.kind !== 'ready' || !id) return;
  const ref = featureIndex(status.data).get(id);
  if (ref) flyToPoint(ref.feature.geometry.coordinates, ref.feature.properties.precision);
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

export async function copyLink(): Promise<void> {
  const link = currentLink();
  try {
    await navigator.clipboard.writeText(link);
    store().setNotice('Link copied to the clipboard');
  } catch {
    store().setNotice('The browser did not allow copying. Copy the link from here:', link);
  }
}

export const COMMANDS: readonly Command[] = [
  {
    id: 'clear',
    label: 'Clear the selection, or close the state view',
    shortcut: 'Escape',
    run: () => {
      const s = store();
      if (s.selectedId) s.select(null);
      else if (s.stateView) s.setStateView(null);
    },
  },
  { id: 'zoom-to-selection', label: 'Zoom to the selected feature', shortcut: 'z', run: zoomToSelection },
  { id: 'copy-link', label: 'Copy a link to this view', shortcut: 'l', run: () => void copyLink() },
  { id: 'fit-india', label: 'Show all of India', shortcut: '0', run: fitIndia },
  { id: 'toggle-panel', label: 'Show or hide the panel', shortcut: 'p', run: () => store().togglePanel() },
  {
    id: 'toggle-theme',
    label: 'Switch between light and dark',
    shortcut: 't',
    run: () => {
      const dark = document.documentElement.dataset.theme === 'dark';
      store().setTheme(dark ? 'light' : 'dark');
    },
  },
  { id: 'focus-map', label: 'Move keyboard focus to the map', shortcut: 'm', run: focusMap },
  { id: 'about', label: 'About and sources', shortcut: '?', run: () => store().setAboutOpen(true) },
];

export function runCommand(id: CommandId): void {
  COMMANDS.find((c) => c.id === id)?.run();
}

/** The `aria-keyshortcuts` value for a command's button, when shortcuts are on. */
export function keyShortcut(id: CommandId, enabled: boolean): string | undefined {
  return enabled ? COMMANDS.find((c) => c.id === id)?.shortcut : undefined;
}

/** The command a key press runs, unless the user is typing or a dialog has the keyboard. */
export function commandForKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target' | 'repeat' | 'defaultPrevented'>,
  singleKeysEnabled = true,
): Command | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || e.defaultPrevented) return undefined;
  // Esc always works; the single-letter shortcuts can be switched off in About.
  if (e.key !== 'Escape' && !singleKeysEnabled) return undefined;
  const t = e.target as HTMLElement | null;
  if (t && (t.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(t.tagName))) {
    return e.key === 'Escape' ? COMMANDS.find((c) => c.shortcut === 'Escape') : undefined;
  }
  if (t?.closest?.('dialog[open]')) return undefined;
  return COMMANDS.find((c) => c.shortcut === e.key);
}

export function installKeyboardShortcuts(): () => void {
  const onKey = (e: KeyboardEvent) => {
    const cmd = commandForKey(e, store().shortcutsEnabled);
    if (!cmd) return;
    e.preventDefault();
    cmd.run();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
