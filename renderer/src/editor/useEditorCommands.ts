import type { Editor } from '@tiptap/core';
import type { TFunction } from 'i18next';
import type { RefObject } from 'react';
import type { EditFailure } from '../../../shared/edits/applyEdits';
import type { Edit } from '../../../shared/edits/edit';
import {
  indexOfUnit,
  otherLanguage,
  type Language,
  type Unit,
} from '../../../shared/model/document';
import { makeId } from '../../../shared/model/ids';
import { emptyUnit } from '../../../shared/model/newDocument';
import type { Actor } from '../../../shared/model/review';
import { isEmptyRichText, plainText } from '../../../shared/model/richText';
import {
  isUnconfirmed,
  mayApprove,
  needsAttention,
  targetSide,
} from '../../../shared/review/workflow';
import { proposeSplit } from '../../../shared/text/splitPoint';
import { useCommands, type CommandBus } from '../commands/commandBus';
import type { Toast } from '../components/Toasts';
import type { ApplyResult, DocumentSession } from './documentSession';
import type { UnitGridHandle } from './UnitGrid';
import type { ActiveCell } from './UnitRow';
import type { EditorViewState, VisibleUnits } from './useEditorView';

export function newUnitId(): string {
  return makeId((array) => crypto.getRandomValues(array));
}

export interface EditorCommandContext {
  session: DocumentSession;
  editor: Editor | null;
  active: ActiveCell | null;
  currentUnitId: string | null;
  visible: VisibleUnits;
  actor: Actor;
  view: EditorViewState;
  updateView: (patch: Partial<EditorViewState>) => void;
  setActive: (cell: ActiveCell | null) => void;
  setCurrentUnitId: (id: string | null) => void;
  setNoteFor: (id: string | null) => void;
  setDeleting: (id: string | null) => void;
  setRejecting: (id: string | null) => void;
  /** The active cell's text changed from outside (undo, merge): reload its editor. */
  reloadEditor: () => void;
  grid: RefObject<UnitGridHandle | null>;
  searchInput: RefObject<HTMLInputElement | null>;
  commentBox: RefObject<HTMLTextAreaElement | null>;
  show: (toast: Omit<Toast, 'id'>) => number;
  t: TFunction;
  bus: CommandBus;
}

/**
 * The actions of the editor's commands (their labels and shortcuts are in shared/commands).
 * Format commands act on the cell being edited; the others on the current unit.
 */
