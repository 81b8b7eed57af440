import { useEffect, useSyncExternalStore } from 'react';
import { useAppStore } from '../state/store';

export type ResolvedTheme = 'light' | 'dark';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(cb: () => void): () => void {
  const mq = globalThis.matchMedia?.(QUERY);
  mq?.addEventListener('change', cb);
  return () => mq?.removeEventListener('change', cb);
}

const systemPrefersDark = () => globalThis.matchMedia?.(QUERY).matches ?? false;

/** The theme in force: the user's choice, else the system's preference. Applied to <html>. */
export function useResolvedTheme(): ResolvedTheme {
  const choice = useAppStore((s) => s.theme);
  const dark = useSyncExternalStore(subscribe, systemPrefersDark, () => false);
  const resolved: ResolvedTheme = choice === 'system' ? (dark ? 'dark' : 'light') : choice;
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
    document.documentElement.style.colorScheme = resolved;
  }, [resolved]);
  return resolved;
}
