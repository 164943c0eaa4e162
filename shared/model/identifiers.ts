import { z } from 'zod';

/**
 * Identifiers name files on disk (documents/<id>.json), so they are restricted to characters
 * that are safe in every file system and can never form a path.
 */
export const ID_PATTERN = '[A-Za-z0-9][A-Za-z0-9_-]{0,63}';
export const idSchema = z
  .string()
  .regex(new RegExp(`^${ID_PATTERN}$`), 'expected an id of letters, digits, - and _');
export type Id = z.infer<typeof idSchema>;

export const isoTimeSchema = z.iso.datetime({ offset: true });
