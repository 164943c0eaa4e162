import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const PRODUCT_NAME = 'Duizhao';
export const DATA_DIR_ENV = 'DUIZHAO_DATA_DIR';

/**
 * Electron's userData folder for Duizhao, computed without Electron so that the CLI and the
 * browser host find the same library the desktop app uses.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_NAME);
}

/** The value of `--data-dir PATH` or `--data-dir=PATH`, if given. */
export function dataDirFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--data-dir') return argv[i + 1];
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return undefined;
}

/** `--data-dir` wins over DUIZHAO_DATA_DIR, which wins over the host's default. */
export function resolveDataDir(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  fallback: () => string,
): string {
  const chosen = dataDirFlag(argv) ?? env[DATA_DIR_ENV];
  return resolve(chosen && chosen.trim() !== '' ? chosen : fallback());
}
