import { z } from 'zod';
import type { TranslationKey } from '../i18n/resources';

/**
 * Errors cross every boundary (IPC, HTTP, CLI) as values, never as thrown strings. The code says
 * what went wrong, the key is the i18n message for it (errors.<code>), params fill the message's
 * placeholders and detail carries technical text for logs and bug reports.
 */
export const ERROR_CODES = [
  'invalidRequest',
  'unknownChannel',
  'forbiddenSender',
  'documentNotFound',
  'documentUnreadable',
  'documentDamaged',
  'documentTooNew',
  'revisionConflict',
  'editRejected',
  'dataFolderLocked',
  'readOnly',
  'storageFailed',
  'hostUnreachable',
  'internal',
  'importUnreadable',
  'importNotDocument',
  'importWrongKind',
  'importTooLarge',
  'importRows',
  'notProgramme',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;
export type ErrorKey = `errors.${ErrorCode}`;

export type ErrorParams = Record<string, string | number>;

/**
 * One of several things wrong with an input, where it is: a row of an imported table. The UI
 * lists them ("Line 7: …"), so each is a message key and params, not text.
 */
export interface ErrorProblem {
  line: number;
  key: TranslationKey;
  params?: ErrorParams;
}

export interface AppError {
  code: ErrorCode;
  key: ErrorKey;
  params?: ErrorParams;
  detail?: string;
  problems?: ErrorProblem[];
}

const errorParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const appErrorSchema = z
  .object({
    code: errorCodeSchema,
    key: z.string(),
    params: errorParamsSchema.optional(),
    detail: z.string().optional(),
    problems: z
      .array(
        z
          .object({
            line: z.number().int().nonnegative(),
            key: z.string(),
            params: errorParamsSchema.optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

export function appError(
  code: ErrorCode,
  params?: ErrorParams,
  detail?: string,
  problems?: ErrorProblem[],
): AppError {
  const error: AppError = { code, key: `errors.${code}` };
  if (params) error.params = params;
  if (detail) error.detail = detail;
  if (problems && problems.length > 0) error.problems = problems;
  return error;
}

/** Lets service code bail out with a typed error; the dispatcher turns it back into a value. */
export class AppErrorException extends Error {
  constructor(readonly error: AppError) {
    super(error.detail ?? error.code);
    this.name = 'AppErrorException';
  }
}

export function fail(
  code: ErrorCode,
  params?: ErrorParams,
  detail?: string,
  problems?: ErrorProblem[],
): never {
  throw new AppErrorException(appError(code, params, detail, problems));
}

export function isAppError(value: unknown): value is AppError {
  return appErrorSchema.safeParse(value).success;
}
