import type { BilingualTitle, DocumentKind, Language } from '../model/document';
import type { RichText } from '../model/richText';

/** A built-in sample before it becomes a document: ids, status and times are the library's. */
export interface SampleDocument {
  kind: DocumentKind;
  title: BilingualTitle;
  sourceLanguage: Language;
  units: SampleUnit[];
}

export interface SampleUnit {
  zh: RichText;
  en: RichText;
  note?: string;
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
