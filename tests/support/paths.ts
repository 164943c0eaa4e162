import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESOURCES_DIR = join(REPO_ROOT, 'resources');

/**
 * ../shared beside the repository: reference material and test data, never copied into the
 * repo. Tests that need it fail loudly when it is missing instead of quietly passing.
 */
export const SHARED_DIR = resolve(REPO_ROOT, '..', 'shared');

export function sharedPath(...parts: string[]): string {
  const path = join(SHARED_DIR, ...parts);
  if (!existsSync(path)) {
    throw new Error(
      `Test data missing: ${path}. The ../shared folder must sit beside the repository (see README).`,
    );
  }
  return path;
}
