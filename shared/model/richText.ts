import { z } from 'zod';

/**
 * Rich text is a list of runs: text with a set of inline marks. It is deliberately small — the
 * marks a bilingual programme or release needs (the source's "21<sup>st</sup>" among them) and
 * nothing a translator could not carry across to the other language.
 *
 * A line break inside a unit is a "\n" in a run's text.
 */
export const MARKS = ['bold', 'italic', 'superscript', 'subscript'] as const;
export const markSchema = z.enum(MARKS);
export type Mark = z.infer<typeof markSchema>;

/** Longest text a single unit side may hold; protects storage and the UI from runaway input. */
export const MAX_UNIT_TEXT_LENGTH = 200_000;

export const runSchema = z
  .object({
    text: z.string().min(1).max(MAX_UNIT_TEXT_LENGTH),
    marks: z.array(markSchema).max(MARKS.length).optional(),
  })
  .strict();
export type Run = z.infer<typeof runSchema>;

export const richTextSchema = z
  .array(runSchema)
  .refine((runs) => plainLength(runs) <= MAX_UNIT_TEXT_LENGTH, {
    message: `text longer than ${MAX_UNIT_TEXT_LENGTH} characters`,
  });
export type RichText = Run[];

export const EMPTY_RICH_TEXT: RichText = [];

function plainLength(runs: readonly Run[]): number {
  let length = 0;
  for (const run of runs) length += run.text.length;
  return length;
}

/** Marks in canonical order; superscript wins over subscript, as they cannot both apply. */
export function normalizeMarks(marks: readonly Mark[] | undefined): Mark[] {
  if (!marks || marks.length === 0) return [];
  const present = new Set(marks);
  if (present.has('superscript')) present.delete('subscript');
  return MARKS.filter((mark) => present.has(mark));
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  return a.length === b.length && a.every((mark, i) => mark === b[i]);
}

/**
 * The canonical form of a rich text: no empty runs, marks sorted and deduplicated, neighbouring
 * runs with the same marks merged, and no `marks` key when there are none. Two texts that look
 * the same have the same canonical form, so equality and "did anything change" are cheap.
 */
export function normalizeRichText(runs: readonly Run[]): RichText {
  const result: RichText = [];
  for (const run of runs) {
    if (run.text.length === 0) continue;
    const marks = normalizeMarks(run.marks);
    const previous = result[result.length - 1];
    if (previous && sameMarks(previous.marks ?? [], marks)) {
      previous.text += run.text;
    } else {
      result.push(marks.length > 0 ? { text: run.text, marks } : { text: run.text });
    }
  }
  return result;
}

export function richTextFromPlain(text: string): RichText {
  return text.length > 0 ? [{ text }] : [];
}

export function plainText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}

export function isEmptyRichText(runs: readonly Run[]): boolean {
  return runs.every((run) => run.text.trim().length === 0);
}

export function richTextEquals(a: readonly Run[], b: readonly Run[]): boolean {
  const left = normalizeRichText(a);
  const right = normalizeRichText(b);
  return (
    left.length === right.length &&
    left.every((run, i) => {
      const other = right[i];
      return (
        other !== undefined &&
        run.text === other.text &&
        sameMarks(run.marks ?? [], other.marks ?? [])
      );
    })
  );
}
