import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import {
  ArrowDown,
  ArrowUp,
  Bold,
  Check,
  CheckCheck,
  ChevronsDown,
  CornerUpLeft,
  FileDiff,
  Italic,
  ListPlus,
  Merge,
  PanelRight,
  Redo2,
  Scissors,
  Search,
  StickyNote,
  Subscript,
  Superscript,
  Trash2,
  Undo2,
} from 'lucide-react';
import { memo, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMMANDS,
  shortcutsOf,
  type CommandDefinition,
  type CommandId,
} from '../../../shared/commands/commands';
import { shortcutLabel } from '../../../shared/commands/shortcuts';
import { ROLES, type Role } from '../../../shared/model/review';
import type { CommandBus } from '../commands/commandBus';
import { IconButton } from '../components/Button';

const ICONS: Partial<Record<CommandId, ReactNode>> = {
  undo: <Undo2 size={17} aria-hidden />,
  redo: <Redo2 size={17} aria-hidden />,
  bold: <Bold size={17} aria-hidden />,
  italic: <Italic size={17} aria-hidden />,
  superscript: <Superscript size={17} aria-hidden />,
  subscript: <Subscript size={17} aria-hidden />,
  confirm: <Check size={17} aria-hidden />,
  approve: <CheckCheck size={17} aria-hidden />,
  reject: <CornerUpLeft size={17} aria-hidden />,
  nextUnconfirmed: <ChevronsDown size={17} aria-hidden />,
  insertUnitBelow: <ListPlus size={17} aria-hidden />,
  moveUnitUp: <ArrowUp size={17} aria-hidden />,
  moveUnitDown: <ArrowDown size={17} aria-hidden />,
  splitUnit: <Scissors size={17} aria-hidden />,
  mergeUnit: <Merge size={17} aria-hidden />,
  editNote: <StickyNote size={17} aria-hidden />,
  deleteUnit: <Trash2 size={17} aria-hidden />,
  find: <Search size={17} aria-hidden />,
  toggleChanges: <FileDiff size={17} aria-hidden />,
  togglePanel: <PanelRight size={17} aria-hidden />,
};

const GROUPS: CommandId[][] = [
  ['undo', 'redo'],
  ['bold', 'italic', 'superscript', 'subscript'],
  ['confirm', 'approve', 'reject', 'nextUnconfirmed'],
  [
    'insertUnitBelow',
    'moveUnitUp',
    'moveUnitDown',
    'splitUnit',
    'mergeUnit',
    'editNote',
    'deleteUnit',
  ],
  ['find', 'toggleChanges', 'togglePanel'],
];

const MARK_COMMANDS: readonly CommandId[] = ['bold', 'italic', 'superscript', 'subscript'];

export interface EditorToolbarProps {
  bus: CommandBus;
  editor: Editor | null;
  isMac: boolean;
  role: Role;
  onRole: (role: Role) => void;
  /** Toggle commands that are on (the changes view, the panel). */
  pressed: Partial<Record<CommandId, boolean>>;
  /** The commands available now, space-separated: the toolbar re-renders when this changes. */
  enabled: string;
}

/** Every editor command as a button, through the command bus; and the working role. */
export const EditorToolbar = memo(function EditorToolbar({
  bus,
  editor,
  isMac,
  role,
  onRole,
  pressed,
}: EditorToolbarProps) {
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
    const [shortcut] = shortcutsOf(command);
    const isMark = MARK_COMMANDS.includes(id);
    const markOn = marks && isMark ? marks[id as keyof typeof marks] : false;
    return (
      <IconButton
        key={id}
        label={t(command.labelKey)}
        shortcut={shortcut ? shortcutLabel(shortcut, isMac) : undefined}
        pressed={isMark ? markOn : pressed[id]}
        disabled={!bus.isEnabled(id)}
        onClick={() => bus.run(id)}
      >
        {ICONS[id]}
      </IconButton>
    );
  };
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbarLabel')}>
      {GROUPS.map((group, index) => (
        <div key={index} className="toolbar-group">
          {group.map(button)}
        </div>
      ))}
      <label className="role-select">
        <span>{t('review.role')}</span>
        <select
          className="select"
          value={role}
          onChange={(event) => onRole(event.target.value as Role)}
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {t(`review.roles.${option}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}, sameToolbar);

function sameToolbar(a: EditorToolbarProps, b: EditorToolbarProps): boolean {
  return (
    a.editor === b.editor &&
    a.role === b.role &&
    a.enabled === b.enabled &&
    a.isMac === b.isMac &&
    a.onRole === b.onRole &&
    JSON.stringify(a.pressed) === JSON.stringify(b.pressed)
  );
}
