import { readFileSync, unlinkSync } from 'node:fs';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { fail } from '../../../shared/contract/errors';
import { isErrno } from './durableJsonFile';

export const LOCK_FILE_NAME = 'duizhao.lock';

export interface LockOwner {
  pid: number;
  hostname: string;
  host: string;
  startedAt: string;
}

export interface DataFolderLock {
  readonly path: string;
  release(): void;
}

/**
 * One writer per data folder. The lock is a file created exclusively and holding the owner's
 * pid; a lock whose process is gone (a crash, a SIGKILL, a power cut) is taken over, so a
 * restart never needs a manual clean-up. proper-lockfile was considered: its staleness is judged by mtime, which
 * makes a restart right after a crash wait or fail; a pid tells at once.
 */
export async function acquireDataFolderLock(
  dataDir: string,
  host: string,
): Promise<DataFolderLock> {
  const path = join(dataDir, LOCK_FILE_NAME);
  const me: LockOwner = {
    pid: process.pid,
    hostname: hostname(),
    host,
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 20; attempt += 1) {
    if (await tryCreate(path, me)) return holdLock(path, me);
    const owner = await readOwner(path);
    if (owner === 'gone') continue;
    if (owner === 'unfinished') {
      // Another process is writing its owner record right now, or crashed while doing so.
      if (await olderThan(path, 5_000)) await unlink(path).catch(() => undefined);
      else await delay(50);
      continue;
    }
    if (owner.hostname === me.hostname && isStale(owner)) {
      await takeOver(path, owner);
      continue;
    }
    fail('dataFolderLocked', { pid: owner.pid, host: owner.host, since: owner.startedAt, dataDir });
  }
  fail('dataFolderLocked', { pid: 0, host: '?', since: '?', dataDir }, 'lock contention');
}

/** The owner is gone: its process has ended, or the machine has restarted since it started. */
function isStale(owner: LockOwner): boolean {
  const bootedAt = Date.now() - uptime() * 1_000;
  const startedAt = Date.parse(owner.startedAt);
  // After a reboot the pid may belong to some other program by now.
  if (Number.isFinite(startedAt) && startedAt < bootedAt - 60_000) return true;
  return !processIsAlive(owner.pid);
}

/**
 * Removes a stale lock, one process at a time: two starting at once must not both decide the
 * lock is stale, each remove it, and the second remove the first one's fresh lock.
 */
export async function takeOver(path: string, stale: LockOwner): Promise<void> {
  const guard = `${path}.takeover`;
  let handle;
  try {
    handle = await open(guard, 'wx');
  } catch (error) {
    if (!isErrno(error, 'EEXIST')) throw error;
    if (await olderThan(guard, 5_000)) await unlink(guard).catch(() => undefined);
    else await delay(50);
    return;
  }
  try {
    await handle.close();
    const current = await readOwner(path);
    if (
      typeof current === 'object' &&
      current.pid === stale.pid &&
      current.startedAt === stale.startedAt
    ) {
      await unlink(path).catch(() => undefined);
    }
  } finally {
    await unlink(guard).catch(() => undefined);
  }
}

async function tryCreate(path: string, owner: LockOwner): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx', 0o644);
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    throw error;
  }
  try {
    await handle.writeFile(JSON.stringify(owner));
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

async function readOwner(path: string): Promise<LockOwner | 'gone' | 'unfinished'> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return 'gone';
    throw error;
  }
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    if (typeof owner.pid === 'number' && typeof owner.hostname === 'string') {
      return {
        pid: owner.pid,
        hostname: owner.hostname,
        host: owner.host ?? '?',
        startedAt: owner.startedAt ?? '?',
      };
    }
  } catch {
    // fall through: an empty or half-written record
  }
  return 'unfinished';
}

function holdLock(path: string, me: LockOwner): DataFolderLock {
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.off('exit', release);
    try {
      const current = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
      if (current.pid === me.pid && current.startedAt === me.startedAt) unlinkSync(path);
    } catch {
      // already gone, or no longer ours: nothing to release
    }
  };
  process.on('exit', release);
  return { path, release };
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return isErrno(error, 'EPERM');
  }
}

async function olderThan(path: string, ms: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs > ms;
  } catch {
    return false;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
