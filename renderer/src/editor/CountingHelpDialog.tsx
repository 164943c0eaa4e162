import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';

/** The counting rules, stated where users can read them (shared/text/counting.ts implements them). */
export function CountingHelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('countingHelp.title')}
      onClose={onClose}
      actions={
        <Button variant="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      <dl className="rules">
        <dt>{t('countingHelp.hanTerm')}</dt>
        <dd>{t('countingHelp.han')}</dd>
        <dt>{t('countingHelp.nonSpaceTerm')}</dt>
        <dd>{t('countingHelp.nonSpace')}</dd>
        <dt>{t('countingHelp.wordsTerm')}</dt>
        <dd>{t('countingHelp.words')}</dd>
      </dl>
      <p className="field-hint">{t('countingHelp.example')}</p>
    </Dialog>
  );
}
