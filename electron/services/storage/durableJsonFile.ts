import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import type { StorageProblemReason } from '../../../shared/model/library';

/** A file that exists but could not be read as JSON. */
export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: Extract<
      StorageProblemReason,
      'notJson' | 'truncated' | 'notUtf8' | 'unreadable'
    >,
    detail: string,
  ) {
    super(detail);
    this.name = 'UnreadableFileError';
  }
}

let temporarySequence = 0;

/**
 * A lowdb adapter whose writes survive a crash or power cut at any moment: the JSON goes to a
 * temporary file of its own, is fsynced, renamed over the target, and the folder is fsynced so
 * the rename itself is durable. lowdb's own writer (steno) renames but never fsyncs, and two
 * writers sharing its temp name corrupt each other. Writes through one adapter are serialised.
 *
 * `read` returns the parsed JSON without judging its shape: that is the caller's job, through
 * the file's schema and migrations.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly options: { pretty?: boolean } = {},
  ) {}

  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.path);
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return null;
      throw new UnreadableFileError(this.path, 'unreadable', errorMessage(error));
    }
    return parseJson(this.path, decodeUtf8(this.path, bytes)) as T;
  }

  write(data: T): Promise<void> {
    const text = JSON.stringify(data, null, this.options.pretty ? 2 : undefined) + '\n';
    const next = this.queue.then(() => writeDurably(this.path, text));
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/**
 * Duizhao writes UTF-8 only. A file in another encoding (GBK is common on Chinese Windows)
 * would decode into replacement characters and could still parse: refuse it instead, so
 * nothing garbled is ever loaded and saved over the original.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableFileError(
      file,
      'notUtf8',
      'the file is not UTF-8 text (GBK or another legacy encoding?)',
    );
  }
}

export function parseJson(file: string, text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new UnreadableFileError(file, 'truncated', 'the file is empty');
  try {
    return JSON.parse(body);
  } catch (error) {
    // The text was cut short when parsing fails at its very end: V8 says "Unexpected end of
    // JSON input", or names the position where the text stops.
    const message = errorMessage(error);
    const position = /at position (\d+)/.exec(message)?.[1];
    const truncated =
      /end of JSON input/i.test(message) ||
      (position !== undefined && Number(position) >= body.trimEnd().length);
    throw new UnreadableFileError(file, truncated ? 'truncated' : 'notJson', message);
  }
}

export async function writeDurably(path: string, text: string): Promise<void> {
  temporarySequence += 1;
  const temporary = `${path}.${process.pid}.${temporarySequence}.tmp`;
  try {
    const handle = await open(temporary, 'w', 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path));
}

/**
 * Makes a rename in `folder` durable. Windows cannot open a folder for fsync (NTFS journals
 * the rename), and some network and FUSE file systems refuse to fsync one: the rename has
 * happened, so those refusals are not failures.
 */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } catch (error) {
    if (!['EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EISDIR'].some((code) => isErrno(error, code)))
      throw error;
  } finally {
    await handle.close();
  }
}

/** True for temporary files left behind by a write that was interrupted. */
export function isLeftoverTemporary(fileName: string): boolean {
  return /\.\d+\.\d+\.tmp$/.test(basename(fileName));
}

export function isErrno(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
