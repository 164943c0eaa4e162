import { MARKS, normalizeRichText, type Mark, type RichText } from '../model/richText';

const TOKEN = /<(\/?)(sup|sub|b|strong|i|em)>|\*\*/gi;

const TAG_MARKS: Record<string, Mark> = {
  sup: 'superscript',
  sub: 'subscript',
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
};

/**
 * Reads the little inline markup the source documents use — `**bold**`, `<sup>st</sup>`,
 * `<sub>`, `<b>`/`<strong>`, `<i>`/`<em>` — into rich text. Anything else stays literal text.
 * Tags nest by counting; `**` toggles a bold of its own, so `<b>**x**</b>` stays bold.
 */
export function parseInlineMarkup(source: string): RichText {
  const runs: RichText = [];
  const depth: Record<Mark, number> = { bold: 0, italic: 0, superscript: 0, subscript: 0 };
  let asteriskBold = false;
  let last = 0;
  const push = (text: string): void => {
    if (!text) return;
    const marks = MARKS.filter((mark) => depth[mark] > 0 || (mark === 'bold' && asteriskBold));
    runs.push({ text, marks });
  };
  for (const match of source.matchAll(TOKEN)) {
    push(source.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[0] === '**') {
      asteriskBold = !asteriskBold;
    } else {
      const mark = TAG_MARKS[(match[2] as string).toLowerCase()] as Mark;
      depth[mark] = Math.max(0, depth[mark] + (match[1] === '/' ? -1 : 1));
    }
  }
  push(source.slice(last));
  return normalizeRichText(runs);
}
