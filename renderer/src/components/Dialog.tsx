import { useEffect, useId, useRef, type ReactNode, type SyntheticEvent } from 'react';

export interface DialogProps {
  title: string;
  onClose: () => void;
  /** When given, the dialog is a form: Enter submits, the submit button is the primary action. */
  onSubmit?: () => void;
  children: ReactNode;
  actions: ReactNode;
  wide?: boolean;
}

/**
 * A modal dialog on the platform's <dialog>: focus is trapped and restored by the browser, Esc
 * closes it, and the page behind is inert. Mount it to open it. The element marked
 * data-autofocus gets the focus (React's autoFocus runs before showModal and is lost).
 */
export function Dialog({ title, onClose, onSubmit, children, actions, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the first focusable element; the dialog's content says which it wants.
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => dialog?.close();
  }, []);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    onSubmit?.();
  };
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit} className="dialog-form">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">{actions}</div>
      </form>
    </dialog>
  );
}
