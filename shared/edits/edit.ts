import { z } from 'zod';
import {
  MAX_NOTE_LENGTH,
  idSchema,
  isoTimeSchema,
  languageSchema,
  unitSchema,
} from '../model/document';
import { programmeSchema } from '../model/programme';
import { actorSchema, MAX_COMMENT_LENGTH } from '../model/review';
import { richTextSchema } from '../model/richText';

/**
 * A change to a document's content, as the editor sends it to be saved. Edits name units by
 * id, so a batch can be checked and applied as one step, all or nothing. An edit that records
 * who did it and when carries both, so the renderer and the service, applying the same edit,
 * reach the same document.
 */
const by = { actor: actorSchema, at: isoTimeSchema };

export const editSchema = z.discriminatedUnion('op', [
  z
    .object({
      op: z.literal('setText'),
      unitId: idSchema,
      side: languageSchema,
      text: richTextSchema,
      ...by,
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
  /** Puts a unit back exactly as it was: what undo sends. */
  z.object({ op: z.literal('putUnit'), unit: unitSchema }).strict(),
  /** Confirm the target at the actor's level (translator: translated, reviewer: reviewed). */
  z.object({ op: z.literal('confirm'), unitId: idSchema, ...by }).strict(),
  z.object({ op: z.literal('approve'), unitId: idSchema, ...by }).strict(),
  z
    .object({
      op: z.literal('reject'),
      unitId: idSchema,
      reason: z.string().trim().min(1).max(MAX_COMMENT_LENGTH),
      ...by,
    })
    .strict(),
  /** A new thread (a new threadId) or a reply in an existing one. */
  z
    .object({
      op: z.literal('addComment'),
      unitId: idSchema,
      threadId: idSchema,
      commentId: idSchema,
      text: z.string().trim().min(1).max(MAX_COMMENT_LENGTH),
      ...by,
    })
    .strict(),
  z
    .object({
      op: z.literal('resolveThread'),
      unitId: idSchema,
      threadId: idSchema,
      resolved: z.boolean(),
      ...by,
    })
    .strict(),
  /** Splits a unit in two at a character offset on each side; the second part gets newUnitId. */
  z
    .object({
      op: z.literal('split'),
      unitId: idSchema,
      newUnitId: idSchema,
      at: z
        .object({ zh: z.number().int().nonnegative(), en: z.number().int().nonnegative() })
        .strict(),
    })
    .strict(),
  /** Merges a unit with the one after it. */
  z.object({ op: z.literal('merge'), unitId: idSchema }).strict(),
  /**
   * Replaces a programme's structure (null: back to none). Units it names must exist by the
   * end of the batch: insert new texts before this edit, delete dropped ones after it.
   */
  z.object({ op: z.literal('setProgramme'), programme: programmeSchema.nullable() }).strict(),
]);
export type Edit = z.infer<typeof editSchema>;
export type EditOp = Edit['op'];

export const MAX_EDITS_PER_SAVE = 10_000;
export const editBatchSchema = z.array(editSchema).min(1).max(MAX_EDITS_PER_SAVE);
