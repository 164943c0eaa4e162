import {
  DOCUMENT_SCHEMA_VERSION,
  type BilingualTitle,
  type DocumentKind,
  type DuizhaoDocument,
  type Language,
  type Unit,
} from './document';

export interface NewDocumentFields {
  kind: DocumentKind;
  title: BilingualTitle;
  sourceLanguage: Language;
}

export function emptyUnit(id: string): Unit {
  return { id, zh: [], en: [], status: 'draft' };
}

/** A new document. It starts with one empty unit, so there is a row to type in at once. */
export function newDocument(
  fields: NewDocumentFields,
  ids: { document: string; firstUnit: string },
  now: Date,
): DuizhaoDocument {
  const time = now.toISOString();
  return {
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
