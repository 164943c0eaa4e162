/**
 * Shortcut strings ("Mod+Shift+Enter") in the three forms Duizhao needs: matching a key event,
 * an Electron menu accelerator, and a label for people. Keys are matched by their physical
 * code for letters and punctuation, so Alt/Option combinations work on every layout that has
 * the key where QWERTY has it.
 */
export interface Shortcut {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

export function parseShortcut(text: string): Shortcut {
  const parts = text.split('+');
  const key = parts.pop() ?? '';
  return {
    mod: parts.includes('Mod'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
    key,
  };
}

const CODE_FOR_KEY: Readonly<Record<string, string>> = {
  '.': 'Period',
  ',': 'Comma',
  '/': 'Slash',
};

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  getModifierState?: (key: string) => boolean;
}

export function matchesShortcut(event: KeyLike, text: string, isMac: boolean): boolean {
  // On Windows AltGr arrives as Ctrl+Alt: it types ł, ń, € and must never run a command.
  if (event.getModifierState?.('AltGraph')) return false;
  const shortcut = parseShortcut(text);
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const otherMod = isMac ? event.ctrlKey : event.metaKey;
  if (
    mod !== shortcut.mod ||
    otherMod ||
    event.shiftKey !== shortcut.shift ||
    event.altKey !== shortcut.alt
  ) {
    return false;
  }
  if (/^[A-Z]$/.test(shortcut.key)) return event.code === `Key${shortcut.key}`;
  const code = CODE_FOR_KEY[shortcut.key];
  if (code) return event.code === code;
  return event.key === shortcut.key;
}

const ACCELERATOR_KEYS: Readonly<Record<string, string>> = {
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Escape: 'Esc',
};

export function toAccelerator(text: string): string {
  const { mod, shift, alt, key } = parseShortcut(text);
  return [mod && 'CmdOrCtrl', alt && 'Alt', shift && 'Shift', ACCELERATOR_KEYS[key] ?? key]
    .filter(Boolean)
    .join('+');
}

const MAC_SYMBOLS: Readonly<Record<string, string>> = {
  Enter: '↩',
  Backspace: '⌫',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Tab: '⇥',
  Escape: '⎋',
};

const PC_NAMES: Readonly<Record<string, string>> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
};

export function shortcutLabel(text: string, isMac: boolean): string {
  const { mod, shift, alt, key } = parseShortcut(text);
  if (isMac) {
    return `${alt ? '⌥' : ''}${shift ? '⇧' : ''}${mod ? '⌘' : ''}${MAC_SYMBOLS[key] ?? key}`;
  }
  return [mod && 'Ctrl', alt && 'Alt', shift && 'Shift', PC_NAMES[key] ?? key]
    .filter(Boolean)
    .join('+');
}
