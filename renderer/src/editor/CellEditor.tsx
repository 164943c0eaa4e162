import type { Editor } from '@tiptap/core';
import { Fragment, Slice, type Node as PmNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { EditorContent, useEditor } from '@tiptap/react';
import { memo, useLayoutEffect, useRef } from 'react';
import { languageTag, type Language } from '../../../shared/model/document';
import { richTextEquals, type RichText } from '../../../shared/model/richText';
import { runShortcut, useCommandBus } from '../commands/commandBus';
import { cellExtensions } from './cellExtensions';
import { fromPmDoc, toPmDoc } from './richTextPm';

export type CellNavigation = 'next' | 'previous' | 'leave';

export interface CellEditorProps {
  initial: RichText;
  language: Language;
  label: string;
  /** Where the caret goes: a character offset (from a click), or the end. */
  caret: number | 'end';
  onChange: (text: RichText) => void;
  onNavigate: (direction: CellNavigation) => void;
  onEditor: (editor: Editor | null) => void;
  /** The selected text, for the status bar's counts ('' when nothing is selected). */
  onSelectionText: (text: string) => void;
}

/**
 * The one rich-text editor on screen, mounted in the active cell only (thousands of editors
 * would be heavy; the other cells are static text). Its content is read once at mount: while
 * it is mounted it is the truth for its cell, and nothing from outside re-renders it, so an
 * IME composition is never interrupted. Changes are reported only outside a composition; the
 * end of a composition reports the committed text, even when no further transaction follows.
 */
export const CellEditor = memo(function CellEditor(props: CellEditorProps) {
  const bus = useCommandBus();
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const reported = useRef<RichText>(props.initial);
  const selectedText = useRef('');

  /** Tells the document about the cell's text, unless a composition is still under way. */
  const report = (editor: Editor, options: { evenWhileComposing?: boolean } = {}): void => {
    if (editor.view.composing && !options.evenWhileComposing) return;
    const text = fromPmDoc(editor.getJSON());
    if (richTextEquals(text, reported.current)) return;
    reported.current = text;
    latest.current.onChange(text);
  };

  const editor = useEditor(
    {
      extensions: cellExtensions,
      content: toPmDoc(props.initial),
      injectCSS: false,
      enableInputRules: false,
      enablePasteRules: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'cell-editor',
          lang: languageTag(props.language),
          'aria-label': props.label,
          'aria-multiline': 'true',
          role: 'textbox',
          spellcheck: props.language === 'en' ? 'true' : 'false',
        },
        handleKeyDown: (_view, event) => {
          if (event.isComposing || event.key === 'Process') return false;
          if (runShortcut(bus, event)) return true;
          const direction = navigationFor(event);
          if (!direction) return false;
          event.preventDefault();
          latest.current.onNavigate(direction);
          return true;
        },
        handleDOMEvents: {
          compositionend: (view) => {
            // The committed text reached the document during the composition; ProseMirror ends
            // the composition right after this handler, so report it then. No later
            // transaction may come to do it.
            queueMicrotask(() => {
              if (!view.isDestroyed && editorRef.current) report(editorRef.current);
            });
            return false;
          },
        },
        transformPasted: flattenPastedBlocks,
      },
      onUpdate: ({ editor: current }) => {
        report(current);
      },
      onSelectionUpdate: ({ editor: current }) => {
        const { from, to } = current.state.selection;
        const selected = current.state.doc.textBetween(from, to, '\n', '\n');
        // Every keystroke moves the caret; only a change of the selected text is news.
        if (selected === selectedText.current) return;
        selectedText.current = selected;
        latest.current.onSelectionText(selected);
      },
    },
    [],
  );
  const editorRef = useRef<Editor | null>(null);

  // Focus in the same commit that mounts the editor (tiptap's focus command waits a frame):
  // keys typed right after Tab or a click must land here, not on the page.
  useLayoutEffect(() => {
    editorRef.current = editor;
    latest.current.onEditor(editor);
    const { caret } = latest.current;
    const end = editor.state.doc.content.size - 1;
    editor.commands.setTextSelection(caret === 'end' ? end : Math.min(end, 1 + caret));
    editor.view.focus();
    return () => {
      // Leaving the cell (Tab, a click elsewhere) must not lose what was typed last, even a
      // composition the IME had not committed yet: it stays as it stands.
      report(editor, { evenWhileComposing: true });
      latest.current.onEditor(null);
      latest.current.onSelectionText('');
    };
  }, [editor]);

  return <EditorContent editor={editor} className="cell-editor-host" />;
}, sameLook);

/**
 * The editor reads its content and caret once, and its callbacks through a ref: only a new
 * label or language is worth a re-render. Re-rendering makes tiptap hand ProseMirror its
 * props again, which puts ProseMirror's idea of the selection back into the page and can undo
 * a caret move the browser made a moment before (a Home key pressed right after a click).
 */
function sameLook(before: CellEditorProps, after: CellEditorProps): boolean {
  return before.label === after.label && before.language === after.language;
}

function navigationFor(event: KeyboardEvent): CellNavigation | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'Tab') return event.shiftKey ? 'previous' : 'next';
  if (event.key === 'Escape') return 'leave';
  return null;
}

/**
 * A cell is one paragraph, so pasted paragraphs, headings or list items become lines of it:
 * their inline content (text and marks) joined by line breaks.
 */
function flattenPastedBlocks(slice: Slice, view: EditorView): Slice {
  const { schema } = view.state;
  const hardBreak = schema.nodes.hardBreak;
  const paragraph = schema.nodes.paragraph;
  if (!hardBreak || !paragraph) return slice;
  const inline: PmNode[] = [];
  let blocks = 0;
  slice.content.descendants((node) => {
    if (node.isTextblock) {
      if (blocks > 0) inline.push(hardBreak.create());
      blocks += 1;
      node.forEach((child) => inline.push(child));
      return false;
    }
    if (node.isInline) {
      inline.push(node);
      return false;
    }
    return true;
  });
  if (blocks <= 1 && slice.openStart > 0) return slice;
  return new Slice(Fragment.from(paragraph.create(null, inline)), 1, 1);
}
