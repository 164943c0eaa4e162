import { useCallback, useEffect, useState } from 'react';

export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
  tone?: 'info' | 'error';
}

let nextToastId = 1;

/** Short notices at the foot of the window ("moved to the trash — Undo"). */
export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);
  const show = useCallback((toast: Omit<Toast, 'id'>) => {
    const id = nextToastId++;
    setToasts((current) => [...current.slice(-2), { ...toast, id }]);
    return id;
  }, []);
  return { toasts, show, dismiss };
}

export function ToastArea({
  toasts,
  onDismiss,
  closeLabel,
}: {
  toasts: Toast[];
  onDismiss: (id: number) => void;
  closeLabel: string;
}) {
  return (
    <div className="toast-area" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} onDismiss={onDismiss} closeLabel={closeLabel} />
      ))}
    </div>
  );
}

function ToastItem({
  toast,
  onDismiss,
  closeLabel,
}: {
  toast: Toast;
  onDismiss: (id: number) => void;
  closeLabel: string;
}) {
  useEffect(() => {
    if (toast.tone === 'error') return undefined;
    const timer = setTimeout(() => {
      onDismiss(toast.id);
    }, 6_000);
    return () => {
      clearTimeout(timer);
    };
  }, [toast, onDismiss]);
  return (
    <div className={`toast toast-${toast.tone ?? 'info'}`}>
      <span>{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            toast.action?.run();
            onDismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="toast-close"
        aria-label={closeLabel}
        onClick={() => onDismiss(toast.id)}
      >
        ×
      </button>
    </div>
  );
}
