import { runCli } from '../../electron/cli/cli';
import { RESOURCES_DIR } from './paths';

/**
 * Runs the `duizhao` CLI in-process against a data folder, in a given system language, and
 * returns its exit code and what it printed.
 */
export function cliRunner(dataDir: () => string) {
  return async (args: string[], lang = 'en_US.UTF-8') => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli([...args, '--data-dir', dataDir()], {
      out: (text) => out.push(text),
      err: (text) => err.push(text),
      env: { LANG: lang, HOME: '/home/someone' },
      resourcesDir: RESOURCES_DIR,
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
}
