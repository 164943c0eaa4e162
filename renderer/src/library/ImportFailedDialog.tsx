import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/contract/errors';
import { describeError, describeErrorProblem } from '../../../shared/i18n/i18n';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';

/** Enough to fix a file by; a file wrong on every row would otherwise fill the screen. */
const MAX_SHOWN = 100;

/** Why a file was not imported: the reason, then each bad row with its line in the file. */
export function ImportFailedDialog(props: {
  fileName: string;
  error: AppError;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const problems = props.error.problems ?? [];
  const shown = problems.slice(0, MAX_SHOWN);
  return (
    <Dialog
      title={t('importProgramme.failedTitle', { file: props.fileName })}
      onClose={props.onClose}
      onSubmit={props.onClose}
      wide
      actions={
        <Button type="submit" variant="primary" data-autofocus>
          {t('common.close')}
        </Button>
      }
    >
      <p role="alert">{describeError(t, props.error, { problems: false })}</p>
      {shown.length > 0 && (
        <ul className="problem-list">
          {shown.map((problem, index) => (
            <li key={index}>{describeErrorProblem(t, problem)}</li>
          ))}
        </ul>
      )}
      {problems.length > shown.length && (
        <p>{t('importProgramme.more', { more: problems.length - shown.length })}</p>
      )}
    </Dialog>
  );
}
