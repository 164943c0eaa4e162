import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import type { Channel } from '../../shared/contract/channelNames';
import type { RequestOf, ResponseOf } from '../../shared/contract/contract';
import { dispatch } from '../../shared/contract/dispatch';
import { AppErrorException } from '../../shared/contract/errors';
import { createI18n, describeError, describeProblem } from '../../shared/i18n/i18n';
import {
  DOCUMENT_KINDS,
  LANGUAGES,
  type DocumentKind,
  type Language,
} from '../../shared/model/document';
import { uiLanguageForLocale } from '../../shared/model/settings';
import { APP_VERSION } from '../services/appVersion';
import { defaultDataDir, resolveDataDir } from '../services/dataDir';
import { openServices, type Services } from '../services/openServices';
import { printDocument, printLibrary, printStats } from './printing';
import { documentStats } from '../../shared/review/stats';

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_FAILURE = 2;

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
