import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli';

const resourcesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources');

// `duizhao list | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  resourcesDir,
});
