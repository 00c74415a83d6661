import '../../styles/dialogs.css';
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  closeLabel: string;
  testId: string;
  children: ReactNode;
  wide?: boolean;
}

/**
 * A modal dialog on the native <dialog>: it traps focus, Esc closes it, and focus goes back to
 * where it was when it closes.
 */
export function Modal({ title, onClose, closeLabel, testId, children, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement;
    dialog.showModal();
    const onCloseEvent = () => close.current();
    dialog.addEventListener('close', onCloseEvent);
    return () => {
      dialog.removeEventListener('close', onCloseEvent);
      if (dialog.open) dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'modal modal-wide' : 'modal'}
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <header className="modal-head">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="button button-quiet"
          data-testid={`${testId}-close`}
          onClick={() => ref.current?.close()}
        >
          {closeLabel}
        </button>
      </header>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}
