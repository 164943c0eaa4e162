import { normalizeRichText, type Mark, type RichText } from '../model/richText';

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
 */
export function parseInlineMarkup(source: string): RichText {
  const runs: RichText = [];
  const active: Mark[] = [];
  let boldByAsterisks = false;
  let last = 0;
  const push = (text: string): void => {
    if (text) runs.push({ text, marks: [...active] });
  };
  for (const match of source.matchAll(TOKEN)) {
    push(source.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[0] === '**') {
      boldByAsterisks = !boldByAsterisks;
      toggle(active, 'bold', boldByAsterisks);
    } else {
      toggle(active, TAG_MARKS[(match[2] as string).toLowerCase()] as Mark, match[1] !== '/');
    }
  }
  push(source.slice(last));
  return normalizeRichText(runs);
}

function toggle(active: Mark[], mark: Mark, on: boolean): void {
  const at = active.indexOf(mark);
  if (on && at < 0) active.push(mark);
  if (!on && at >= 0) active.splice(at, 1);
}
