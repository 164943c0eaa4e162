import { z } from 'zod';
import { richTextSchema } from './richText';

/**
 * What the review workflow records on a unit: who did what and when, the comment threads, and
 * each confirmed version of each side. Kept in the unit itself so that it travels with it
 * (split, merge, undo) and survives every save.
 */
export const ROLES = ['translator', 'reviewer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const MAX_NAME_LENGTH = 200;
export const MAX_COMMENT_LENGTH = 10_000;

/** Someone working on the document: the name from settings and their working role. */
export const actorSchema = z
  .object({ name: z.string().max(MAX_NAME_LENGTH), role: roleSchema })
  .strict();
export type Actor = z.infer<typeof actorSchema>;

const time = z.iso.datetime({ offset: true });

/** A stamp of who did something and when. */
export const stampSchema = z
  .object({ by: z.string().max(MAX_NAME_LENGTH), role: roleSchema, at: time })
  .strict();
export type Stamp = z.infer<typeof stampSchema>;

export const rejectionSchema = stampSchema
  .extend({ reason: z.string().trim().min(1).max(MAX_COMMENT_LENGTH) })
  .strict();
export type Rejection = z.infer<typeof rejectionSchema>;

export const commentSchema = z
  .object({
    id: z.string().min(1).max(64),
    author: z.string().max(MAX_NAME_LENGTH),
    at: time,
    text: z.string().trim().min(1).max(MAX_COMMENT_LENGTH),
  })
  .strict();
export type Comment = z.infer<typeof commentSchema>;

export const commentThreadSchema = z
  .object({
    id: z.string().min(1).max(64),
    comments: z.array(commentSchema).min(1),
    resolved: stampSchema.optional(),
  })
  .strict();
export type CommentThread = z.infer<typeof commentThreadSchema>;

export const historyEntrySchema = z
  .object({
    side: z.enum(['zh', 'en']),
    text: richTextSchema,
    status: z.enum(['draft', 'translated', 'reviewed', 'approved', 'rejected']),
    by: z.string().max(MAX_NAME_LENGTH),
    role: roleSchema,
    at: time,
  })
  .strict();
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