export function useEditorCommands(context: EditorCommandContext) {
  const { session, editor, active, currentUnitId, actor, t } = context;
  const document = () => session.current;
  const units = () => document().units;
  const sourceLanguage = () => document().sourceLanguage;
  const currentIndex = () => indexOfUnit(units(), currentUnitId);
  const current = (): Unit | undefined => units()[currentIndex()];
  const by = () => ({ actor, at: new Date().toISOString() });

  const report = (result: ApplyResult): boolean => {
    if (!result.ok) context.show({ message: failureMessage(t, result.failure), tone: 'error' });
    return result.ok;
  };

  /** Applies a command's edits as a step of their own (never merged into typing). */
  const apply = (edits: Edit | Edit[]): boolean => {
    session.sealUndoStep();
    return report(session.apply(edits));
  };

  const goTo = (unitId: string, side?: Language) => {
    context.setCurrentUnitId(unitId);
    context.setActive({
      unitId,
      side: side ?? active?.side ?? targetSide(sourceLanguage()),
      caret: 'end',
    });
    context.grid.current?.scrollToUnit(unitId);
  };

  /** The next unit on screen after the current one (wrapping) that matches; null if none. */
  const nextVisible = (matches: (unit: Unit) => boolean, step: 1 | -1 = 1): Unit | null => {
    const shown = new Set(context.visible.units.map((unit) => unit.id));
    const list = units();
    const from = currentIndex();
    for (let n = 1; n <= list.length; n += 1) {
      const unit = list[(((from + step * n) % list.length) + list.length) % list.length];
      if (unit && shown.has(unit.id) && matches(unit)) return unit;
    }
    return null;
  };

  /** Confirms (or approves) the current unit, then moves to the next one that needs this role. */
  const confirmAndAdvance = (op: 'confirm' | 'approve') => {
    const unit = current();
    if (!unit || !apply({ op, unitId: unit.id, ...by() })) return;
    const next = nextVisible((candidate) =>
      needsAttention(candidate, sourceLanguage(), actor.role),
    );
    if (next) goTo(next.id, targetSide(sourceLanguage()));
    else context.show({ message: t('review.noMoreAttention') });
  };

  const undoOrRedo = (direction: 'undo' | 'redo') => {
    const touched = direction === 'undo' ? session.undo() : session.redo();
    if (!touched) return;
    const exists = (id: string | null) => id !== null && units().some((unit) => unit.id === id);
    if (active && !exists(active.unitId)) context.setActive(null);
    if (!exists(currentUnitId)) context.setCurrentUnitId(touched.find((id) => exists(id)) ?? null);
    context.reloadEditor();
  };

  // A programme's units are its texts, placed by its structure: add, drop and reorder them in
  // the programme view, not as rows here.
  const reshapable = () => session.current.kind !== 'programme';

  const split = () => {
    const unit = current();
    if (!unit || !editor || !active) return;
    const side = active.side;
    const other = otherLanguage(side);
    const text = plainText(unit[side]);
    const offset = Math.min(text.length, Math.max(0, caretPosition(editor) - 1));
    const otherText = plainText(unit[other]);
    const otherOffset = proposeSplit(otherText, text.length === 0 ? 1 : offset / text.length);
    const newId = newUnitId();
    const at = { [side]: offset, [other]: otherOffset } as { zh: number; en: number };
    if (!apply({ op: 'split', unitId: unit.id, newUnitId: newId, at })) return;
    context.setCurrentUnitId(newId);
    context.setActive({ unitId: newId, side, caret: 0 });
  };

  const move = (delta: -1 | 1) => {
    const unit = current();
    if (!unit) return;
    apply({ op: 'moveUnit', unitId: unit.id, toIndex: currentIndex() + delta });
    requestAnimationFrame(() => editor?.commands.focus());
  };

  const hasCurrent = () => current() !== undefined;
  const withEditor = (toggle: (editor: Editor) => void) => ({
    run: () => {
      if (editor) toggle(editor);
    },
    enabled: () => editor !== null,
  });

  const insertUnitBelow = () => {
    const unit = emptyUnit(newUnitId());
    const at = currentIndex();
    if (!apply({ op: 'insertUnit', index: at < 0 ? units().length : at + 1, unit })) return;
    goTo(unit.id, active?.side ?? sourceLanguage());
  };

  const deleteUnitNow = (unitId: string) => {
    const list = units();
    const index = indexOfUnit(list, unitId);
    if (index < 0 || !apply({ op: 'deleteUnit', unitId })) return;
    const neighbour = list[index + 1] ?? list[index - 1];
    context.setActive(null);
    context.setCurrentUnitId(neighbour?.id ?? null);
  };

  useCommands(context.bus, {
    undo: { run: () => undoOrRedo('undo'), enabled: () => session.canUndo },
    redo: { run: () => undoOrRedo('redo'), enabled: () => session.canRedo },
    bold: withEditor((e) => e.chain().focus().toggleBold().run()),
    italic: withEditor((e) => e.chain().focus().toggleItalic().run()),
    superscript: withEditor((e) => e.chain().focus().toggleSuperscript().run()),
    subscript: withEditor((e) => e.chain().focus().toggleSubscript().run()),
    confirm: { run: () => confirmAndAdvance('confirm'), enabled: hasCurrent },
    approve: {
      run: () => confirmAndAdvance('approve'),
      enabled: () => hasCurrent() && mayApprove(actor.role),
    },
    reject: {
      run: () => context.setRejecting(currentUnitId),
      enabled: () => hasCurrent() && mayApprove(actor.role),
    },
    nextUnit: { run: () => step(1), enabled: hasCurrent },
    previousUnit: { run: () => step(-1), enabled: hasCurrent },
    nextUnconfirmed: {
      run: () => {
        const next = nextVisible((unit) => isUnconfirmed(unit, sourceLanguage()));
        if (next) goTo(next.id, targetSide(sourceLanguage()));
        else context.show({ message: t('review.allConfirmed') });
      },
    },
    addComment: {
      run: () => {
        // With the panel open, focus at once: keys typed right after the shortcut belong there.
        if (context.commentBox.current) {
          context.commentBox.current.focus();
          return;
        }
        context.updateView({ panelOpen: true });
        requestAnimationFrame(() => context.commentBox.current?.focus());
      },
      enabled: hasCurrent,
    },
    insertUnitBelow: { run: insertUnitBelow, enabled: reshapable },
    deleteUnit: {
      run: () => {
        const unit = current();
        if (!unit) return;
        // Undo can bring it back, but a unit with text deserves a question first.
        if (isEmptyRichText(unit.zh) && isEmptyRichText(unit.en) && !unit.note)
          deleteUnitNow(unit.id);
        else context.setDeleting(unit.id);
      },
      enabled: () => reshapable() && hasCurrent(),
    },
    moveUnitUp: { run: () => move(-1), enabled: () => reshapable() && currentIndex() > 0 },
    moveUnitDown: {
      run: () => move(1),
      enabled: () => reshapable() && hasCurrent() && currentIndex() < units().length - 1,
    },
    splitUnit: {
      run: split,
      enabled: () => reshapable() && editor !== null && active !== null,
    },
    mergeUnit: {
      run: () => {
        const unit = current();
        if (unit && apply({ op: 'merge', unitId: unit.id })) context.reloadEditor();
      },
      enabled: () => reshapable() && hasCurrent() && currentIndex() < units().length - 1,
    },
    editNote: { run: () => context.setNoteFor(currentUnitId), enabled: hasCurrent },
    find: {
      run: () => {
        context.updateView({ findOpen: true });
        requestAnimationFrame(() => context.searchInput.current?.select());
      },
    },
    replace: {
      run: () => {
        context.updateView({ findOpen: true, replaceOpen: true });
        requestAnimationFrame(() => context.searchInput.current?.select());
      },
    },
    toggleChanges: { run: () => context.updateView({ showChanges: !context.view.showChanges }) },
    togglePanel: { run: () => context.updateView({ panelOpen: !context.view.panelOpen }) },
  });

  function step(delta: 1 | -1) {
    const next = nextVisible(() => true, delta);
    if (next) goTo(next.id);
  }

  return { apply, deleteUnitNow, insertUnitBelow, goTo, by };
}

/** What to tell the user when an edit is refused. */
function failureMessage(t: TFunction, failure: EditFailure): string {
  switch (failure.reason) {
    case 'emptyTarget':
      return t('review.emptyTarget');
    case 'notAllowed':
      return t('review.notAllowed');
    case 'nothingToMerge':
      return t('review.nothingToMerge');
    default:
      return t('errors.editRejected', { reason: failure.reason });
  }
}

/**
 * Where the caret is now. ProseMirror learns of caret moves from the browser's selectionchange
 * event, a moment after the key that moved it; a shortcut pressed right after an arrow key
 * would see the old position. The DOM selection is never behind.
 */
function caretPosition(editor: Editor): number {
  const selection = editor.view.dom.ownerDocument.getSelection();
  const node = selection?.focusNode;
  if (selection && node && editor.view.dom.contains(node)) {
    return editor.view.posAtDOM(node, selection.focusOffset);
  }
  return editor.state.selection.from;
}
