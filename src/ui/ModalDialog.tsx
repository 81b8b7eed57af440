import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal `<dialog>` with a heading and a close button (✕): shown with `showModal()` while
 * `open`, so focus is trapped and Escape closes it. `onClose` runs for the close button and for
 * the dialog's own close (Escape); it must make `open` false.
 */
export function ModalDialog({
  open,
  onClose,
  title,
  closeLabel,
  className = '',
  testId,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  /** The close button's accessible name. */
  closeLabel: string;
  className?: string;
  testId?: string;
  /** The dialog's body, below the heading. */
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`about-dialog ${className}`.trim()}
      aria-labelledby={titleId}
      onClose={onClose}
      data-testid={testId}
    >
      <div className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label={closeLabel} onClick={onClose}>
          ✕
        </button>
      </div>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
