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

const HAN = /\p{Script=Han}/u;
const SPACE = /\s/u;

export function countText(text: string): TextCounts {
  let han = 0;
  let nonSpace = 0;
  let words = 0;
  let inWord = false;
  for (const char of text) {
    if (SPACE.test(char)) {
      inWord = false;
      continue;
    }
    nonSpace += 1;
    if (HAN.test(char)) han += 1;
    if (!inWord) words += 1;
    inWord = true;
  }
  return { han, nonSpace, words };
}

export function addCounts(a: TextCounts, b: TextCounts): TextCounts {
  return { han: a.han + b.han, nonSpace: a.nonSpace + b.nonSpace, words: a.words + b.words };
}
