import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import {
  ArrowDown,
  ArrowUp,
  Bold,
  Italic,
  ListPlus,
  StickyNote,
  Subscript,
  Superscript,
  Trash2,
} from 'lucide-react';
import { useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMMANDS,
  type CommandDefinition,
  type CommandId,
} from '../../../shared/commands/commands';
import { shortcutLabel } from '../../../shared/commands/shortcuts';
import type { CommandBus } from '../commands/commandBus';
import { IconButton } from '../components/Button';

const ICONS: Partial<Record<CommandId, ReactNode>> = {
  bold: <Bold size={17} aria-hidden />,
  italic: <Italic size={17} aria-hidden />,
  superscript: <Superscript size={17} aria-hidden />,
  subscript: <Subscript size={17} aria-hidden />,
  insertUnitBelow: <ListPlus size={17} aria-hidden />,
  moveUnitUp: <ArrowUp size={17} aria-hidden />,
  moveUnitDown: <ArrowDown size={17} aria-hidden />,
  editNote: <StickyNote size={17} aria-hidden />,
  deleteUnit: <Trash2 size={17} aria-hidden />,
};

const FORMAT: CommandId[] = ['bold', 'italic', 'superscript', 'subscript'];
const UNIT: CommandId[] = [
  'insertUnitBelow',
  'moveUnitUp',
  'moveUnitDown',
  'editNote',
  'deleteUnit',
];

/** Marks for the cell being edited, and unit commands for the current unit; all through the command bus. */
export function EditorToolbar({
  bus,
  editor,
  isMac,
}: {
  bus: CommandBus;
  editor: Editor | null;
  isMac: boolean;
}) {
  const { t } = useTranslation();
  // Handlers register after the first render: re-render when they do.
  useSyncExternalStore(bus.subscribe, bus.getVersion);
  const marks = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      current
        ? {
            bold: current.isActive('bold'),
            italic: current.isActive('italic'),
            superscript: current.isActive('superscript'),
            subscript: current.isActive('subscript'),
          }
        : null,
  });
  const button = (id: CommandId) => {
    const command: CommandDefinition = COMMANDS[id];
    const pressed = marks && id in marks ? marks[id as keyof typeof marks] : undefined;
    return (
      <IconButton
        key={id}
        label={t(command.labelKey)}
        shortcut={command.shortcut ? shortcutLabel(command.shortcut, isMac) : undefined}
        pressed={FORMAT.includes(id) ? Boolean(pressed) : undefined}
        disabled={!bus.isEnabled(id)}
        onClick={() => bus.run(id)}
      >
        {ICONS[id]}
      </IconButton>
    );
  };
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbarLabel')}>
      <div className="toolbar-group">{FORMAT.map(button)}</div>
      <div className="toolbar-separator" aria-hidden />
      <div className="toolbar-group">{UNIT.map(button)}</div>
    </div>
  );
}
