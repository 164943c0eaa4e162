import { Check, CircleAlert, LoaderCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/i18n/i18n';
import { Button } from '../components/Button';
import { formatTime } from '../components/formatDate';
import type { SaveState } from './documentSession';

/** 已保存 / 正在保存… / 保存失败 with a retry: the one place that says whether work is safe. */
export function SaveIndicator({
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
          <LoaderCircle size={15} aria-hidden className="spin" />
          {t('save.saving')}
        </span>
      );
    case 'failed':
      return (
        <span className="save-state save-failed" role="alert" title={describeError(t, save.error)}>
          <CircleAlert size={15} aria-hidden />
          {t('save.failed')}
          <Button variant="quiet" className="save-retry" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </span>
      );
    case 'conflict':
      return (
        <span className="save-state save-failed" role="alert" title={t('save.conflict')}>
          <CircleAlert size={15} aria-hidden />
          {t('save.failed')}
          <Button variant="quiet" className="save-retry" onClick={onReload}>
            {t('common.reload')}
          </Button>
        </span>
      );
  }
}
