import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NOTE_LENGTH } from '../../../shared/model/document';
import { DialogActions } from '../components/DialogActions';
import { Dialog } from '../components/Dialog';

export function NoteDialog(props: {
  number: number;
  initial: string;
  onSave: (note: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState(props.initial);
  const id = useId();
  return (
    <Dialog
      title={t('editor.noteDialogTitle', { number: props.number })}
      onClose={props.onClose}
      onSubmit={() => props.onSave(note)}
      actions={<DialogActions onCancel={props.onClose} submitLabel={t('common.save')} />}
    >
      <label className="field-label" htmlFor={id}>
        {t('editor.note')}
      </label>
      <textarea
        id={id}
        className="text-area"
        rows={5}
        maxLength={MAX_NOTE_LENGTH}
        value={note}
        data-autofocus
        onChange={(event) => setNote(event.target.value)}
      />
      <p className="field-hint">{t('editor.noteHint')}</p>
    </Dialog>
  );
}
