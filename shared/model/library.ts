import { z } from 'zod';
import {
  bilingualTitleSchema,
  documentKindSchema,
  idSchema,
  isoTimeSchema,
  languageSchema,
  type DuizhaoDocument,
} from './document';

/** What the library shows of a document without opening it. */
export const libraryEntrySchema = z
  .object({
    id: idSchema,
    kind: documentKindSchema,
    title: bilingualTitleSchema,
    sourceLanguage: languageSchema,
    createdAt: isoTimeSchema,
    updatedAt: isoTimeSchema,
    trashedAt: isoTimeSchema.optional(),
    unitCount: z.number().int().nonnegative(),
  })
  .strict();
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;

export function libraryEntryOf(document: DuizhaoDocument): LibraryEntry {
  const entry: LibraryEntry = {
    id: document.id,
    kind: document.kind,
    title: document.title,
    sourceLanguage: document.sourceLanguage,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
    unitCount: document.units.length,
  };
  if (document.trashedAt) entry.trashedAt = document.trashedAt;
  return entry;
}

/**
 * Why a stored file could not be used. `tooNew` files are left in place (a newer Duizhao can
 * still read them); every other kind is moved aside so that nothing ever overwrites it.
 */
export const STORAGE_PROBLEM_REASONS = [
  'notJson',
  'truncated',
  'notUtf8',
  'invalidSchema',
  'tooNew',
  'unreadable',
  'journalDamaged',
] as const;
export const storageProblemReasonSchema = z.enum(STORAGE_PROBLEM_REASONS);
export type StorageProblemReason = z.infer<typeof storageProblemReasonSchema>;

export const storageProblemSchema = z
  .object({
    id: idSchema,
    /** The file as it was found, relative to the data folder. */
    file: z.string(),
    /** Where it was moved, relative to the data folder; null when it was left in place. */
    movedTo: z.string().nullable(),
    reason: storageProblemReasonSchema,
    detail: z.string(),
    foundAt: isoTimeSchema,
  })
  .strict();
export type StorageProblem = z.infer<typeof storageProblemSchema>;

export const libraryListingSchema = z
  .object({
    documents: z.array(libraryEntrySchema),
    trash: z.array(libraryEntrySchema),
    problems: z.array(storageProblemSchema),
  })
  .strict();
export type LibraryListing = z.infer<typeof libraryListingSchema>;
