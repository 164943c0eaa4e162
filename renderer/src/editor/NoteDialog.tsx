import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NOTE_LENGTH } from '../../../shared/model/document';
import { DialogActions } from '../components/DialogActions';
import { Dialog } from '../components/Dialog';
import { TextField } from '../components/TextField';

export function NoteDialog(props: {
  number: number;
  initial: string;
  onSave: (note: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState(props.initial);
  return (
    <Dialog
      title={t('editor.noteDialogTitle', { number: props.number })}
      onClose={props.onClose}
      onSubmit={() => props.onSave(note)}
      actions={<DialogActions onCancel={props.onClose} submitLabel={t('common.save')} />}
    >
      <TextField
        label={t('editor.note')}
        rows={5}
        maxLength={MAX_NOTE_LENGTH}
        value={note}
        autoFocus
        hint={t('editor.noteHint')}
        onChange={setNote}
      />
    </Dialog>
  );
}
