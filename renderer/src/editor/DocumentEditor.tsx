import type { Editor } from '@tiptap/core';
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
  type SetStateAction,
} from 'react';
import { describeError } from '../../../shared/i18n/i18n';
import { indexOfUnit, type BilingualTitle, type Language } from '../../../shared/model/document';
import { COMMAND_IDS } from '../../../shared/commands/commands';
import { makeId } from '../../../shared/model/ids';
import type { Actor, Role } from '../../../shared/model/review';
import type { RichText } from '../../../shared/model/richText';
import { sidesOf } from '../../../shared/review/filters';
import { documentProgress } from '../../../shared/review/stats';
import { countText, type TextCounts } from '../../../shared/text/counting';
import type { AppChrome, WorkspaceServices } from '../app/workspaceServices';
import { AppBar } from '../components/AppBar';
import { Button } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useStableCallback } from '../components/useStableCallback';
import { RenameDialog } from '../library/RenameDialog';
import type { CellNavigation } from './CellEditor';
import { CountingHelpDialog } from './CountingHelpDialog';
import { DocumentHeading } from './DocumentHeading';
import type { DocumentSession } from './documentSession';
import { focusStaticCell, useLeaveProtection, useWindowTitle } from './editorEffects';
import { EditorToolbar } from './EditorToolbar';
import { FilterBar } from './FilterBar';
import { NoteDialog } from './NoteDialog';
import { RejectDialog } from './RejectDialog';
import { SaveProblem, SessionSaveIndicator } from './SaveIndicator';
import { StatusBar } from './StatusBar';
import { UnitGrid, type UnitGridHandle } from './UnitGrid';
import { UnitPanel } from './UnitPanel';
import type { ActiveCell } from './UnitRow';
import { useEditorCommands } from './useEditorCommands';
import { useFindReplace } from './useFindReplace';
import { useEditorView } from './useEditorView';
import { textRoles } from '../programme/textRoles';

const newId = () => makeId((array) => crypto.getRandomValues(array));

