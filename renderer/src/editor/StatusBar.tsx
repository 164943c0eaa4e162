import { CircleHelp } from 'lucide-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_STATUSES, type DuizhaoDocument } from '../../../shared/model/document';
import type { DocumentProgress } from '../../../shared/review/stats';
import type { TextCounts } from '../../../shared/text/counting';
import { formatNumber } from '../components/formatDate';
import { useDocumentCounts } from './useDocumentCounts';
import { IconButton } from '../components/Button';

/** Progress by status, the document's counts, the selection's counts, and how they are counted. */
export const StatusBar = memo(function StatusBar(props: {
  progress: DocumentProgress;
  document: DuizhaoDocument;
  selection: TextCounts | null;
  onHelp: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { progress: stats } = props;
  const counts = useDocumentCounts(props.document);
  const number = (n: number) => formatNumber(n, i18n.language);
  const order = ['approved', 'reviewed', 'translated', 'rejected', 'draft'] as const;
  return (
    <footer className="status-bar">
      <div
        className="progress"
        role="progressbar"
        aria-label={t('statusBar.progress')}
        aria-valuemin={0}
        aria-valuemax={stats.units}
        aria-valuenow={stats.byStatus.approved}
        aria-valuetext={t('statusBar.progressLabel', {
          done: stats.byStatus.approved,
          total: stats.units,
        })}
      >
        {order.map((status) =>
          stats.byStatus[status] > 0 ? (
            <span
              key={status}
              className={`progress-part progress-${status}`}
              style={{ flexGrow: stats.byStatus[status] }}
            />
          ) : null,
        )}
      </div>
      <span className="status-legend">
        {UNIT_STATUSES.filter((status) => stats.byStatus[status] > 0).map((status) => (
          <span key={status} className="legend-item">
            <span className={`legend-dot progress-${status}`} aria-hidden />
            {t(`status.${status}`)} {number(stats.byStatus[status])}
          </span>
        ))}
        {stats.stale > 0 && (
          <span className="legend-item">{t('statusBar.staleCount', { count: stats.stale })}</span>
        )}
      </span>
      <span className="status-counts" aria-busy={counts ? undefined : true}>
        {counts && (
          <>
            <span lang="zh-CN">
              {t('statusBar.zhCounts', {
                han: number(counts.zh.han),
                nonSpace: number(counts.zh.nonSpace),
              })}
            </span>
            <span>
              {t('statusBar.enCounts', { count: counts.en.words, words: number(counts.en.words) })}
            </span>
          </>
        )}
        {props.selection && (
          <span className="selection-counts">
            {t('statusBar.selection', {
              han: number(props.selection.han),
              nonSpace: number(props.selection.nonSpace),
              words: number(props.selection.words),
            })}
          </span>
        )}
      </span>
      <IconButton label={t('statusBar.countingHelp')} onClick={props.onHelp}>
        <CircleHelp size={16} aria-hidden />
      </IconButton>
    </footer>
  );
});
