import type { TranslationKey } from '../i18n/resources';

/**
 * Every editor and application command, defined once: its label, its shortcut and where it
 * belongs. The renderer attaches the actions (renderer/src/commands); the Electron menu, the
 * toolbars, the shortcut help and the tests all read this list.
 *
 * Shortcuts are written "Mod+Shift+Enter": Mod is Ctrl, or ⌘ on macOS. Superscript and
 * subscript use Google Docs' Ctrl+. and Ctrl+, (Word's Ctrl+= zooms the browser).
 */
export type CommandGroup = 'file' | 'format' | 'unit' | 'help';

export interface CommandDefinition {
  labelKey: TranslationKey;
  shortcut?: string;
  group: CommandGroup;
}

export const COMMANDS = {
  newDocument: { labelKey: 'commands.newDocument', shortcut: 'Mod+Alt+N', group: 'file' },
  addSamples: { labelKey: 'commands.addSamples', group: 'file' },
  backToLibrary: { labelKey: 'commands.backToLibrary', shortcut: 'Mod+Alt+L', group: 'file' },
  openSettings: { labelKey: 'commands.openSettings', group: 'file' },
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
  editNote: { labelKey: 'commands.editNote', shortcut: 'Mod+Alt+M', group: 'unit' },
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
