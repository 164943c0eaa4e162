import type { Editor } from '@tiptap/core';
import { ArrowLeft, Pencil } from 'lucide-react';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/contract/errors';
import { describeError } from '../../../shared/i18n/i18n';
import type { BilingualTitle, Language } from '../../../shared/model/document';
import type { RichText } from '../../../shared/model/richText';
import { post } from '../api/client';
import type { AppChrome, WorkspaceServices } from '../app/workspaceServices';
import { AppBar } from '../components/AppBar';
import { Button } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { RenameDialog } from '../library/RenameDialog';
import type { CellNavigation } from './CellEditor';
import { DocumentSession } from './documentSession';
import { EditorToolbar } from './EditorToolbar';
import { NoteDialog } from './NoteDialog';
import { SaveIndicator } from './SaveIndicator';
import { UnitGrid } from './UnitGrid';
import type { ActiveCell } from './UnitRow';
import { useEditorCommands } from './useEditorCommands';

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

  if (load.state === 'ready') return <DocumentEditor {...props} session={load.session} />;
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

function BackButton({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="quiet" icon={<ArrowLeft size={16} aria-hidden />} onClick={onBack}>
      {t('editor.backToLibrary')}
    </Button>
  );
}

function DocumentEditor(props: {
  services: WorkspaceServices;
  chrome: AppChrome;
  session: DocumentSession;
}) {
  const { session, services } = props;
  const { t, setLeaveGuard, bus, isMac } = services;
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const { document } = snapshot;
  const [active, setActive] = useState<ActiveCell | null>(null);
  const [currentUnitId, setCurrentUnitId] = useState<string | null>(document.units[0]?.id ?? null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [noteFor, setNoteFor] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState<BilingualTitle>(document.title);

  useLeaveProtection(session, setLeaveGuard);
  useWindowTitle(t('app.documentWindowTitle', { title: title.zh || title.en }));

  const activate = useCallback((cell: ActiveCell) => {
    setActive((previous) =>
      previous?.unitId === cell.unitId && previous.side === cell.side ? previous : cell,
    );
    setCurrentUnitId(cell.unitId);
  }, []);

  const change = useCallback(
    (unitId: string, side: Language, text: RichText) => {
      session.apply({ op: 'setText', unitId, side, text });
    },
    [session],
  );

  const navigateCell = useCallback(
    (unitId: string, side: Language, direction: CellNavigation) => {
      const units = session.getSnapshot().document.units;
      const index = units.findIndex((unit) => unit.id === unitId);
      if (direction === 'leave') {
        setActive(null);
        focusStaticCell(unitId, side);
        return;
      }
      const order = units.flatMap((unit) => [
        { unitId: unit.id, side: 'zh' as const },
        { unitId: unit.id, side: 'en' as const },
      ]);
      const at = index * 2 + (side === 'zh' ? 0 : 1) + (direction === 'next' ? 1 : -1);
      const target = order[at];
      if (target) activate({ ...target, caret: 'end' });
    },
    [session, activate],
  );

  const commands = useEditorCommands({
    session,
    editor,
    active,
    currentUnitId,
    setActive,
    setCurrentUnitId,
    setNoteFor,
    setDeleting,
    bus,
  });

  const noteUnitIndex = noteFor ? document.units.findIndex((unit) => unit.id === noteFor) : -1;
  const deletingIndex = deleting ? document.units.findIndex((unit) => unit.id === deleting) : -1;

  return (
    <div className="screen">
      <AppBar
        chrome={props.chrome}
        status={
          <SaveIndicator
            save={snapshot.save}
            savedAt={snapshot.savedAt}
            onRetry={() => session.retry()}
            onReload={() => window.location.reload()}
          />
        }
      >
        <BackButton
          onBack={() => void services.navigate({ screen: 'library', view: 'documents' })}
        />
        <div className="document-heading">
          <h1 className="document-heading-title">
            <span lang="zh-CN">{title.zh}</span>
            {title.zh && title.en && (
              <span className="title-separator" aria-hidden>
                /
              </span>
            )}
            <span lang="en">{title.en}</span>
          </h1>
          <span className={`kind-badge kind-${document.kind}`}>{t(`kind.${document.kind}`)}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('editor.renameTitle')}
            title={t('editor.renameTitle')}
            onClick={() => setRenaming(true)}
          >
            <Pencil size={15} aria-hidden />
          </button>
        </div>
      </AppBar>
      <EditorToolbar bus={bus} editor={editor} isMac={isMac} />
      {snapshot.save.kind === 'failed' && (
        <div className="notice notice-error editor-notice" role="alert">
          <p>{describeError(t, snapshot.save.error)}</p>
        </div>
      )}
      {snapshot.save.kind === 'conflict' && (
        <div className="notice notice-error editor-notice" role="alert">
          <p>{t('save.conflict')}</p>
        </div>
      )}
      <main className="editor-main">
        {document.units.length === 0 ? (
          <div className="empty-state">
            <p>{t('editor.noUnits')}</p>
            <Button variant="primary" onClick={() => commands.insertUnitBelow()}>
              {t('commands.insertUnitBelow')}
            </Button>
          </div>
        ) : (
          <UnitGrid
            document={document}
            active={active}
            currentUnitId={currentUnitId}
            t={t}
            onActivate={activate}
            onChange={change}
            onNavigate={navigateCell}
            onEditor={setEditor}
            onEditNote={setNoteFor}
          />
        )}
      </main>
      {noteFor && noteUnitIndex >= 0 && (
        <NoteDialog
          number={noteUnitIndex + 1}
          initial={document.units[noteUnitIndex]?.note ?? ''}
          onClose={() => setNoteFor(null)}
          onSave={(note) => {
            session.apply({
              op: 'setNote',
              unitId: noteFor,
              note: note.trim() === '' ? null : note,
            });
            setNoteFor(null);
          }}
        />
      )}
      {deleting && deletingIndex >= 0 && (
        <ConfirmDialog
          title={t('editor.deleteUnitTitle', { number: deletingIndex + 1 })}
          body={t('editor.deleteUnitBody')}
          confirmLabel={t('common.delete')}
          onClose={() => setDeleting(null)}
          onConfirm={() => {
            commands.deleteUnitNow(deleting);
            setDeleting(null);
          }}
        />
      )}
      {renaming && (
        <RenameDialog
          initial={title}
          onClose={() => setRenaming(false)}
          onRename={async (next) => {
            const result = await services.api['library.rename']({ id: document.id, title: next });
            if (!result.ok) return describeError(t, result.error);
            setTitle(result.value.title);
            setRenaming(false);
            return null;
          }}
        />
      )}
    </div>
  );
}

