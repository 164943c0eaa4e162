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

/**
 * The text changed to `next` (typed in a plain field), keeping the marks of everything that did
 * not change: editing "The 21st" around its superscript keeps the superscript. New characters
 * take the marks of the character before them.
 */
export function withPlainText(runs: readonly Run[], next: string): RichText {
  const before = plainText(runs);
  if (before === next) return normalizeRichText(runs);
  let prefix = 0;
  const limit = Math.min(before.length, next.length);
  while (prefix < limit && before[prefix] === next[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before[before.length - 1 - suffix] === next[next.length - 1 - suffix]
  ) {
    suffix += 1;
  }
  const inserted = next.slice(prefix, next.length - suffix);
  const marks = prefix > 0 ? sliceRichText(runs, prefix - 1, prefix)[0]?.marks : undefined;
  return normalizeRichText([
    ...sliceRichText(runs, 0, prefix),
    ...(inserted ? [marks ? { text: inserted, marks } : { text: inserted }] : []),
    ...sliceRichText(runs, before.length - suffix),
  ]);
}
