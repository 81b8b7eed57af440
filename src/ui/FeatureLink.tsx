import { useAppStore } from '../state/store';
import { selectAndZoom } from '../commands/registry';

/**
 * A feature's name as a link-styled button that opens its card (and, with `zoom`, moves the
 * map to it). `data-feature-id` lets tests and focus return find it.
 */
export function FeatureLink({ id, name, zoom = false }: { id: string; name: string; zoom?: boolean }) {
  const select = useAppStore((s) => s.select);
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => (zoom ? selectAndZoom(id) : select(id))}
      data-feature-id={id}
    >
      {name}
    </button>
  );
}