/** The open document: toolbar, filters, the side-by-side grid, the unit panel and the status bar. */
export function DocumentEditor(props: {
  services: WorkspaceServices;
  chrome: AppChrome;
  session: DocumentSession;
  back: ReactNode;
  /** Beside the title: the programme view's switch back to itself. */
  viewSwitch?: ReactNode;
}) {
  const { session, services } = props;
  const { t, setLeaveGuard, bus, isMac, settings } = services;
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const { document } = snapshot;
  const source = document.sourceLanguage;
  const actor: Actor = { name: settings.authorName, role: settings.role };

  const [active, setActiveCell] = useState<ActiveCell | null>(null);
  // A cell editor opens with the text on screen: typing elsewhere must be on screen first.
  const setActive = useCallback(
    (cell: SetStateAction<ActiveCell | null>) => {
      session.publishPending();
      setActiveCell(cell);
    },
    [session],
  );
  const [currentUnitId, setCurrentUnitId] = useState<string | null>(document.units[0]?.id ?? null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [editorEpoch, setEditorEpoch] = useState(0);
  /** The active cell's text changed from outside (undo, merge, replace): reopen its editor. */
  const reloadEditor = useCallback(() => setEditorEpoch((epoch) => epoch + 1), []);
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
  const progress = useMemo(() => documentProgress(document), [document]);
  const searchSides = useMemo(() => sidesOf(view.search.scope), [view.search.scope]);

  useLeaveProtection(session, setLeaveGuard);
  useWindowTitle(t('app.documentWindowTitle', { title: title.zh || title.en }));

  const activate = useCallback(
    (cell: ActiveCell) => {
      setActive((previous) =>
        previous?.unitId === cell.unitId && previous.side === cell.side ? previous : cell,
      );
      setCurrentUnitId(cell.unitId);
    },
    [setActive],
  );

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

  // Tab and Shift+Tab walk the cells in reading order: 中文 then English, unit after unit.
  const navigateCell = useStableCallback(
    (unitId: string, side: Language, direction: CellNavigation) => {
      if (direction === 'leave') {
        setActive(null);
        focusStaticCell(unitId, side);
        return;
      }
      const units = session.current.units;
      const position =
        indexOfUnit(units, unitId) * 2 + (side === 'zh' ? 0 : 1) + (direction === 'next' ? 1 : -1);
      const target = units[Math.floor(position / 2)];
      if (position >= 0 && target) {
        activate({ unitId: target.id, side: position % 2 === 0 ? 'zh' : 'en', caret: 'end' });
        gridRef.current?.scrollToUnit(target.id);
      }
    },
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
    reloadEditor,
    grid: gridRef,
    searchInput,
    commentBox,
    show: services.show,
    t,
    bus,
  });

  const { matchCount, preview, replaceCount, replaceOne, replaceAll, showUnit } = useFindReplace({
    session,
    units: document.units,
    visible,
    view,
    pattern,
    searchSides,
    currentUnitId,
    actor,
    apply: commands.apply,
    goTo: commands.goTo,
    reloadEditor,
    show: services.show,
    t,
  });
  const openRename = useCallback(() => setDialog({ kind: 'rename' }), []);
  const openCountingHelp = useCallback(() => setDialog({ kind: 'countingHelp' }), []);

  // The unit panel's actions, stable so that the panel re-renders only for its unit.
  const confirmCurrent = useCallback(() => void bus.run('confirm'), [bus]);
  const approveCurrent = useCallback(() => void bus.run('approve'), [bus]);
  const rejectCurrent = useCallback(() => void bus.run('reject'), [bus]);
  // A comment being written stays with its unit, whichever unit the panel shows meanwhile.
  const [commentDrafts, setCommentDrafts] = useState<Readonly<Record<string, string>>>({});
  const setCommentDraft = useCallback(
    (unitId: string, text: string) =>
      setCommentDrafts((previous) => ({ ...previous, [unitId]: text })),
    [],
  );
  const addComment = useStableCallback(
    (unitId: string, threadId: string | null, text: string): boolean =>
      commands.apply({
        op: 'addComment',
        unitId,
        threadId: threadId ?? newId(),
        commentId: newId(),
        text,
        ...commands.by(),
      }),
  );
  const resolveThread = useStableCallback((unitId: string, threadId: string, resolved: boolean) => {
    commands.apply({ op: 'resolveThread', unitId, threadId, resolved, ...commands.by() });
  });
  const changeRole = useStableCallback((role: Role) => void services.updateSettings({ role }));

  // What the toolbar shows as available: it re-renders only when this changes.
  const enabledCommands = COMMAND_IDS.filter((id) => bus.isEnabled(id)).join(' ');
  // The same progress object while the figures stay the same, so the memoised bars skip renders.
  const progressSignature = JSON.stringify(progress);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed when the signature changes, not the object
  const steadyProgress = useMemo(() => progress, [progressSignature]);

  // A programme's structure changes rarely while the grid is open: its labels are made once per
  // structure, not per keystroke.
  const { programme } = document;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed when the structure changes
  const roles = useMemo(() => textRoles(document, t), [programme, document.kind, t]);

  const currentIndex = indexOfUnit(document.units, currentUnitId);
  const currentUnit = document.units[currentIndex] ?? null;
  const dialogIndex =
    dialog && 'unitId' in dialog ? indexOfUnit(document.units, dialog.unitId) + 1 : 0;

  return (
    <div className="screen">
      <AppBar chrome={props.chrome} status={<SessionSaveIndicator session={session} />}>
        {props.back}
        <DocumentHeading title={title} kind={document.kind} t={t} onRename={openRename} />
        {props.viewSwitch}
      </AppBar>
      <EditorToolbar
        bus={bus}
        editor={editor}
        isMac={isMac}
        role={settings.role}
        onRole={changeRole}
        enabled={enabledCommands}
        pressed={{
          toggleChanges: view.showChanges,
          togglePanel: view.panelOpen,
          find: view.findOpen,
        }}
      />
      <FilterBar
        view={view}
        update={update}
        counts={steadyProgress}
        shown={visible.units.length}
        matchCount={matchCount}
        patternError={patternError}
        preview={preview}
        replaceCount={replaceCount}
        searchInput={searchInput}
        onReplaceOne={replaceOne}
        onReplaceAll={replaceAll}
        onShowUnit={showUnit}
      />
      <SaveProblem session={session} />
      <div className="editor-body">
        <main className="editor-main" ref={setScrollElement}>
          {document.units.length === 0 ? (
            <div className="empty-state">
              <p>{t('editor.noUnits')}</p>
              <Button variant="primary" onClick={commands.insertUnitBelow}>
                {t('commands.insertUnitBelow')}
              </Button>
            </div>
          ) : visible.units.length === 0 ? (
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
              searchSides={searchSides}
              showChanges={view.showChanges}
              roles={roles}
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
            draft={currentUnit ? (commentDrafts[currentUnit.id] ?? '') : ''}
            onDraft={setCommentDraft}
            onConfirm={confirmCurrent}
            onApprove={approveCurrent}
            onReject={rejectCurrent}
            onAddComment={addComment}
            onResolve={resolveThread}
          />
        )}
      </div>
      <StatusBar
        progress={steadyProgress}
        document={document}
        selection={selection}
        onHelp={openCountingHelp}
      />
      {dialog?.kind === 'note' && (
        <NoteDialog
          number={dialogIndex}
          initial={document.units[indexOfUnit(document.units, dialog.unitId)]?.note ?? ''}
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
            commands.apply({ op: 'reject', unitId: dialog.unitId, reason, ...commands.by() });
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
