import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BilingualTitle } from '../../../shared/model/document';
import { DialogActions } from '../components/DialogActions';
import { Dialog } from '../components/Dialog';
import { TitleFields } from './TitleFields';

export function RenameDialog(props: {
  initial: BilingualTitle;
  onClose: () => void;
  onRename: (title: BilingualTitle) => Promise<string | null>;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const trimmed = { zh: title.zh.trim(), en: title.en.trim() };
    if (!trimmed.zh && !trimmed.en) {
      setError(t('createDialog.titleRequired'));
      return;
    }
    setError(await props.onRename(trimmed));
  };
  return (
    <Dialog
      title={t('renameDialog.title')}
      onClose={props.onClose}
      onSubmit={() => void submit()}
      actions={<DialogActions onCancel={props.onClose} submitLabel={t('common.save')} />}
    >
      <TitleFields title={title} onChange={setTitle} autoFocus />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
