import { useAppStore } from '../state/store';
import { t } from '../i18n';

/** Always visible: where the boundaries come from and that external ones are not authoritative. */
export function BoundaryNote() {
  const setAboutOpen = useAppStore((s) => s.setAboutOpen);
  return (
    <p className="boundary-note" data-testid="boundary-note">
      {t('boundary.note')}{' '}
      <button type="button" className="link-button" onClick={() => setAboutOpen(true)}>
        {t('boundary.sources')}
      </button>
    </p>
  );
}
