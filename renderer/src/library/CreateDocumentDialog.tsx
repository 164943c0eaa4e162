import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateDocumentRequest } from '../../../shared/contract/contract';
import {
  DOCUMENT_KINDS,
  LANGUAGES,
  type DocumentKind,
  type Language,
} from '../../../shared/model/document';
import { Button } from '../components/Button';
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
        <>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('common.create')}
          </Button>
        </>
      }
    >
      <fieldset className="field">
        <legend className="field-label">{t('createDialog.kind')}</legend>
        <div className="segmented">
          {DOCUMENT_KINDS.map((option) => (
            <label key={option} className="segment">
              <input
                type="radio"
                name="kind"
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              <span>{t(`kind.${option}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TitleFields title={title} onChange={setTitle} autoFocus />
      <fieldset className="field">
        <legend className="field-label">{t('createDialog.sourceLanguage')}</legend>
        <div className="segmented">
          {LANGUAGES.map((option) => (
            <label key={option} className="segment">
              <input
                type="radio"
                name="sourceLanguage"
                value={option}
                checked={sourceLanguage === option}
                onChange={() => setSourceLanguage(option)}
              />
              <span>{t(`language.${option}`)}</span>
            </label>
          ))}
        </div>
        <p className="field-hint">{t('createDialog.sourceHint')}</p>
      </fieldset>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
