import { AlertTriangle, CircleAlert, CircleCheck } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuizhaoDocument } from '../../../shared/model/document';
import {
  checkProgramme,
  describeIssue,
  type ProgrammeIssue,
} from '../../../shared/programme/checks';

/** The timetable checks, live: errors first; click one to go where it can be fixed. */
export function ChecksPanel(props: {
  document: DuizhaoDocument;
  onJump: (issue: ProgrammeIssue) => void;
}) {
  const { t } = useTranslation();
  const issues = useMemo(() => checkProgramme(props.document), [props.document]);
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return (
    <section className="checks-panel" aria-label={t('programme.checks.label')}>
      <h2 className="checks-heading">
        {t('programme.checks.label')}
        <span className={`checks-count${errors > 0 ? ' has-errors' : ''}`}>
          {t('programme.checks.summary', {
            errors: t('programme.checks.errorCount', { count: errors }),
            warnings: t('programme.checks.warningCount', { count: issues.length - errors }),
          })}
        </span>
      </h2>
      {issues.length === 0 ? (
        <p className="checks-none">
          <CircleCheck size={15} aria-hidden /> {t('programme.checks.none')}
        </p>
      ) : (
        <ul className="checks-list">
          {issues.map((issue, index) => (
            <li key={index} className={`check check-${issue.severity}`}>
              <button type="button" onClick={() => props.onJump(issue)}>
                {issue.severity === 'error' ? (
                  <CircleAlert size={14} aria-label={t('programme.checks.error')} />
                ) : (
                  <AlertTriangle size={14} aria-label={t('programme.checks.warning')} />
                )}
                <span>{describeIssue(t, props.document, issue)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
