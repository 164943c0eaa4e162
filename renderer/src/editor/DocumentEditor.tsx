import type { Editor } from '@tiptap/core';
import { Pencil } from 'lucide-react';
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Edit } from '../../../shared/edits/edit';
import { describeError } from '../../../shared/i18n/i18n';
import type { BilingualTitle, Language } from '../../../shared/model/document';
import { makeId } from '../../../shared/model/ids';
import type { Actor } from '../../../shared/model/review';
import { plainText, type RichText } from '../../../shared/model/richText';
import { sidesOf } from '../../../shared/review/filters';
import { planReplacements } from '../../../shared/review/replace';
import { documentStats } from '../../../shared/review/stats';
import { isConfirmed, targetSide } from '../../../shared/review/workflow';
import { countText, type TextCounts } from '../../../shared/text/counting';
import { textDiff } from '../../../shared/text/diff';
import { findRanges } from '../../../shared/text/search';
import type { AppChrome, WorkspaceServices } from '../app/workspaceServices';
import { AppBar } from '../components/AppBar';
import { Button } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { RenameDialog } from '../library/RenameDialog';
import type { CellNavigation } from './CellEditor';
import { CountingHelpDialog } from './CountingHelpDialog';
import type { DocumentSession } from './documentSession';
import { focusStaticCell, useLeaveProtection, useWindowTitle } from './editorEffects';
import { EditorToolbar } from './EditorToolbar';
import { FilterBar, type ReplacePreviewItem } from './FilterBar';
import { NoteDialog } from './NoteDialog';
import { RejectDialog } from './RejectDialog';
import { SaveIndicator } from './SaveIndicator';
import { StatusBar } from './StatusBar';
import { UnitGrid, type UnitGridHandle } from './UnitGrid';
import { UnitPanel } from './UnitPanel';
import type { ActiveCell } from './UnitRow';
import { failureMessage, useEditorCommands } from './useEditorCommands';
import { useEditorView } from './useEditorView';

const newId = () => makeId((array) => crypto.getRandomValues(array));

