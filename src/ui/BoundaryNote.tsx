import { useAppStore } from '../state/store';

/** Always visible: where the boundaries come from and that external ones are not authoritative. */
export function BoundaryNote() {
  const setAboutOpen = useAppStore((s) => s.setAboutOpen);
  return (
    <p className="boundary-note" data-testid="boundary-note">
      Boundaries: Natural Earth; Pakistan-administered Kashmir shown in J&amp;K and Ladakh as India claims,
      Aksai Chin not yet. External boundaries are not authoritative.{' '}
      <button type="button" className="link-button" onClick={() => setAboutOpen(true)}>
        Sources
      </button>
    </p>
  );
}
