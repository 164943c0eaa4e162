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
import type { Edit } from '../../../shared/edits/edit';
import { describeError } from '../../../shared/i18n/i18n';
import { indexOfUnit, type BilingualTitle, type Language } from '../../../shared/model/document';
import { COMMAND_IDS } from '../../../shared/commands/commands';
import { makeId } from '../../../shared/model/ids';
import type { Actor, Role } from '../../../shared/model/review';
import { plainText, type RichText } from '../../../shared/model/richText';
import { sidesOf } from '../../../shared/review/filters';
import { planReplacements } from '../../../shared/review/replace';
import { documentProgress } from '../../../shared/review/stats';
import { isConfirmed, targetSide } from '../../../shared/review/workflow';
import { countText, type TextCounts } from '../../../shared/text/counting';
import { textDiff } from '../../../shared/text/diff';
import { findRanges } from '../../../shared/text/search';
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
import { FilterBar, type ReplacePreviewItem } from './FilterBar';
import { NoteDialog } from './NoteDialog';
import { RejectDialog } from './RejectDialog';
import { SaveProblem, SessionSaveIndicator } from './SaveIndicator';
import { StatusBar } from './StatusBar';
import { UnitGrid, type UnitGridHandle } from './UnitGrid';
import { UnitPanel } from './UnitPanel';
import type { ActiveCell } from './UnitRow';
import { failureMessage, useEditorCommands } from './useEditorCommands';
import { useEditorView } from './useEditorView';

const newId = () => makeId((array) => crypto.getRandomValues(array));
// One empty plan, so that the filter bar's memo holds while replace is closed.
const NOTHING_PLANNED: ReturnType<typeof planReplacements> = [];
const NO_PREVIEW: readonly ReplacePreviewItem[] = [];

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
    return visible.units.reduce(
      (sum, unit) =>
        sum + sides.reduce((n, side) => n + findRanges(plainText(unit[side]), pattern).length, 0),
      0,
    );
  }, [pattern, view.search.scope, visible]);
  const planned = useMemo(
    () =>
      pattern && view.replaceOpen
        ? planReplacements(
            visible.units,
            view.replaceSide,
            pattern,
            view.replaceWith,
            view.search.regex,
          )
        : NOTHING_PLANNED,
    [pattern, view.replaceOpen, view.replaceSide, view.replaceWith, view.search.regex, visible],
  );
  const numberOf = (unitId: string) => indexOfUnit(document.units, unitId) + 1;
  const preview = useMemo(
    (): readonly ReplacePreviewItem[] =>
      planned === NOTHING_PLANNED
        ? NO_PREVIEW
        : planned.slice(0, 50).map((item) => ({
            unitId: item.unitId,
            number: indexOfUnit(document.units, item.unitId) + 1,
            count: item.count,
            segments: textDiff(plainText(item.before), plainText(item.after), view.replaceSide),
          })),
    [planned, document.units, view.replaceSide],
  );
  /**
   * The replacements as of now, planned again from the live document: the preview may lag a
   * moment behind typing, and a replacement must never write over a keystroke.
   */
  const planNow = () => {
    if (!pattern || !view.replaceOpen) return NOTHING_PLANNED;
    const shown = new Set(visible.units.map((unit) => unit.id));
    const live = session.current.units.filter((unit) => shown.has(unit.id));
    return planReplacements(live, view.replaceSide, pattern, view.replaceWith, view.search.regex);
  };
  const replace = (items: typeof planned) => {
    if (items.length === 0) return;
    const units = session.current.units;
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
      const unit = units[indexOfUnit(units, item.unitId)];
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

  const replaceOne = useStableCallback(() => {
    // The current unit's matches first, else the first unit with any.
    const now = planNow();
    const one = now.find((item) => item.unitId === currentUnitId) ?? now[0];
    if (one) {
      replace([one]);
      commands.goTo(one.unitId, view.replaceSide);
    }
  });
  const replaceAll = useStableCallback(() => replace(planNow()));
  const showUnit = useStableCallback((unitId: string) => commands.goTo(unitId, view.replaceSide));
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

  const currentIndex = indexOfUnit(document.units, currentUnitId);
  const currentUnit = document.units[currentIndex] ?? null;
  const dialogIndex = dialog && 'unitId' in dialog ? numberOf(dialog.unitId) : 0;

  return (
    <div className="screen">
      <AppBar chrome={props.chrome} status={<SessionSaveIndicator session={session} />}>
        {props.back}
        <DocumentHeading title={title} kind={document.kind} t={t} onRename={openRename} />
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
