import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_COMMENT_LENGTH } from '../../../shared/model/review';
import { Dialog } from '../components/Dialog';
import { DialogActions } from '../components/DialogActions';
import { TextField } from '../components/TextField';

/** Sending a unit back to the translator needs a reason: they will read it beside the unit. */
export function RejectDialog(props: {
  number: number;
  onReject: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Dialog
      title={t('review.rejectTitle', { number: props.number })}
      onClose={props.onClose}
      onSubmit={() => {
        if (reason.trim()) props.onReject(reason.trim());
      }}
      actions={
        <DialogActions
          onCancel={props.onClose}
          submitLabel={t('review.rejectSubmit')}
          submitDisabled={reason.trim() === ''}
        />
      }
    >
      <TextField
        label={t('review.rejectReason')}
        rows={3}
        maxLength={MAX_COMMENT_LENGTH}
        value={reason}
        autoFocus
        hint={t('review.rejectHint')}
        onChange={setReason}
      />
    </Dialog>
  );
}
