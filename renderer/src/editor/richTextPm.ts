import type { JSONContent } from '@tiptap/core';
import {
  MARKS,
  normalizeRichText,
  type Mark,
  type RichText,
  type Run,
} from '../../../shared/model/richText';

/**
 * Rich text runs ⇄ the cell editor's ProseMirror document (one paragraph; a "\n" in a run is a
 * hardBreak node). Mark names are the same on both sides.
 */
export function toPmDoc(runs: RichText): JSONContent {
  const content: JSONContent[] = [];
  for (const run of runs) {
    const marks = run.marks?.map((type) => ({ type }));
    run.text.split('\n').forEach((line, index) => {
      if (index > 0) content.push(marks ? { type: 'hardBreak', marks } : { type: 'hardBreak' });
      if (line)
        content.push(marks ? { type: 'text', text: line, marks } : { type: 'text', text: line });
    });
  }
  return {
    type: 'doc',
    content: [content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }],
  };
}

const KNOWN_MARKS = new Set<string>(MARKS);

export function fromPmDoc(doc: JSONContent): RichText {
  const runs: Run[] = [];
  (doc.content ?? []).forEach((block, blockIndex) => {
    if (blockIndex > 0) runs.push({ text: '\n' });
    for (const node of block.content ?? []) {
      const text = node.type === 'hardBreak' ? '\n' : node.type === 'text' ? (node.text ?? '') : '';
      if (!text) continue;
      // A line break inside bold text is bold too, so a run survives the round trip whole.
      const marks = (node.marks ?? [])
        .map((mark) => mark.type)
        .filter((type): type is Mark => KNOWN_MARKS.has(type));
      runs.push(marks.length > 0 ? { text, marks } : { text });
    }
  });
  return normalizeRichText(runs);
}
