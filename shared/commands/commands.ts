import type { TranslationKey } from '../i18n/resources';

/**
 * Every editor and application command, defined once: its label, its shortcut and where it
 * belongs. The renderer attaches the actions (renderer/src/commands); the Electron menu, the
 * toolbars, the shortcut help and the tests all read this list.
 *
 * Shortcuts are written "Mod+Shift+Enter": Mod is Ctrl, or ⌘ on macOS. Superscript and
 * subscript use Google Docs' Ctrl+. and Ctrl+, (Word's Ctrl+= zooms the browser).
 */
export type CommandGroup = 'file' | 'edit' | 'review' | 'format' | 'unit' | 'view' | 'help';

export interface CommandDefinition {
  labelKey: TranslationKey;
  /** One shortcut, or several (the first is the one shown). */
  shortcut?: string | readonly string[];
  group: CommandGroup;
}

/** All the shortcuts of a command, the shown one first. */
export function shortcutsOf(definition: CommandDefinition): readonly string[] {
  const { shortcut } = definition;
  if (shortcut === undefined) return [];
  return typeof shortcut === 'string' ? [shortcut] : shortcut;
}

export const COMMANDS = {
  newDocument: { labelKey: 'commands.newDocument', shortcut: 'Mod+Alt+N', group: 'file' },
  addSamples: { labelKey: 'commands.addSamples', group: 'file' },
  backToLibrary: { labelKey: 'commands.backToLibrary', shortcut: 'Mod+Alt+L', group: 'file' },
  openSettings: { labelKey: 'commands.openSettings', group: 'file' },
  undo: { labelKey: 'commands.undo', shortcut: 'Mod+Z', group: 'edit' },
  redo: { labelKey: 'commands.redo', shortcut: ['Mod+Shift+Z', 'Mod+Y'], group: 'edit' },
  find: { labelKey: 'commands.find', shortcut: 'Mod+F', group: 'edit' },
  replace: { labelKey: 'commands.replace', shortcut: 'Mod+H', group: 'edit' },
  confirm: { labelKey: 'commands.confirm', shortcut: 'Mod+Enter', group: 'review' },
  approve: { labelKey: 'commands.approve', shortcut: 'Mod+Alt+Enter', group: 'review' },
  reject: { labelKey: 'commands.reject', shortcut: 'Mod+Alt+R', group: 'review' },
  addComment: { labelKey: 'commands.addComment', shortcut: 'Mod+Alt+M', group: 'review' },
  nextUnit: { labelKey: 'commands.nextUnit', shortcut: 'Mod+ArrowDown', group: 'review' },
  previousUnit: { labelKey: 'commands.previousUnit', shortcut: 'Mod+ArrowUp', group: 'review' },
  nextUnconfirmed: {
    labelKey: 'commands.nextUnconfirmed',
    shortcut: 'Mod+Shift+ArrowDown',
    group: 'review',
  },
  bold: { labelKey: 'commands.bold', shortcut: 'Mod+B', group: 'format' },
  italic: { labelKey: 'commands.italic', shortcut: 'Mod+I', group: 'format' },
  superscript: { labelKey: 'commands.superscript', shortcut: 'Mod+.', group: 'format' },
  subscript: { labelKey: 'commands.subscript', shortcut: 'Mod+,', group: 'format' },
  insertUnitBelow: {
    labelKey: 'commands.insertUnitBelow',
    shortcut: 'Mod+Shift+Enter',
    group: 'unit',
  },
  deleteUnit: { labelKey: 'commands.deleteUnit', shortcut: 'Mod+Shift+Backspace', group: 'unit' },
  moveUnitUp: { labelKey: 'commands.moveUnitUp', shortcut: 'Alt+ArrowUp', group: 'unit' },
  moveUnitDown: { labelKey: 'commands.moveUnitDown', shortcut: 'Alt+ArrowDown', group: 'unit' },
  splitUnit: { labelKey: 'commands.splitUnit', shortcut: 'Mod+Alt+S', group: 'unit' },
  mergeUnit: { labelKey: 'commands.mergeUnit', shortcut: 'Mod+Alt+J', group: 'unit' },
  editNote: { labelKey: 'commands.editNote', group: 'unit' },
  toggleChanges: { labelKey: 'commands.toggleChanges', group: 'view' },
  togglePanel: { labelKey: 'commands.togglePanel', shortcut: 'Mod+Alt+P', group: 'view' },
  showShortcuts: { labelKey: 'commands.showShortcuts', shortcut: 'Mod+/', group: 'help' },
} as const satisfies Record<string, CommandDefinition>;

export type CommandId = keyof typeof COMMANDS;

export const COMMAND_IDS = Object.keys(COMMANDS) as CommandId[];

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && value in COMMANDS;
}

export function commandsInGroup(group: CommandGroup): CommandId[] {
  return COMMAND_IDS.filter((id) => COMMANDS[id].group === group);
}

/** Keys handled by the cell editor itself, listed in the shortcut help beside the commands. */
export const EDITING_KEYS: ReadonlyArray<{ labelKey: TranslationKey; shortcut: string }> = [
  { labelKey: 'shortcuts.nextCell', shortcut: 'Tab' },
  { labelKey: 'shortcuts.previousCell', shortcut: 'Shift+Tab' },
  { labelKey: 'shortcuts.lineBreak', shortcut: 'Enter' },
  { labelKey: 'shortcuts.leaveCell', shortcut: 'Escape' },
];