/** The open document: toolbar, filters, the side-by-side grid, the unit panel and the status bar. */
export function DocumentEditor(props: {
  services: WorkspaceServices;
  chrome: AppChrome;
  session: DocumentSession;
  back: ReactNode;
}) {
  const { session, services } = props;
  const { t, setLeaveGuard, bus, isMac, settings } = services;
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const { document } = snapshot;
  const source = document.sourceLanguage;
  const actor: Actor = { name: settings.authorName, role: settings.role };

  const [active, setActive] = useState<ActiveCell | null>(null);
  const [currentUnitId, setCurrentUnitId] = useState<string | null>(document.units[0]?.id ?? null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [editorEpoch, setEditorEpoch] = useState(0);
  const [selection, setSelection] = useState<TextCounts | null>(null);
  const [dialog, setDialog] = useState<
    | { kind: 'note' | 'delete' | 'reject'; unitId: string }
    | { kind: 'rename' | 'countingHelp' }
    | null
  >(null);
  const [title, setTitle] = useState<BilingualTitle>(document.title);
  // State, not a ref: the grid needs to re-render once its scroll container exists.
  const [scrollElement, setScrollElement] = useState<HTMLElement | null>(null);
  const gridRef = useRef<UnitGridHandle>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const commentBox = useRef<HTMLTextAreaElement>(null);

  const { view, update, visible, pattern, patternError } = useEditorView(document);
  const stats = useMemo(() => documentStats(document), [document]);

  useLeaveProtection(session, setLeaveGuard);
  useWindowTitle(t('app.documentWindowTitle', { title: title.zh || title.en }));

  const activate = useCallback((cell: ActiveCell) => {
    setActive((previous) =>
      previous?.unitId === cell.unitId && previous.side === cell.side ? previous : cell,
    );
    setCurrentUnitId(cell.unitId);
  }, []);

  // Typing in one cell is one undo step until it pauses; it carries who typed it and when.
  const actorRef = useRef(actor);
  useLayoutEffect(() => {
    actorRef.current = actor;
  });
  const change = useCallback(
    (unitId: string, side: Language, text: RichText) => {
      const at = new Date().toISOString();
      session.apply(
        { op: 'setText', unitId, side, text, actor: actorRef.current, at },
        { group: `type:${unitId}:${side}` },
      );
    },
    [session],
  );

  const navigateCell = useCallback(
    (unitId: string, side: Language, direction: CellNavigation) => {
      if (direction === 'leave') {
        setActive(null);
        focusStaticCell(unitId, side);
        return;
      }
      const units = session.getSnapshot().document.units;
      const index = units.findIndex((unit) => unit.id === unitId);
      const order = units.flatMap((unit) => [
        { unitId: unit.id, side: 'zh' as const },
        { unitId: unit.id, side: 'en' as const },
      ]);
      const target = order[index * 2 + (side === 'zh' ? 0 : 1) + (direction === 'next' ? 1 : -1)];
      if (target) {
        activate({ ...target, caret: 'end' });
        gridRef.current?.scrollToUnit(target.unitId);
      }
    },
    [session, activate],
  );

  const openComments = useCallback(
    (unitId: string) => {
      setCurrentUnitId(unitId);
      update({ panelOpen: true });
    },
    [update],
  );
  const editNote = useCallback((unitId: string) => setDialog({ kind: 'note', unitId }), []);
  const selectionText = useCallback(
    (text: string) => setSelection(text ? countText(text) : null),
    [],
  );

  const commands = useEditorCommands({
    session,
    editor,
    active,
    currentUnitId,
    visible,
    actor,
    view,
    updateView: update,
    setActive,
    setCurrentUnitId,
    setNoteFor: (unitId) => unitId && setDialog({ kind: 'note', unitId }),
    setDeleting: (unitId) => unitId && setDialog({ kind: 'delete', unitId }),
    setRejecting: (unitId) => unitId && setDialog({ kind: 'reject', unitId }),
    reloadEditor: () => setEditorEpoch((epoch) => epoch + 1),
    grid: gridRef,
    searchInput,
    commentBox,
    show: services.show,
    t,
    bus,
  });

  // Find & replace: what would change, on which side, in the units on screen.
  const matchCount = useMemo(() => {
    if (!pattern) return 0;
    const sides = sidesOf(view.search.scope);
    return visible.reduce(
      (sum, row) =>
        sum +
        sides.reduce((n, side) => n + findRanges(plainText(row.unit[side]), pattern).length, 0),
      0,
    );
  }, [pattern, view.search.scope, visible]);
  const planned = useMemo(
    () =>
      pattern && view.replaceOpen
        ? planReplacements(
            visible.map((row) => row.unit),
            view.replaceSide,
            pattern,
            view.replaceWith,
            view.search.regex,
          )
        : [],
    [pattern, view.replaceOpen, view.replaceSide, view.replaceWith, view.search.regex, visible],
  );
  const numberOf = (unitId: string) => document.units.findIndex((unit) => unit.id === unitId) + 1;
  const preview: ReplacePreviewItem[] = planned.slice(0, 50).map((item) => ({
    unitId: item.unitId,
    number: numberOf(item.unitId),
    count: item.count,
    segments: textDiff(plainText(item.before), plainText(item.after), view.replaceSide),
  }));
  const replace = (items: typeof planned) => {
    if (items.length === 0) return;
    const at = new Date().toISOString();
    const edits: Edit[] = items.map((item) => ({
      op: 'setText',
      unitId: item.unitId,
      side: view.replaceSide,
      text: item.after,
      actor,
      at,
    }));
    const lowered = items.filter((item) => {
      const unit = document.units.find((candidate) => candidate.id === item.unitId);
      return unit && view.replaceSide === targetSide(source) && isConfirmed(unit.status);
    }).length;
    if (!commands.apply(edits)) return;
    setEditorEpoch((epoch) => epoch + 1);
    services.show({
      message:
        t('search.replaced', {
          count: items.reduce((sum, item) => sum + item.count, 0),
          units: items.length,
        }) + (lowered > 0 ? ` ${t('search.replacedLowered', { count: lowered })}` : ''),
    });
  };

  const currentIndex = document.units.findIndex((unit) => unit.id === currentUnitId);
  const currentUnit = document.units[currentIndex] ?? null;
  const dialogIndex = dialog && 'unitId' in dialog ? numberOf(dialog.unitId) : 0;

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
        {props.back}
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
            onClick={() => setDialog({ kind: 'rename' })}
          >
            <Pencil size={15} aria-hidden />
          </button>
        </div>
      </AppBar>
      <EditorToolbar
        bus={bus}
        editor={editor}
        isMac={isMac}
        role={settings.role}
        onRole={(role) => void services.updateSettings({ role })}
        pressed={{
          toggleChanges: view.showChanges,
          togglePanel: view.panelOpen,
          find: view.findOpen,
        }}
      />
      <FilterBar
        view={view}
        update={update}
        stats={stats}
        shown={visible.length}
        matchCount={matchCount}
        patternError={patternError}
        preview={preview}
        searchInput={searchInput}
        onReplaceOne={() => {
          // The current unit's matches first, else the first unit with any.
          const one = planned.find((item) => item.unitId === currentUnitId) ?? planned[0];
          if (one) {
            replace([one]);
            commands.goTo(one.unitId, view.replaceSide);
          }
        }}
        onReplaceAll={() => replace(planned)}
        onShowUnit={(unitId) => commands.goTo(unitId, view.replaceSide)}
      />
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
      <div className="editor-body">
        <main className="editor-main" ref={setScrollElement}>
          {document.units.length === 0 ? (
            <div className="empty-state">
              <p>{t('editor.noUnits')}</p>
              <Button variant="primary" onClick={commands.insertUnitBelow}>
                {t('commands.insertUnitBelow')}
              </Button>
            </div>
          ) : visible.length === 0 ? (
            <p className="empty-note">{t('filters.noMatch')}</p>
          ) : (
            <UnitGrid
              ref={gridRef}
              rows={visible}
              total={document.units.length}
              sourceLanguage={source}
              active={active}
              editorEpoch={editorEpoch}
              currentUnitId={currentUnitId}
              pattern={pattern}
              searchSides={sidesOf(view.search.scope)}
              showChanges={view.showChanges}
              scrollElement={scrollElement}
              t={t}
              onActivate={activate}
              onChange={change}
              onNavigate={navigateCell}
              onEditor={setEditor}
              onEditNote={editNote}
              onOpenComments={openComments}
              onSelectionText={selectionText}
            />
          )}
        </main>
        {view.panelOpen && (
          <UnitPanel
            unit={currentUnit}
            number={currentIndex + 1}
            sourceLanguage={source}
            role={settings.role}
            commentBox={commentBox}
            onConfirm={() => bus.run('confirm')}
            onApprove={() => bus.run('approve')}
            onReject={() => bus.run('reject')}
            onAddComment={(threadId, text) => {
              if (!currentUnit) return;
              commands.apply({
                op: 'addComment',
                unitId: currentUnit.id,
                threadId: threadId ?? newId(),
                commentId: newId(),
                text,
                ...commands.by(),
              });
            }}
            onResolve={(threadId, resolved) => {
              if (currentUnit)
                commands.apply({
                  op: 'resolveThread',
                  unitId: currentUnit.id,
                  threadId,
                  resolved,
                  ...commands.by(),
                });
            }}
          />
        )}
      </div>
      <StatusBar
        stats={stats}
        selection={selection}
        onHelp={() => setDialog({ kind: 'countingHelp' })}
      />
      {dialog?.kind === 'note' && (
        <NoteDialog
          number={dialogIndex}
          initial={document.units.find((unit) => unit.id === dialog.unitId)?.note ?? ''}
          onClose={() => setDialog(null)}
          onSave={(note) => {
            commands.apply({
              op: 'setNote',
              unitId: dialog.unitId,
              note: note.trim() === '' ? null : note,
            });
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('editor.deleteUnitTitle', { number: dialogIndex })}
          body={t('editor.deleteUnitBody')}
          confirmLabel={t('common.delete')}
          onClose={() => setDialog(null)}
          onConfirm={() => {
            commands.deleteUnitNow(dialog.unitId);
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'reject' && (
        <RejectDialog
          number={dialogIndex}
          onClose={() => setDialog(null)}
          onReject={(reason) => {
            const result = session.apply({
              op: 'reject',
              unitId: dialog.unitId,
              reason,
              ...commands.by(),
            });
            if (!result.ok)
              services.show({ message: failureMessage(t, result.failure), tone: 'error' });
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'countingHelp' && <CountingHelpDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'rename' && (
        <RenameDialog
          initial={title}
          onClose={() => setDialog(null)}
          onRename={async (next) => {
            const result = await services.api['library.rename']({ id: document.id, title: next });
            if (!result.ok) return describeError(t, result.error);
            setTitle(result.value.title);
            setDialog(null);
            return null;
          }}
        />
      )}
    </div>
  );
}
