import { useEffect } from 'react';
import { useAppStore } from '../state/store';
import { t } from '../i18n';

/**
 * A short message (link copied, link not understood) that clears itself; or, when the
 * clipboard refused, the link in a field to copy by hand, which stays until closed.
 */
export function Notice() {
  const notice = useAppStore((s) => s.notice);
  const setNotice = useAppStore((s) => s.setNotice);
  useEffect(() => {
    if (!notice || notice.link) return;
    const timer = setTimeout(() => setNotice(null), 6000);
    return () => clearTimeout(timer);
  }, [notice, setNotice]);
  return (
    <div className="notice" role="status" aria-live="polite">
      {notice && (
        <span key={notice.id}>
          {notice.text}
          {notice.link && (
            <span className="notice-link">
              <input
                type="text"
                readOnly
                value={notice.link}
                aria-label={t('notice.linkLabel')}
                onFocus={(e) => e.currentTarget.select()}
                autoFocus
              />
              <button type="button" className="text-button" onClick={() => setNotice(null)}>
                {t('common.close')}
              </button>
            </span>
          )}
        </span>
      )}
    </div>
  );
}
