import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppErrorException } from '../../shared/contract/errors';
import { createI18n, describeError } from '../../shared/i18n/i18n';
import { uiLanguageForLocale } from '../../shared/model/settings';
import { defaultDataDir, resolveDataDir } from '../services/dataDir';
import { openServices } from '../services/openServices';
import { startBrowserHost } from './server';

/**
 * `npm run host`: the same services and contract as the desktop app, behind a loopback HTTP
 * server that also serves the built renderer. For end-to-end tests, and for using Duizhao in a
 * browser where Electron cannot run.
 */
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rendererDir = join(repoRoot, 'out', 'renderer');
const t = createI18n(uiLanguageForLocale(process.env.LC_ALL ?? process.env.LANG)).t;

const { values } = parseArgs({
  options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
  strict: true,
});
const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(
    `--port must be a number from 0 to 65535 (0: any free port), not “${values.port ?? ''}”.`,
  );
  process.exit(1);
}
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error(`The renderer is not built (${rendererDir} is missing). Run: npm run build`);
  process.exit(2);
}

const dataDir = resolveDataDir(process.argv.slice(2), process.env, () => defaultDataDir());
let services;
try {
  services = await openServices({
    host: 'browser',
    dataDir,
    resourcesDir: join(repoRoot, 'resources'),
  });
} catch (error) {
  console.error(error instanceof AppErrorException ? describeError(t, error.error) : error);
  process.exit(2);
}
const host = await startBrowserHost({ handlers: services.handlers, rendererDir, port });
console.log(`Duizhao browser host: ${host.url}`);
console.log(`Data folder: ${dataDir}`);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  void host
    .close()
    .then(() => services.close())
    .finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
