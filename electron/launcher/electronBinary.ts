import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron executable the electron package has downloaded, or null when it has not (it
 * fetches it at first start; node_modules/electron/path.txt names it once it is there).
 */
export function electronBinary(repoRoot: string): string | null {
  const electronPackage = join(repoRoot, 'node_modules', 'electron');
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronPackage, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
