import { createInstance, type i18n, type InitOptions, type TFunction } from 'i18next';
import type { AppError, ErrorProblem } from '../contract/errors';
import type { StorageProblem } from '../model/library';
import type { UiLanguage } from '../model/settings';
import { resources } from './resources';

export const FALLBACK_LANGUAGE: UiLanguage = 'en';

/** The same i18next setup for the renderer, the Electron menu and the CLI. */
export function i18nOptions(language: UiLanguage): InitOptions {
  return {
    resources,
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: ['zh-CN', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  };
}

/** A ready instance for hosts without React (the Electron menu, the CLI). */
export function createI18n(language: UiLanguage): i18n {
  const instance = createInstance(i18nOptions(language));
  void instance.init();
  return instance;
}

/**
 * An error value from the services, in the user's language. Its problems, if any, follow one
 * per line ("Line 7: …"), unless the caller lists them itself (`problems: false`).
 */
export function describeError(
  t: TFunction,
  error: AppError,
  options: { problems?: boolean } = {},
): string {
  const message = t(error.key, error.params ?? {});
  const problems = options.problems === false ? [] : (error.problems ?? []);
  return [message, ...problems.map((problem) => describeErrorProblem(t, problem))].join('\n');
}

/** One of an error's problems, with its line: "Line 7: “9.00” in start is not a time…". */
export function describeErrorProblem(t: TFunction, problem: ErrorProblem): string {
  const message = t(problem.key, problem.params ?? {});
  return t('importProgramme.line', { line: problem.line, message });
}

/** A file the library could not open, in the user's language. */
export function describeProblem(t: TFunction, problem: StorageProblem): string {
  const reason = t(`problems.reason.${problem.reason}`);
  return problem.movedTo
    ? t('problems.movedAside', { file: problem.file, reason, movedTo: problem.movedTo })
    : t('problems.leftInPlace', { file: problem.file, reason });
}
