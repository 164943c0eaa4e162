/**
 * Counting, with the rules stated (the UI's help repeats them, and tests hold them to known
 * strings). Tools disagree on Chinese counts; these follow what Word reports:
 *
 * - Han characters: code points whose Unicode Script is Han (汉字). Punctuation, digits and
 *   Latin letters are not Han characters.
 * - Characters excluding spaces: every code point except white space (Word's
 *   “字符数(不计空格)”, the basis Chinese agencies bill on). Full-width punctuation counts.
 * - Words: runs of characters between white space, as Word counts English words; "21st-century"
 *   is one word, a dash standing alone between spaces is one.
 */
export interface TextCounts {
  han: number;
  nonSpace: number;
  words: number;
}

export const ZERO_COUNTS: TextCounts = { han: 0, nonSpace: 0, words: 0 };

// Whole-string regular expressions: far faster than testing character by character, which
// matters when a 5,000-unit document is counted as it opens.
const HAN = /\p{Script=Han}/gu;
const SPACE = /\s+/gu;
const WORD = /\S+/gu;
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

function count(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) n += 1;
  return n;
}

export function countText(text: string): TextCounts {
  const compact = text.replace(SPACE, '');
  return {
    han: count(text, HAN),
    nonSpace: compact.length - count(compact, SURROGATE_PAIR),
    words: count(text, WORD),
  };
}

export function addCounts(a: TextCounts, b: TextCounts): TextCounts {
  return { han: a.han + b.han, nonSpace: a.nonSpace + b.nonSpace, words: a.words + b.words };
}
