import { plainText, type RichText, type Run } from '../model/richText';
import { sliceRichText } from '../model/richTextOps';
import { normalizeRichText } from '../model/richText';

export const SEARCH_SCOPES = ['both', 'zh', 'en'] as const;
export type SearchScope = (typeof SEARCH_SCOPES)[number];

export interface SearchQuery {
  text: string;
  scope: SearchScope;
  caseSensitive: boolean;
  regex: boolean;
}

export interface TextRange {
  start: number;
  end: number;
}

/** A query as a global regular expression, or why it is not one (a bad pattern). */
export function compileQuery(
  query: Pick<SearchQuery, 'text' | 'caseSensitive' | 'regex'>,
): { ok: true; pattern: RegExp } | { ok: false; error: string } {
  const source = query.regex ? query.text : query.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  try {
    return { ok: true, pattern: new RegExp(source, query.caseSensitive ? 'gu' : 'giu') };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Where a pattern matches in a text; empty matches (from patterns like `a*`) are skipped. */
export function findRanges(text: string, pattern: RegExp): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(pattern)) {
    if (match[0].length > 0)
      ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

/**
 * Replaces every match in a rich text. The text between matches keeps its marks; a
 * replacement takes the marks of the first character it replaces. With `expand`, the
 * replacement may name groups as in JavaScript ($&, $1, $<name>, $$).
 */
export function replaceInRichText(
  runs: readonly Run[],
  pattern: RegExp,
  replacement: string,
  expand: boolean,
): { text: RichText; count: number } {
  const plain = plainText(runs);
  const parts: Run[] = [];
  let last = 0;
  let count = 0;
  for (const match of plain.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    parts.push(...sliceRichText(runs, last, match.index));
    const replaced = expand ? expandReplacement(replacement, match) : replacement;
    const marks = sliceRichText(runs, match.index, match.index + 1)[0]?.marks;
    if (replaced) parts.push(marks ? { text: replaced, marks } : { text: replaced });
    last = match.index + match[0].length;
    count += 1;
  }
  if (count === 0) return { text: normalizeRichText(runs), count };
  parts.push(...sliceRichText(runs, last));
  return { text: normalizeRichText(parts), count };
}

function expandReplacement(replacement: string, match: RegExpMatchArray): string {
  return replacement.replace(
    /\$(\$|&|<([^>]+)>|(\d{1,2}))/g,
    (token, what: string, name?: string, digits?: string) => {
      if (what === '$') return '$';
      if (what === '&') return match[0];
      if (name !== undefined) return match.groups?.[name] ?? '';
      if (digits !== undefined) {
        const group = Number(digits);
        return group > 0 && group < match.length ? (match[group] ?? '') : token;
      }
      return token;
    },
  );
}
