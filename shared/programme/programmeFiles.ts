import { z } from 'zod';
import { appError, type AppError } from '../contract/errors';
import {
  DOCUMENT_SCHEMA_VERSION,
  MAX_TITLE_LENGTH,
  documentSchema,
  migrateDocument,
  type BilingualTitle,
  type DuizhaoDocument,
} from '../model/document';
import { decodeText } from '../text/decodeText';
import { agendaTableOf, readAgendaTable } from './agendaTable';

/**
 * Programme files in and out: a Duizhao document as JSON, or the agenda as CSV or TSV
 * (agendaTable.ts). Pure: the services hand in bytes and ids and store what comes back.
 */
export const PROGRAMME_FILE_FORMATS = ['json', 'csv', 'tsv'] as const;
export type ProgrammeFileFormat = (typeof PROGRAMME_FILE_FORMATS)[number];

/** Larger files are refused before they are read: an agenda is kilobytes, not megabytes. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** The length of MAX_IMPORT_BYTES in base64, for the contract's request limit. */
export const MAX_IMPORT_BASE64_LENGTH = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

const EXTENSIONS: Record<string, ProgrammeFileFormat> = { json: 'json', csv: 'csv', tsv: 'tsv' };

/**
 * By extension; failing that (or for .txt, which may be either), by content: an object is
 * JSON, a tab in the first line TSV (Excel's "Unicode text" is a tab-separated .txt), else CSV.
 */
export function formatOfFile(fileName: string, text: string): ProgrammeFileFormat {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const known = extension === undefined ? undefined : EXTENSIONS[extension];
  if (known) return known;
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return 'json';
  return (start.split(/\r\n|\n|\r/, 1)[0] ?? '').includes('\t') ? 'tsv' : 'csv';
}

export interface ImportContext {
  newId: () => string;
  now: Date;
}

export type ImportOutcome =
  { ok: true; document: DuizhaoDocument } | { ok: false; error: AppError };

/** A new programme document from a file's bytes, or why there is none. */
export function importProgrammeFile(
  fileName: string,
  bytes: Uint8Array,
  context: ImportContext,
): ImportOutcome {
  const file = baseName(fileName);
  if (bytes.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error: appError('importTooLarge', { file, limit: MAX_IMPORT_BYTES / 2 ** 20 }),
    };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return { ok: false, error: appError('importUnreadable', { file }, decoded.detail) };
  }
  const format = formatOfFile(file, decoded.text);
  return format === 'json'
    ? fromDocumentJson(file, decoded.text, context)
    : fromAgendaTable(file, decoded.text, format, context);
}

function fromDocumentJson(file: string, text: string, context: ImportContext): ImportOutcome {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: appError('importNotDocument', { file }, String(error)) };
  }
  const read = migrateDocument(raw);
  if (!read.ok) {
    return {
      ok: false,
      error:
        read.reason === 'tooNew'
          ? appError('documentTooNew', { file }, read.detail)
          : appError('importNotDocument', { file }, read.detail),
    };
  }
  if (read.value.kind !== 'programme') {
    return { ok: false, error: appError('importWrongKind', { file }, `kind ${read.value.kind}`) };
  }
  // A copy, not the same document: a new id, a new history of saves, never in the trash.
  const { trashedAt: _trashed, ...document } = read.value;
  const time = context.now.toISOString();
  return {
    ok: true,
    document: { ...document, id: context.newId(), revision: 0, createdAt: time, updatedAt: time },
  };
}

function fromAgendaTable(
  file: string,
  text: string,
  format: 'csv' | 'tsv',
  context: ImportContext,
): ImportOutcome {
  const read = readAgendaTable(text, format, context.newId);
  if (!read.ok) {
    const rows = new Set(read.problems.map((problem) => problem.line)).size;
    return { ok: false, error: appError('importRows', { file, rows }, undefined, read.problems) };
  }
  const time = context.now.toISOString();
  const hasChinese = read.units.some((unit) => unit.zh.length > 0);
  const hasEnglish = read.units.some((unit) => unit.en.length > 0);
  const document: DuizhaoDocument = {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    id: context.newId(),
    kind: 'programme',
    title: titleOfFile(file),
    sourceLanguage: !hasChinese && hasEnglish ? 'en' : 'zh',
    createdAt: time,
    updatedAt: time,
    revision: 0,
    units: read.units,
    programme: read.programme,
  };
  // The reader keeps the schema's limits; this is the last word before anything is stored.
  const checked = documentSchema.safeParse(document);
  if (!checked.success) {
    return {
      ok: false,
      error: appError('importNotDocument', { file }, z.prettifyError(checked.error)),
    };
  }
  return { ok: true, document: checked.data };
}

/** The name without folders: a CLI may pass a path, a browser passes a bare name. */
function baseName(fileName: string): string {
  return fileName.split(/[/\\]/).pop() ?? fileName;
}

/** A title from a file name: 第二十一届年会议程.csv is Chinese, agenda-2019.csv English. */
export function titleOfFile(fileName: string): BilingualTitle {
  const stem =
    baseName(fileName)
      .replace(/\.[^.]*$/, '')
      .trim() || baseName(fileName).trim();
  const title = (stem || 'Programme').slice(0, MAX_TITLE_LENGTH).trim();
  return /\p{Script=Han}/u.test(title) ? { zh: title, en: '' } : { zh: '', en: title };
}

export interface ExportedFile {
  fileName: string;
  contentType: string;
  text: string;
}

const CONTENT_TYPES: Record<ProgrammeFileFormat, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  tsv: 'text/tab-separated-values;charset=utf-8',
};

/** A programme as a file to save: the document as stored, or its agenda as a table. */
export function exportProgrammeFile(
  document: DuizhaoDocument,
  format: ProgrammeFileFormat,
): ExportedFile {
  const text =
    format === 'json' ? `${JSON.stringify(document, null, 2)}\n` : agendaTableOf(document, format);
  return {
    fileName: `${fileNameOf(document)}.${format}`,
    contentType: CONTENT_TYPES[format],
    text,
  };
}

/** The title as a file name every system accepts: no path or reserved characters, not too long. */
function fileNameOf(document: DuizhaoDocument): string {
  const title = document.title.zh || document.title.en;
  // eslint-disable-next-line no-control-regex
  const safe = title.replace(/[\u0000-\u001F\u007F<>:"/\\|?*]+/g, ' ').replace(/\s+/g, ' ');
  return safe.trim().replace(/^\.+/, '').slice(0, 100).trim() || document.id;
}
