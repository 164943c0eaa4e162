import { z } from 'zod';
import { MAX_NOTE_LENGTH, idSchema, languageSchema, unitSchema } from '../model/document';
import { richTextSchema } from '../model/richText';

/**
 * A change to a document's content, as the editor sends it to be saved. Edits are small and
 * name units by id, so a batch can be checked and applied as one step, all or nothing.
 */
export const editSchema = z.discriminatedUnion('op', [
  z
    .object({
      op: z.literal('setText'),
      unitId: idSchema,
      side: languageSchema,
      text: richTextSchema,
    })
    .strict(),
  z
    .object({
      op: z.literal('insertUnit'),
      index: z.number().int().nonnegative(),
      unit: unitSchema,
    })
    .strict(),
  z.object({ op: z.literal('deleteUnit'), unitId: idSchema }).strict(),
  z
    .object({
      op: z.literal('moveUnit'),
      unitId: idSchema,
      toIndex: z.number().int().nonnegative(),
    })
    .strict(),
  z
    .object({
      op: z.literal('setNote'),
      unitId: idSchema,
      note: z.string().max(MAX_NOTE_LENGTH).nullable(),
    })
    .strict(),
]);
export type Edit = z.infer<typeof editSchema>;

export const MAX_EDITS_PER_SAVE = 10_000;
export const editBatchSchema = z.array(editSchema).min(1).max(MAX_EDITS_PER_SAVE);
