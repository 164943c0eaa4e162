import { z } from 'zod';
import { commentThreadSchema, historyEntrySchema, rejectionSchema, stampSchema } from './review';
import { programmeSchema } from './programme';
import { richTextSchema } from './richText';
import { referenceProblems } from '../programme/structure';
import { idSchema, isoTimeSchema } from './identifiers';
import { readVersioned, type VersionedFormat, type VersionedReadOutcome } from './versioned';

export { ID_PATTERN, idSchema, isoTimeSchema, type Id } from './identifiers';

export const LANGUAGES = ['zh', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export function otherLanguage(language: Language): Language {
  return language === 'zh' ? 'en' : 'zh';
}

/** The BCP 47 tag of text in a language (HTML lang, Word's w:lang): Chinese is simplified. */
export function languageTag(language: Language): 'zh-CN' | 'en' {
  return language === 'zh' ? 'zh-CN' : 'en';
}

export const DOCUMENT_KINDS = ['programme', 'release', 'text'] as const;
export const documentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof documentKindSchema>;

/** Where a unit is in the translate → review → approve workflow. */
export const UNIT_STATUSES = ['draft', 'translated', 'reviewed', 'approved', 'rejected'] as const;
export const unitStatusSchema = z.enum(UNIT_STATUSES);
export type UnitStatus = z.infer<typeof unitStatusSchema>;

export const MAX_TITLE_LENGTH = 500;
export const MAX_NOTE_LENGTH = 10_000;

/** A plain bilingual string: titles and other labels that carry no inline marks. */
export const bilingualTitleSchema = z
  .object({
    zh: z.string().trim().max(MAX_TITLE_LENGTH),
    en: z.string().trim().max(MAX_TITLE_LENGTH),
  })
  .strict()
  .refine((title) => title.zh.length > 0 || title.en.length > 0, {
    message: 'a title needs at least one language',
  });
export type BilingualTitle = z.infer<typeof bilingualTitleSchema>;

/**
 * One translatable piece: a paragraph, a heading, a cover line. Programme and release structure
 * (later) refer to units by id, so an id never changes once given.
 */
export const unitSchema = z
  .object({
    id: idSchema,
    zh: richTextSchema,
    en: richTextSchema,
    status: unitStatusSchema,
    note: z.string().max(MAX_NOTE_LENGTH).optional(),
    /** The source text the target was last confirmed against: a different source now is stale. */
    confirmedSource: z.string().optional(),
    /** Why a reviewer sent the unit back, and who did. */
    rejection: rejectionSchema.optional(),
    /** Who last changed the target, and when. */
    edited: stampSchema.optional(),
    comments: z.array(commentThreadSchema).optional(),
    /** Each confirmed version of each side, oldest first. */
    history: z.array(historyEntrySchema).optional(),
  })
  .strict();
export type Unit = z.infer<typeof unitSchema>;

/**
 * 2: units carry the review workflow (confirmed source, rejection, comments, history).
 * 3: a programme document may carry its structure (days, sessions, people, rooms, organisations).
 */
export const DOCUMENT_SCHEMA_VERSION = 3;
export const MAX_UNITS = 100_000;

export const documentSchema = z
  .object({
    schemaVersion: z.literal(DOCUMENT_SCHEMA_VERSION),
    id: idSchema,
    kind: documentKindSchema,
    title: bilingualTitleSchema,
    /** Which side is the original; the other side is the translation. */
    sourceLanguage: languageSchema,
    createdAt: isoTimeSchema,
    updatedAt: isoTimeSchema,
    /** Increases with every saved change; a save names the revision it was based on. */
    revision: z.number().int().nonnegative(),
    trashedAt: isoTimeSchema.optional(),
    units: z.array(unitSchema).max(MAX_UNITS),
    /** A programme's structure; its texts are units above. Absent until first edited. */
    programme: programmeSchema.optional(),
  })
  .strict()
  .superRefine((document, ctx) => {
    const seen = new Set<string>();
    document.units.forEach((unit, index) => {
      if (seen.has(unit.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['units', index, 'id'],
          message: `duplicate unit id ${unit.id}`,
        });
      }
      seen.add(unit.id);
    });
    if (document.programme) {
      for (const problem of referenceProblems(document.programme, (id) => seen.has(id))) {
        ctx.addIssue({ code: 'custom', path: ['programme'], message: problem });
      }
    }
  });
export type DuizhaoDocument = z.infer<typeof documentSchema>;

/** Older document files are migrated here; add `migrations[n]` when version n+1 is introduced. */
export const documentFormat: VersionedFormat<DuizhaoDocument> = {
  currentVersion: DOCUMENT_SCHEMA_VERSION,
  schema: documentSchema,
  migrations: {
    // Version 1 units had no review data; every new field is optional, so they are valid as they are.
    1: (data) => data,
    // Version 2 documents had no programme structure, which is optional.
    2: (data) => data,
  },
};

/** The migration entry point for a document read from disk or imported. */
export function migrateDocument(raw: unknown): VersionedReadOutcome<DuizhaoDocument> {
  return readVersioned(raw, documentFormat);
}

const positions = new WeakMap<readonly Unit[], Map<string, number>>();

/**
 * Where a unit is in a list, by id. The lookup table is made once per list (an edit makes a
 * new list) and reused, so asking many times while a 5,000-unit document renders stays cheap.
 */
export function indexOfUnit(units: readonly Unit[], id: string | null): number {
  if (id === null) return -1;
  let table = positions.get(units);
  if (!table) {
    table = new Map(units.map((unit, index) => [unit.id, index]));
    positions.set(units, table);
  }
  return table.get(id) ?? -1;
}

/** Like indexOfUnit, but never builds a table: for code that looks up once per list. */
export function findUnitIndex(units: readonly Unit[], id: string): number {
  const table = positions.get(units);
  return table ? (table.get(id) ?? -1) : units.findIndex((unit) => unit.id === id);
}

/**
 * A copy of the list with the unit at `index` replaced by one with the same id: what most
 * edits do. The copy keeps the original's lookup table (same ids, same places), so typing in a
 * 5,000-unit document never rebuilds it.
 */
export function withUnitAt(units: readonly Unit[], index: number, unit: Unit): Unit[] {
  const next = units.slice();
  next[index] = unit;
  const table = positions.get(units);
  if (table && units[index]?.id === unit.id) positions.set(next, table);
  return next;
}
