import type { Mark, Run } from '../model/richText';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

const MARK_TAGS: Record<Mark, string> = {
  bold: 'b',
  italic: 'i',
  superscript: 'sup',
  subscript: 'sub',
};

/** Rich text as HTML: marks become <b>, <i>, <sup>, <sub>; a "\n" becomes <br>. */
export function richTextHtml(runs: readonly Run[]): string {
  return runs
    .map((run) => {
      const text = run.text.split('\n').map(escapeHtml).join('<br>');
      return (run.marks ?? []).reduceRight(
        (inner, mark) => `<${MARK_TAGS[mark]}>${inner}</${MARK_TAGS[mark]}>`,
        text,
      );
    })
    .join('');
}

/**
 * Text as a CSS string literal for `content:`. Quotes and backslashes are escaped, and so is
 * `<`, so no text can close the <style> element it sits in.
 */
export function cssString(text: string): string {
  const escaped = text.replace(/[\\"<>\n\r]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `);
  return `"${escaped}"`;
}
