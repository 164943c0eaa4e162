import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** A fresh, empty data folder for one test; `remove` deletes it. */
export async function tempDataDir(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'duizhao-test-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** A fresh data folder for each test of the calling file, removed after it; read `path` in a test. */
export function tempDataDirPerTest(): { readonly path: string } {
  let current: Awaited<ReturnType<typeof tempDataDir>> | null = null;
  beforeEach(async () => {
    current = await tempDataDir();
  });
  afterEach(async () => {
    await current?.remove();
    current = null;
  });
  return {
    get path() {
      if (!current) throw new Error('the temporary data folder exists only during a test');
      return current.path;
    },
  };
}
