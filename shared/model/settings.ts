import { z } from 'zod';
import { MAX_NAME_LENGTH, roleSchema } from './review';

export const UI_LANGUAGES = ['zh-CN', 'en'] as const;
export const uiLanguageSchema = z.enum(UI_LANGUAGES);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

/** 2: the working role (translator or reviewer). */
export const SETTINGS_SCHEMA_VERSION = 2;

export const settingsSchema = z
  .object({
    schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
    /** null until the user picks one: the UI then follows the operating system's language. */
    uiLanguage: uiLanguageSchema.nullable(),
    /** Recorded on comments and history entries. */
    authorName: z.string().trim().max(MAX_NAME_LENGTH),
    /** What Ctrl+Enter confirms to: translated (translator) or reviewed (reviewer). */
    role: roleSchema,
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  uiLanguage: null,
  authorName: '',
  role: 'translator',
};

export const settingsMigrations: Readonly<
  Record<number, (data: Record<string, unknown>) => Record<string, unknown>>
> = {
  1: (data) => ({ ...data, role: 'translator' }),
};

export const settingsPatchSchema = settingsSchema.omit({ schemaVersion: true }).partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** The UI language for an OS or browser locale such as "zh-Hans-CN", "zh-TW" or "en-GB". */
export function uiLanguageForLocale(locale: string | undefined): UiLanguage {
  return locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
