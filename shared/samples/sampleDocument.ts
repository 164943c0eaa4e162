import type { BilingualTitle, DocumentKind, Language, Unit } from '../model/document';
import type { Programme } from '../model/programme';
import type { RichText } from '../model/richText';

/**
 * A built-in sample before it becomes a document: its units already have ids (a programme's
 * structure names them), every one a draft; the document's own id and times are the library's.
 */
export interface SampleDocument {
  kind: DocumentKind;
  title: BilingualTitle;
  sourceLanguage: Language;
  /** In reading order: for a programme, the order textsInReadingOrder gives. */
  units: Unit[];
  /** A programme sample's structure; every text it names is one of `units`. */
  programme?: Programme;
}

/** Turns a sample's source file into a sample document, taking fresh ids from `newId`. */
export type SampleConverter = (source: string, newId: () => string) => SampleDocument;

/** A unit's content before it has an id. */
export interface SampleUnit {
  zh: RichText;
  en: RichText;
  note?: string;
}

/** Draft units with fresh ids, in the order given. */
export function draftUnits(units: readonly SampleUnit[], newId: () => string): Unit[] {
  return units.map((unit) => ({ id: newId(), status: 'draft' as const, ...unit }));
}

const HAN = /\p{Script=Han}/u;

export function containsHan(text: string): boolean {
  return HAN.test(text);
}

/** Paragraphs of a plain-text or Markdown source: blocks of lines between blank lines. */
export function blocksOf(source: string): string[][] {
  return source
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0),
    )
    .filter((lines) => lines.length > 0);
}
