import { useState } from 'react';
import { useAppStore } from '../state/store';
import { t } from '../i18n';

const KEY = 'khanij.boundaryNote';

function storedFolded(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'folded';
  } catch {
    return false;
  }
}

/**
 * Where the boundaries come from and that external ones are not authoritative. It folds to a
 * small "Boundaries" button and remembers that it was folded.
 */
export function BoundaryNote() {
  const setAboutOpen = useAppStore((s) => s.setAboutOpen);
  const [folded, setFolded] = useState(storedFolded);
  const fold = (f: boolean) => {
    setFolded(f);
    try {
      globalThis.localStorage?.setItem(KEY, f ? 'folded' : 'open');
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  };
  if (folded) {
    return (
      <button
        type="button"
        className="boundary-note folded"
        data-testid="boundary-note"
        onClick={() => fold(false)}
        aria-expanded={false}
      >
        {t('boundary.unfold')}
      </button>
    );
  }
  return (
    <p className="boundary-note" data-testid="boundary-note">
      {t('boundary.note')}{' '}
      <button type="button" className="link-button" onClick={() => setAboutOpen(true)}>
        {t('boundary.sources')}
      </button>{' '}
      <button type="button" className="link-button" onClick={() => fold(true)} aria-expanded={true}>
        {t('boundary.fold')}
      </button>
    </p>
  );
}
