import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import type { Channel } from '../../shared/contract/channelNames';
import type { RequestOf, ResponseOf } from '../../shared/contract/contract';
import { dispatch } from '../../shared/contract/dispatch';
import { AppErrorException, appError } from '../../shared/contract/errors';
import { createI18n, describeError, describeProblem } from '../../shared/i18n/i18n';
import {
  DOCUMENT_KINDS,
  LANGUAGES,
  type DocumentKind,
  type Language,
} from '../../shared/model/document';
import { uiLanguageForLocale } from '../../shared/model/settings';
import { checkProgramme, describeIssue } from '../../shared/programme/checks';
import {
  MAX_IMPORT_BYTES,
  PROGRAMME_FILE_FORMATS,
  type ProgrammeFileFormat,
} from '../../shared/programme/programmeFiles';
import { APP_VERSION } from '../services/appVersion';
import { defaultDataDir, resolveDataDir } from '../services/dataDir';
import { openServices, type Services } from '../services/openServices';
import { printDocument, printLibrary, printStats } from './printing';
import { documentStats } from '../../shared/review/stats';

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_FAILURE = 2;
/** `programme check` found a timetable error: 1, as the issue asks and linters do. */
export const EXIT_CHECK_ERRORS = 1;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  resourcesDir: string;
}

class UsageError extends Error {}

/** The `duizhao` command: the same services and contract as the app, headless. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const t = createI18n(uiLanguageForLocale(io.env.LC_ALL ?? io.env.LC_MESSAGES ?? io.env.LANG)).t;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'data-dir': { type: 'string' },
        json: { type: 'boolean' },
        trash: { type: 'boolean' },
        kind: { type: 'string' },
        'title-zh': { type: 'string' },
        'title-en': { type: 'string' },
        source: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    const dataDir = resolveDataDir(argv, io.env, () => defaultDataDir(io.env));
    const [command, ...rest] = positionals;
    if (values.version) {
      io.out(APP_VERSION);
      return EXIT_OK;
    }
    if (values.help || command === undefined || command === 'help') {
      io.out(t('cli.help', { dataDir: defaultDataDir(io.env) }));
      return command === undefined && !values.help ? EXIT_USAGE : EXIT_OK;
    }
    const open = (readOnly: boolean) =>
      openServices({ host: 'cli', dataDir, resourcesDir: io.resourcesDir, readOnly });

    switch (command) {
      case 'list':
        return await withServices(await open(true), async (call) => {
          const listing = await call('library.list', {});
          if (values.json) io.out(JSON.stringify(listing, null, 2));
          else {
            printLibrary(io.out, t, values.trash ? listing.trash : listing.documents);
            for (const problem of listing.problems) {
              io.err(t('cli.problem', { message: describeProblem(t, problem) }));
            }
          }
          return EXIT_OK;
        });
      case 'new': {
        const request = newDocumentRequest(t, values);
        return await withServices(await open(false), async (call) => {
          io.out((await call('library.create', request)).id);
          return EXIT_OK;
        });
      }
      case 'show': {
        const prefix = requiredId(t, rest[0]);
        return await withServices(await open(true), async (call) => {
          const document = await documentNamed(t, call, prefix);
          if (values.json) io.out(JSON.stringify(document, null, 2));
          else printDocument(io.out, t, document);
          return EXIT_OK;
        });
      }
      case 'stats': {
        const prefix = requiredId(t, rest[0]);
        return await withServices(await open(true), async (call) => {
          const document = await documentNamed(t, call, prefix);
          const stats = documentStats(document);
          const { id, title } = document;
          if (values.json) io.out(JSON.stringify({ id, title, ...stats }, null, 2));
          else printStats(io.out, t, document, stats);
          return EXIT_OK;
        });
      }
      case 'samples':
        return await withServices(await open(false), async (call) => {
          const added = await call('library.addSamples', {});
          io.out(t('cli.samplesAdded'));
          printLibrary(io.out, t, added);
          return EXIT_OK;
        });
      case 'import': {
        const file = rest[0];
        if (!file) throw new UsageError(t('cli.missingFile'));
        oneOf(t, '--kind', values.kind, ['programme']);
        const data = await readImportFile(t, file);
        return await withServices(await open(false), async (call) => {
          const entry = await call('library.import', {
            fileName: basename(file),
            kind: 'programme',
            data,
          });
          io.out(t('cli.imported', { id: entry.id, title: titleOf(entry.title) }));
          return EXIT_OK;
        });
      }
      case 'programme':
        return await programmeCommand(t, io, values, rest, () => open(true));
      default:
        throw new UsageError(t('cli.unknownCommand', { command }));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return EXIT_USAGE;
    }
    if (isParseArgsError(error)) {
      io.err(t('cli.unknownOption', { detail: error.message }));
      return EXIT_USAGE;
    }
    if (error instanceof AppErrorException) {
      io.err(t('cli.failed', { message: describeError(t, error.error) }));
      return EXIT_FAILURE;
    }
    io.err(t('cli.failed', { message: error instanceof Error ? error.message : String(error) }));
    return EXIT_FAILURE;
  }
}

/** `duizhao programme export|check ID`: a programme's files and its timetable checks. */
async function programmeCommand(
  t: TFunction,
  io: CliIo,
  values: { format?: string; out?: string; force?: boolean; json?: boolean },
  [action, prefix]: readonly string[],
  open: () => Promise<Services>,
): Promise<number> {
  if (action !== 'export' && action !== 'check') throw new UsageError(t('cli.programmeUsage'));
  // Usage is checked before the library is opened.
  const format =
    action === 'export'
      ? (oneOf(t, '--format', values.format, PROGRAMME_FILE_FORMATS) as ProgrammeFileFormat)
      : undefined;
  const id = requiredId(t, prefix);
  return withServices(await open(), async (call) => {
    const document = await documentNamed(t, call, id);
    if (format !== undefined) {
      const file = await call('document.exportProgramme', { id: document.id, format });
      if (values.out === undefined) {
        // io.out ends the line itself.
        io.out(file.text.replace(/\r?\n$/, ''));
        return EXIT_OK;
      }
      await writeNew(t, values.out, file.text, values.force ?? false);
      io.out(t('cli.wrote', { file: values.out }));
      return EXIT_OK;
    }
    if (document.kind !== 'programme') {
      throw new AppErrorException(appError('notProgramme', { id: document.id }));
    }
    const issues = checkProgramme(document);
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    if (values.json) {
      const described = issues.map((issue) => ({
        ...issue,
        message: describeIssue(t, document, issue),
      }));
      io.out(JSON.stringify(described, null, 2));
    } else {
      for (const issue of issues) {
        const severity = t(
          issue.severity === 'error' ? 'cli.severityError' : 'cli.severityWarning',
        );
        io.out(t('cli.issue', { severity, message: describeIssue(t, document, issue) }));
      }
      io.out(
        issues.length === 0
          ? t('cli.checkClean')
          : t('cli.checkSummary', { errors, warnings: issues.length - errors }),
      );
    }
    // Like a linter: a timetable error fails the command, so a script can stop on it.
    return errors > 0 ? EXIT_CHECK_ERRORS : EXIT_OK;
  });
}