/** The window (and taskbar) shows which document is open. */
function useWindowTitle(title: string): void {
  useEffect(() => {
    const previous = window.document.title;
    window.document.title = title;
    return () => {
      window.document.title = previous;
    };
  }, [title]);
}

function focusStaticCell(unitId: string, side: Language): void {
  requestAnimationFrame(() => {
    const cell = window.document.querySelector<HTMLElement>(
      `[data-unit-id="${unitId}"] .cell-${side} .cell-static`,
    );
    // Focusing the static cell would reopen the editor: mark it so the focus handler lets it be.
    if (cell) {
      cell.dataset.returningFocus = 'true';
      cell.focus();
      delete cell.dataset.returningFocus;
    }
  });
}

/**
 * No way out of the document leaves an edit behind: switching screens waits for the save,
 * closing the window in Electron asks the page to save first (the workspace handles that), and
 * a browser reload sends what is pending with keepalive, or asks the user to stay while a save
 * is still on its way or has failed.
 */
function useLeaveProtection(
  session: DocumentSession,
  setLeaveGuard: WorkspaceServices['setLeaveGuard'],
): void {
  useEffect(() => {
    const unregister = setLeaveGuard(() => session.flush());
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      // In Electron the shell asks the page to save before closing (Workspace), and a
      // beforeunload veto there would silently block closing and reloading.
      if (window.duizhao || !session.isDirty()) return;
      if (session.unsavedEdits()) return; // small and not failing: pagehide sends them
      event.preventDefault();
    };
    const onPageHide = () => {
      const unsaved = session.unsavedEdits();
      if (!unsaved || window.duizhao) return;
      void post('document.applyEdits', { id: session.documentId, ...unsaved }, { keepalive: true });
      session.dispose();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      unregister();
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [session, setLeaveGuard]);
}
