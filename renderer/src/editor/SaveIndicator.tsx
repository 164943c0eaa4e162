import { Check, CircleAlert, CircleDashed } from 'lucide-react';
import { memo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/i18n/i18n';
import { Button } from '../components/Button';
import { formatTime } from '../components/formatDate';
import type { DocumentSession, SaveState } from './documentSession';

/** 已保存 / 正在保存… / 保存失败 with a retry: the one place that says whether work is safe. */
export const SaveIndicator = memo(function SaveIndicator({
  save,
  savedAt,
  onRetry,
  onReload,
}: {
  save: SaveState;
  savedAt: Date | null;
  onRetry: () => void;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  switch (save.kind) {
    case 'saved':
      return (
        <span
          className="save-state save-saved"
          role="status"
          title={
            savedAt ? t('save.savedAt', { time: formatTime(savedAt, i18n.language) }) : undefined
          }
        >
          <Check size={15} aria-hidden />
          {t('save.saved')}
        </span>
      );
    case 'saving':
      return (
        <span className="save-state save-saving" role="status">
          {/* Still, not spinning: while someone types, saves come and go every second, and an
              animation would make the browser draw frames non-stop under their keystrokes. */}
          <CircleDashed size={15} aria-hidden />
          {t('save.saving')}
        </span>
      );
    case 'failed':
    case 'conflict': {
      // A failed save is retried; a conflicting one (another window saved first) needs a reload.
      const failed = save.kind === 'failed';
      return (
        <span
          className="save-state save-failed"
          role="alert"
          title={failed ? describeError(t, save.error) : t('save.conflict')}
        >
          <CircleAlert size={15} aria-hidden />
          {t('save.failed')}
          <Button variant="quiet" className="save-retry" onClick={failed ? onRetry : onReload}>
            {t(failed ? 'common.retry' : 'common.reload')}
          </Button>
        </span>
      );
    }
  }
});

const reloadPage = () => window.location.reload();

/** The open document's save state, in the app bar: re-renders when a save goes or lands. */
export function SessionSaveIndicator({ session }: { session: DocumentSession }) {
  const { save, savedAt } = useSyncExternalStore(session.subscribeSave, session.getSaveSnapshot);
  return (
    <SaveIndicator save={save} savedAt={savedAt} onRetry={session.retry} onReload={reloadPage} />
  );
}

/** A failed or conflicting save, said in full above the grid. */
export function SaveProblem({ session }: { session: DocumentSession }) {
  const { t } = useTranslation();
  const { save } = useSyncExternalStore(session.subscribeSave, session.getSaveSnapshot);
  if (save.kind !== 'failed' && save.kind !== 'conflict') return null;
  return (
    <div className="notice notice-error editor-notice" role="alert">
      <p>{save.kind === 'failed' ? describeError(t, save.error) : t('save.conflict')}</p>
    </div>
  );
}