/** A file to import, as base64; one too large is refused before it is read. */
async function readImportFile(t: TFunction, file: string): Promise<string> {
  try {
    if ((await stat(file)).size > MAX_IMPORT_BYTES) {
      const limit = MAX_IMPORT_BYTES / 2 ** 20;
      throw new AppErrorException(appError('importTooLarge', { file: basename(file), limit }));
    }
    return (await readFile(file)).toString('base64');
  } catch (error) {
    if (error instanceof AppErrorException) throw error;
    throw new Error(t('cli.cannotRead', { file, reason: errorCode(error) }), { cause: error });
  }
}

/** Writes a new file; an existing one is replaced only when asked (--force). */
async function writeNew(t: TFunction, file: string, text: string, force: boolean): Promise<void> {
  try {
    await writeFile(file, text, { encoding: 'utf8', flag: force ? 'w' : 'wx' });
  } catch (error) {
    if (errorCode(error) === 'EEXIST') {
      throw new Error(t('cli.outExists', { file }), { cause: error });
    }
    throw new Error(t('cli.cannotWrite', { file, reason: errorCode(error) }), { cause: error });
  }
}

function errorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error) return String(error.code);
  return error instanceof Error ? error.message : String(error);
}

function titleOf(title: { zh: string; en: string }): string {
  return [title.zh, title.en].filter(Boolean).join(' / ');
}

type Call = <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<ResponseOf<C>>;

/** Runs a command against open services through the contract, and always closes them. */
async function withServices(
  services: Services,
  run: (call: Call) => Promise<number>,
): Promise<number> {
  const call: Call = async (channel, request) => {
    const result = await dispatch(services.handlers, channel, request);
    if (!result.ok) throw new AppErrorException(result.error);
    return result.value as ResponseOf<typeof channel>;
  };
  try {
    return await run(call);
  } finally {
    await services.close();
  }
}

function newDocumentRequest(
  t: TFunction,
  values: { kind?: string; 'title-zh'?: string; 'title-en'?: string; source?: string },
): RequestOf<'library.create'> {
  const kind = oneOf(t, '--kind', values.kind, DOCUMENT_KINDS);
  const source =
    values.source === undefined ? 'zh' : oneOf(t, '--source', values.source, LANGUAGES);
  const zh = values['title-zh']?.trim() ?? '';
  const en = values['title-en']?.trim() ?? '';
  if (!zh && !en)
    throw new UsageError(t('cli.missingOption', { option: '--title-zh / --title-en' }));
  return { kind: kind as DocumentKind, title: { zh, en }, sourceLanguage: source as Language };
}

function oneOf(
  t: TFunction,
  option: string,
  value: string | undefined,
  allowed: readonly string[],
): string {
  if (value === undefined) throw new UsageError(t('cli.missingOption', { option }));
  if (!allowed.includes(value))
    throw new UsageError(t('cli.badValue', { option, values: allowed.join(', ') }));
  return value;
}

function requiredId(t: TFunction, prefix: string | undefined): string {
  if (!prefix) throw new UsageError(t('cli.missingId'));
  return prefix;
}

/** The document an id or id prefix names, in the library or its trash. */
async function documentNamed(
  t: TFunction,
  call: Call,
  prefix: string,
): Promise<ResponseOf<'document.get'>> {
  const id = resolveId(t, prefix, await call('library.list', {}));
  return call('document.get', { id });
}

/** An exact id, or a prefix that names exactly one document (like git's short hashes). */
function resolveId(t: TFunction, prefix: string, listing: ResponseOf<'library.list'>): string {
  const all = [...listing.documents, ...listing.trash];
  if (all.some((entry) => entry.id === prefix)) return prefix;
  const matches = all.filter((entry) => entry.id.startsWith(prefix));
  const [only] = matches;
  if (only && matches.length === 1) return only.id;
  if (matches.length === 0) throw new UsageError(t('cli.noMatch', { id: prefix }));
  throw new UsageError(
    t('cli.ambiguousId', { id: prefix, matches: matches.map((m) => m.id).join(', ') }),
  );
}

function isParseArgsError(error: unknown): error is Error {
  return (
    error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
  );
}
