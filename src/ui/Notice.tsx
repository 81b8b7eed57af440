import { useEffect } from 'react';
import { useAppStore } from '../state/store';

/** A short message (link copied, link not understood) that clears itself. */
export function Notice() {
  const notice = useAppStore((s) => s.notice);
  const setNotice = useAppStore((s) => s.setNotice);
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => setNotice(null), 6000);
    return () => clearTimeout(t);
  }, [notice, setNotice]);
  return (
    <div className="notice" role="status" aria-live="polite">
      {notice}
    </div>
  );
}
