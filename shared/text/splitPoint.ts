/**
 * Where to split the other side of a unit when the user splits one side at the caret: the
 * sentence end nearest to the same proportion of the text, or the end of the text when it has
 * no sentence end to offer (then the other side stays whole in the first part). The user can
 * move text between the parts afterwards; this only saves them the obvious work.
 */
const SENTENCE_END = /[。！？；!?;](?:[”’」』）)]*)|[.](?:[”’")]*)(?=\s|$)|\n/gu;

export function proposeSplit(text: string, proportion: number): number {
  const target = Math.round(text.length * Math.min(1, Math.max(0, proportion)));
  let best = text.length;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const match of text.matchAll(SENTENCE_END)) {
    let end = match.index + match[0].length;
    while (end < text.length && /\s/u.test(text.charAt(end))) end += 1;
    if (end <= 0 || end >= text.length) continue;
    const distance = Math.abs(end - target);
    if (distance < bestDistance) {
      best = end;
      bestDistance = distance;
    }
  }
  return best;
}
