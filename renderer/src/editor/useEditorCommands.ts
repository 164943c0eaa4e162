import type { Editor } from '@tiptap/core';
import { makeId } from '../../../shared/model/ids';
import { emptyUnit } from '../../../shared/model/newDocument';
import { isEmptyRichText } from '../../../shared/model/richText';
import { useCommands, type CommandBus } from '../commands/commandBus';
import type { DocumentSession } from './documentSession';
import type { ActiveCell } from './UnitRow';

export function newUnitId(): string {
  return makeId((array) => crypto.getRandomValues(array));
}

interface EditorCommandContext {
  session: DocumentSession;
  editor: Editor | null;
  active: ActiveCell | null;
  currentUnitId: string | null;
  setActive: (cell: ActiveCell | null) => void;
  setCurrentUnitId: (id: string | null) => void;
  setNoteFor: (id: string | null) => void;
  setDeleting: (id: string | null) => void;
  bus: CommandBus;
}

/**
 * The actions of the editor's commands (their labels and shortcuts are in shared/commands).
 * Format commands act on the cell being edited; unit commands on the current unit.
 */
export function useEditorCommands(context: EditorCommandContext) {
  const { session, editor, active, currentUnitId, setActive, setCurrentUnitId, bus } = context;
  const units = () => session.getSnapshot().document.units;
  const currentIndex = () => units().findIndex((unit) => unit.id === currentUnitId);
  const refocusEditor = () => requestAnimationFrame(() => editor?.commands.focus());

  const insertUnitBelow = () => {
    const unit = emptyUnit(newUnitId());
    const at = currentIndex();
    session.apply({ op: 'insertUnit', index: at < 0 ? units().length : at + 1, unit });
    setCurrentUnitId(unit.id);
    setActive({
      unitId: unit.id,
      side: active?.side ?? session.getSnapshot().document.sourceLanguage,
      caret: 'end',
    });
  };

  const deleteUnitNow = (unitId: string) => {
    const list = units();
    const index = list.findIndex((unit) => unit.id === unitId);
    if (index < 0) return;
    session.apply({ op: 'deleteUnit', unitId });
    const neighbour = list[index + 1] ?? list[index - 1];
    setActive(null);
    setCurrentUnitId(neighbour?.id ?? null);
  };

  const move = (delta: -1 | 1) => {
    const index = currentIndex();
    if (index < 0 || !currentUnitId) return;
    session.apply({ op: 'moveUnit', unitId: currentUnitId, toIndex: index + delta });
    refocusEditor();
  };

  const hasCurrent = () => currentIndex() >= 0;
  const mark = (toggle: (editor: Editor) => void) => ({
    run: () => {
      if (editor) toggle(editor);
    },
    enabled: () => editor !== null,
  });

  useCommands(bus, {
    bold: mark((e) => e.chain().focus().toggleBold().run()),
    italic: mark((e) => e.chain().focus().toggleItalic().run()),
    superscript: mark((e) => e.chain().focus().toggleSuperscript().run()),
    subscript: mark((e) => e.chain().focus().toggleSubscript().run()),
    insertUnitBelow: { run: insertUnitBelow },
    deleteUnit: {
      run: () => {
        const unit = units()[currentIndex()];
        if (!unit) return;
        // Deleting text cannot be undone yet: ask first unless the unit is empty.
        if (isEmptyRichText(unit.zh) && isEmptyRichText(unit.en) && !unit.note)
          deleteUnitNow(unit.id);
        else context.setDeleting(unit.id);
      },
      enabled: hasCurrent,
    },
    moveUnitUp: { run: () => move(-1), enabled: () => currentIndex() > 0 },
    moveUnitDown: {
      run: () => move(1),
      enabled: () => hasCurrent() && currentIndex() < units().length - 1,
    },
    editNote: { run: () => context.setNoteFor(currentUnitId), enabled: hasCurrent },
  });

  return { insertUnitBelow, deleteUnitNow };
}
