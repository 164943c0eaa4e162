import { normalizeRichText, plainText, type RichText, type Run } from './richText';

/** The part of a rich text between two character offsets (UTF-16, like the editor's positions). */
export function sliceRichText(
  runs: readonly Run[],
  start: number,
  end = Number.POSITIVE_INFINITY,
): RichText {
  const result: Run[] = [];
  let offset = 0;
  for (const run of runs) {
    const runStart = offset;
    const runEnd = offset + run.text.length;
    offset = runEnd;
    const from = Math.max(start, runStart);
    const to = Math.min(end, runEnd);
    if (from >= to) continue;
    const text = run.text.slice(from - runStart, to - runStart);
    result.push(run.marks ? { text, marks: run.marks } : { text });
  }
  return normalizeRichText(result);
}

export function splitRichText(runs: readonly Run[], offset: number): [RichText, RichText] {
  return [sliceRichText(runs, 0, offset), sliceRichText(runs, offset)];
}

/**
 * Two texts joined as one: Chinese directly, English with one space unless one is already
 * there. Never inserts a space into Chinese.
 */
export function joinRichText(
  first: readonly Run[],
  second: readonly Run[],
  language: 'zh' | 'en',
): RichText {
  const left = plainText(first);
  const right = plainText(second);
  const needsSpace =
    language === 'en' && left !== '' && right !== '' && !/\s$/.test(left) && !/^\s/.test(right);
  return normalizeRichText([...first, ...(needsSpace ? [{ text: ' ' }] : []), ...second]);
}

export function joinPlain(first: string, second: string, language: 'zh' | 'en'): string {
  return plainText(
    joinRichText(first ? [{ text: first }] : [], second ? [{ text: second }] : [], language),
  );
}
