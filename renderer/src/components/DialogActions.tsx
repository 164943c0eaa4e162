import { useTranslation } from 'react-i18next';
import { Button } from './Button';

/** Cancel and the primary action that submits the dialog's form: the foot of most dialogs. */
export function DialogActions(props: {
  onCancel: () => void;
  submitLabel: string;
  submitDisabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Button onClick={props.onCancel}>{t('common.cancel')}</Button>
      <Button type="submit" variant="primary" disabled={props.submitDisabled}>
        {props.submitLabel}
      </Button>
    </>
  );
}
