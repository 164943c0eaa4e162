import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateDocumentRequest } from '../../../shared/contract/contract';
import {
  DOCUMENT_KINDS,
  LANGUAGES,
  type DocumentKind,
  type Language,
} from '../../../shared/model/document';
import { DialogActions } from '../components/DialogActions';
import { SegmentedChoice } from '../components/SegmentedChoice';
import { Dialog } from '../components/Dialog';
import { TitleFields } from './TitleFields';

/** Kind, both titles and which language is the original. Resolves to an error message or null. */
export function CreateDocumentDialog(props: {
  onClose: () => void;
  onCreate: (request: CreateDocumentRequest) => Promise<string | null>;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DocumentKind>('programme');
  const [title, setTitle] = useState({ zh: '', en: '' });
  const [sourceLanguage, setSourceLanguage] = useState<Language>('zh');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const trimmed = { zh: title.zh.trim(), en: title.en.trim() };
    if (!trimmed.zh && !trimmed.en) {
      setError(t('createDialog.titleRequired'));
      return;
    }
    setBusy(true);
    setError(await props.onCreate({ kind, title: trimmed, sourceLanguage }));
    setBusy(false);
  };

  return (
    <Dialog
      title={t('createDialog.title')}
      onClose={props.onClose}
      onSubmit={() => void submit()}
      actions={
        <DialogActions
          onCancel={props.onClose}
          submitLabel={t('common.create')}
          submitDisabled={busy}
        />
      }
    >
      <SegmentedChoice
        legend={t('createDialog.kind')}
        name="kind"
        options={DOCUMENT_KINDS}
        value={kind}
        label={(option) => t(`kind.${option}`)}
        onChange={setKind}
      />
      <TitleFields title={title} onChange={setTitle} autoFocus />
      <SegmentedChoice
        legend={t('createDialog.sourceLanguage')}
        name="sourceLanguage"
        options={LANGUAGES}
        value={sourceLanguage}
        label={(option) => t(`language.${option}`)}
        onChange={setSourceLanguage}
        hint={t('createDialog.sourceHint')}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
