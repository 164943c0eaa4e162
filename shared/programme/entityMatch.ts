/**
 * Matching names typed in either language against people, rooms and organisations. Only
 * full-width ASCII letters and digits are folded (CONVENTIONS.md: never NFKC a Chinese string),
 * case is ignored and runs of spaces count as one.
 */
export function foldForMatch(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Whether a name, in either language, contains what was typed. */
export function nameMatches(names: readonly string[], query: string): boolean {
  const wanted = foldForMatch(query);
  if (wanted === '') return true;
  return names.some((name) => foldForMatch(name).includes(wanted));
}
