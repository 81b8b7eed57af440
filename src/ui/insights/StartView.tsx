import { useId } from 'react';
import { useAppStore } from '../../state/store';
import { useAtlasData } from '../../state/use-data';
import { chooseAudience } from '../../commands/audience';
import type { Audience } from '../../state/slices/audience';
import { t } from '../../i18n';
import { ModalDialog } from '../ModalDialog';
import './insights.css';

/** The link that opens a start view: short and plain, so anyone can share it. */
export function audienceHref(a: Audience, state?: string): string {
  const p = new URLSearchParams({ view: a });
  if (state) p.set('state', state);
  return `?${p.toString()}`;
}

function Entry({ a, children }: { a: Audience; children?: React.ReactNode }) {
  return (
    <li className={`start-entry start-${a}`} data-audience={a}>
      <h3>{t(`start.${a}.title`)}</h3>
      <p>{t(`start.${a}.what`)}</p>
      <a
        className="text-button primary start-go"
        href={audienceHref(a)}
        onClick={(e) => {
          // A plain click opens it here; a middle or modified click still opens the link anew.
          if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
          e.preventDefault();
          chooseAudience(a);
        }}
        data-testid={`start-${a}`}
      >
        {t(`start.${a}.go`)}
      </a>
      {children}
    </li>
  );
}

/**
 * The first visit's start view: three entries (geologist, investor, state official), each one
 * click and each a link. Dismissed, it is remembered in this browser; the header brings it back.
 */
export function StartView() {
  const open = useAppStore((s) => s.startOpen);
  const dismiss = useAppStore((s) => s.dismissStart);
  const data = useAtlasData();
  const stateId = useId();

  return (
    <ModalDialog
      open={open}
      // The close button, Escape, or a choice (which closes it by making `startOpen` false).
      onClose={() => {
        if (useAppStore.getState().startOpen) dismiss();
      }}
      title={t('start.title')}
      closeLabel={t('start.dismiss')}
      className="start-dialog"
      testId="start-view"
    >
      <p>{t('start.intro')}</p>
      <ul className="start-entries">
        <Entry a="geologist" />
        <Entry a="investor" />
        <Entry a="official">
          <label className="start-state" htmlFor={stateId}>
            {t('start.official.pick')}
          </label>
          <select
            id={stateId}
            defaultValue=""
            data-testid="start-state"
            onChange={(e) => {
              if (e.target.value) chooseAudience('official', e.target.value);
            }}
          >
            <option value="">{t('start.official.choose')}</option>
            {(data?.states ?? []).map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        </Entry>
      </ul>
      <p className="start-foot">
        <button type="button" className="link-button" onClick={dismiss} data-testid="start-dismiss">
          {t('start.justMap')}
        </button>{' '}
        <span className="muted small">{t('start.comeBack')}</span>
      </p>
    </ModalDialog>
  );
}
