import { z } from 'zod';
import { editBatchSchema } from '../edits/edit';
import {
  bilingualTitleSchema,
  documentKindSchema,
  documentSchema,
  idSchema,
  isoTimeSchema,
  languageSchema,
} from '../model/document';
import { libraryEntrySchema, libraryListingSchema } from '../model/library';
import { settingsPatchSchema, settingsSchema } from '../model/settings';
import { MAX_IMPORT_BASE64_LENGTH, PROGRAMME_FILE_FORMATS } from '../programme/programmeFiles';
import type { Channel } from './channelNames';
import type { Result } from './result';

/**
 * The one contract between the UI and the services: channel → request schema → response
 * schema. The Electron shell, the browser host and the CLI all validate requests against it;
 * responses are described by schema for typing and tests, not re-validated at run time.
 */
const empty = z.object({}).strict();
const byId = z.object({ id: idSchema }).strict();

export const HOSTS = ['electron', 'browser', 'cli'] as const;
export type HostKind = (typeof HOSTS)[number];

export const appInfoSchema = z
  .object({
    version: z.string(),
    host: z.enum(HOSTS),
    dataDir: z.string(),
    readOnly: z.boolean(),
  })
  .strict();
export type AppInfo = z.infer<typeof appInfoSchema>;

export const createDocumentRequestSchema = z
  .object({ kind: documentKindSchema, title: bilingualTitleSchema, sourceLanguage: languageSchema })
  .strict();
export type CreateDocumentRequest = z.infer<typeof createDocumentRequestSchema>;

export const applyEditsRequestSchema = z
  .object({ id: idSchema, baseRevision: z.number().int().nonnegative(), edits: editBatchSchema })
  .strict();

export const savedRevisionSchema = z
  .object({ revision: z.number().int().nonnegative(), updatedAt: isoTimeSchema })
  .strict();
export type SavedRevision = z.infer<typeof savedRevisionSchema>;

/** A file the user picked, to become a new document: its name and its bytes in base64. */
export const importRequestSchema = z
  .object({
    fileName: z.string().min(1).max(255),
    kind: z.literal('programme'),
    data: z.base64().max(MAX_IMPORT_BASE64_LENGTH),
  })
  .strict();
export type ImportRequest = z.infer<typeof importRequestSchema>;

export const exportProgrammeRequestSchema = z
  .object({ id: idSchema, format: z.enum(PROGRAMME_FILE_FORMATS) })
  .strict();

/** A file for the user to save: the renderer offers it as a download. */
export const exportedFileSchema = z
  .object({ fileName: z.string(), contentType: z.string(), text: z.string() })
  .strict();

export const contract = {
  'app.info': { request: empty, response: appInfoSchema },
  'library.list': { request: empty, response: libraryListingSchema },
  'library.create': { request: createDocumentRequestSchema, response: libraryEntrySchema },
  'library.rename': {
    request: z.object({ id: idSchema, title: bilingualTitleSchema }).strict(),
    response: libraryEntrySchema,
  },
  'library.duplicate': { request: byId, response: libraryEntrySchema },
  'library.trash': { request: byId, response: libraryEntrySchema },
  'library.restore': { request: byId, response: libraryEntrySchema },
  'library.dismissProblem': {
    request: z.object({ problemId: idSchema }).strict(),
    response: z.null(),
  },
  'library.addSamples': { request: empty, response: z.array(libraryEntrySchema) },
  'library.import': { request: importRequestSchema, response: libraryEntrySchema },
  'document.get': { request: byId, response: documentSchema },
  'document.applyEdits': { request: applyEditsRequestSchema, response: savedRevisionSchema },
  'document.exportProgramme': {
    request: exportProgrammeRequestSchema,
    response: exportedFileSchema,
  },
  'settings.get': { request: empty, response: settingsSchema },
  'settings.update': { request: settingsPatchSchema, response: settingsSchema },
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

/** What a caller passes (before defaults and trimming). */
export type RequestOf<C extends Channel> = z.input<(typeof contract)[C]['request']>;
/** What a handler receives, after validation. */
export type ValidRequestOf<C extends Channel> = z.output<(typeof contract)[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<(typeof contract)[C]['response']>;

/** The client side of the contract: one method per channel, resolving to a Result. */
export type DuizhaoApi = {
  [C in Channel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
};

/** The service side: one handler per channel, receiving a validated request. */
export type ContractHandlers = {
  [C in Channel]: (request: ValidRequestOf<C>) => Promise<ResponseOf<C>>;
};
