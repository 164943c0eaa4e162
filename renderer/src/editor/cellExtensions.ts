import { Node, type Extensions } from '@tiptap/core';
import Bold from '@tiptap/extension-bold';
import HardBreak from '@tiptap/extension-hard-break';
import Italic from '@tiptap/extension-italic';
import Paragraph from '@tiptap/extension-paragraph';
import Subscript from '@tiptap/extension-subscript';
import Superscript from '@tiptap/extension-superscript';
import Text from '@tiptap/extension-text';

/** A cell holds exactly one paragraph: a unit is one piece of text, line breaks inside it. */
const CellDocument = Node.create({ name: 'doc', topNode: true, content: 'paragraph' });

/**
 * Mark shortcuts come from Duizhao's command list (shared/commands), not from the extensions,
 * so that each shortcut is defined once and the menu, toolbar and help agree with it.
 */
const noShortcuts = { addKeyboardShortcuts: () => ({}) };

/** Enter and Shift+Enter break the line; Ctrl+Enter is kept free for confirming a unit. */
const CellHardBreak = HardBreak.extend({
  addKeyboardShortcuts() {
    return {
      Enter: () => this.editor.commands.setHardBreak(),
      'Shift-Enter': () => this.editor.commands.setHardBreak(),
    };
  },
});

export const cellExtensions: Extensions = [
  CellDocument,
  Paragraph,
  Text,
  CellHardBreak,
  Bold.extend(noShortcuts),
  Italic.extend(noShortcuts),
  Superscript.extend({ ...noShortcuts, excludes: 'subscript' }),
  Subscript.extend({ ...noShortcuts, excludes: 'superscript' }),
  // No per-cell history: Ctrl+Z is the document's undo (renderer/src/editor/undoHistory.ts).
];
