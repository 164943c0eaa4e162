import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createI18n } from '../../shared/i18n/i18n';
import { uiLanguageForLocale } from '../../shared/model/settings';
import { electronBinary } from './electronBinary';

/**
 * `npm start`: build, then launch the desktop app. Electron fetches its binary the first time
 * it starts; where that download cannot happen (an offline machine, a closed network), say so
 * plainly and point to the browser host instead of failing with a stack trace.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const electronPackage = join(root, 'node_modules', 'electron');
const t = createI18n(uiLanguageForLocale(process.env.LC_ALL ?? process.env.LANG)).t;

function run(args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

let binary = electronBinary(root);
if (!binary) {
  console.log(t('launcher.downloading'));
  const download = run([join(electronPackage, 'install.js')]);
  binary = electronBinary(root);
  if (!binary) {
    const reason = download.output.split('\n').find((line) => line.trim() !== '') ?? '';
    console.error(t('launcher.unavailable', { reason: reason.trim() }));
    process.exit(1);
  }
}

const app = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
app.on('exit', (code) => process.exit(code ?? 0));
