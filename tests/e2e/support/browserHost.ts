import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../support/paths';

export interface HostProcess {
  readonly url: string;
  readonly dataDir: string;
  readonly process: ChildProcess;
  /** Stops the host (SIGTERM by default; SIGKILL to simulate a crash) and waits for it. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts the browser host (`npm run host` without the build) as its own process, on a free
 * port or the one given, over a data folder; resolves once it prints its URL.
 */
export async function startHost(dataDir: string, port = 0): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/host/main.ts', '--port', String(port), '--data-dir', dataDir],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, LANG: 'en_US.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`host did not start in 20 s:\n${output}`));
    }, 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Duizhao browser host: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${String(code)} before starting:\n${output}`));
    });
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.on('exit', () => resolve());
  });
  return {
    url,
    dataDir,
    process: child,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export async function tempDataFolder(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'duizhao-e2e-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

export function portOf(url: string): number {
  return Number(new URL(url).port);
}
