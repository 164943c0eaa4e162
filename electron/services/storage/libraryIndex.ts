import { z } from 'zod';
import { libraryEntrySchema, storageProblemSchema } from '../../../shared/model/library';
import type { VersionedFormat } from '../../../shared/model/versioned';

/**
 * library.json: what the library shows without opening every document, plus the problems found
 * so far. It is derived data — each entry records the size and mtime of the document file it
 * was read from, and a file that no longer matches is read again at start-up — so a lost or
 * corrupt index costs a rescan, never a document.
 */
export const indexEntrySchema = libraryEntrySchema
  .extend({ file: z.object({ size: z.number(), mtimeMs: z.number() }).strict() })
  .strict();
export type IndexEntry = z.infer<typeof indexEntrySchema>;

export const LIBRARY_INDEX_SCHEMA_VERSION = 1;

export const libraryIndexSchema = z
  .object({
    schemaVersion: z.literal(LIBRARY_INDEX_SCHEMA_VERSION),
    entries: z.array(indexEntrySchema),
    problems: z.array(storageProblemSchema),
  })
  .strict();
export type LibraryIndex = z.infer<typeof libraryIndexSchema>;

export const libraryIndexFormat: VersionedFormat<LibraryIndex> = {
  currentVersion: LIBRARY_INDEX_SCHEMA_VERSION,
  schema: libraryIndexSchema,
  migrations: {},
};

export function emptyLibraryIndex(): LibraryIndex {
  return { schemaVersion: LIBRARY_INDEX_SCHEMA_VERSION, entries: [], problems: [] };
}
