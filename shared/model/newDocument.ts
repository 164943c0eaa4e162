import {
  DOCUMENT_SCHEMA_VERSION,
  type BilingualTitle,
  type DocumentKind,
  type DuizhaoDocument,
  type Language,
  type Unit,
} from './document';
import { emptyProgramme } from './programme';

export interface NewDocumentFields {
  kind: DocumentKind;
  title: BilingualTitle;
  sourceLanguage: Language;
}

export function emptyUnit(id: string): Unit {
  return { id, zh: [], en: [], status: 'draft' };
}

/**
 * A new document. It starts with one empty unit, so there is a row to type in at once; a
 * programme starts instead with its structure, titled from the document's title.
 */
export function newDocument(
  fields: NewDocumentFields,
  ids: { document: string; firstUnit: string },
  now: Date,
): DuizhaoDocument {
  const time = now.toISOString();
  const document: DuizhaoDocument = {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    id: ids.document,
    kind: fields.kind,
    title: fields.title,
    sourceLanguage: fields.sourceLanguage,
    createdAt: time,
    updatedAt: time,
    revision: 0,
    units: [emptyUnit(ids.firstUnit)],
  };
  if (fields.kind !== 'programme') return document;
  const title: Unit = {
    ...emptyUnit(ids.firstUnit),
    zh: fields.title.zh ? [{ text: fields.title.zh }] : [],
    en: fields.title.en ? [{ text: fields.title.en }] : [],
  };
  return { ...document, units: [title], programme: { ...emptyProgramme(), title: title.id } };
}

/** A copy under a new id, titled as a copy in both languages; trash state is not copied. */
export function duplicateDocument(source: DuizhaoDocument, id: string, now: Date): DuizhaoDocument {
  const time = now.toISOString();
  const { trashedAt: _trashed, ...rest } = source;
  return {
    ...rest,
    id,
    title: {
      zh: source.title.zh ? `${source.title.zh}（副本）` : '',
      en: source.title.en ? `${source.title.en} (copy)` : '',
    },
    createdAt: time,
    updatedAt: time,
    revision: 0,
  };
}
