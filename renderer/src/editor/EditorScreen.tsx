import { ArrowLeft } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/contract/errors';
import { describeError } from '../../../shared/i18n/i18n';
import type { AppChrome, WorkspaceServices } from '../app/workspaceServices';
import { AppBar } from '../components/AppBar';
import { Button } from '../components/Button';
import { DocumentEditor } from './DocumentEditor';
import { DocumentSession } from './documentSession';
import { ProgrammeWorkspace } from '../programme/ProgrammeWorkspace';

type Load =
  | { state: 'loading' }
  | { state: 'failed'; error: AppError }
  | { state: 'ready'; session: DocumentSession };

/** Opens a document and keeps it open: loading, failure, or the editor proper. */
export function EditorScreen(props: {
  services: WorkspaceServices;
  documentId: string;
  chrome: AppChrome;
}) {
  const { api, t } = props.services;
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const back = () => void props.services.navigate({ screen: 'library', view: 'documents' });

  useEffect(() => {
    let session: DocumentSession | null = null;
    let cancelled = false;
    void api['document.get']({ id: props.documentId }).then((result) => {
      if (cancelled) return;
      if (!result.ok) {
        setLoad({ state: 'failed', error: result.error });
        return;
      }
      session = new DocumentSession(api, result.value);
      setLoad({ state: 'ready', session });
    });
    return () => {
      cancelled = true;
      const closing = session;
      // The workspace saved before leaving; this finishes a save still on its way. A session
      // that cannot save yet (say the browser's Back button left during an outage) stays alive,
      // retrying, until its edits are on disk.
      if (closing) {
        void closing.flush().then((saved) => {
          if (saved) closing.dispose();
          else closing.disposeWhenSaved();
        });
      }
    };
  }, [api, props.documentId]);

  if (load.state === 'ready') {
    const backButton = <BackButton onBack={back} />;
    return load.session.current.kind === 'programme' ? (
      <ProgrammeWorkspace {...props} session={load.session} back={backButton} />
    ) : (
      <DocumentEditor {...props} session={load.session} back={backButton} />
    );
  }
  return (
    <div className="screen">
      <AppBar chrome={props.chrome}>
        <BackButton
          onBack={() => void props.services.navigate({ screen: 'library', view: 'documents' })}
        />
      </AppBar>
      <main className="editor-message">
        {load.state === 'loading' ? (
          <p aria-busy="true">{t('common.loading')}</p>
        ) : (
          <div className="notice notice-error" role="alert">
            <p>
              {t('editor.loadFailed')} {describeError(t, load.error)}
            </p>
          </div>
        )}
      </main>
    </div>
  );
}

export function BackButton({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="quiet" icon={<ArrowLeft size={16} aria-hidden />} onClick={onBack}>
      {t('editor.backToLibrary')}
    </Button>
  );
}
