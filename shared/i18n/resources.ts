import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import type { UiLanguage } from '../model/settings';

/**
 * The UI's words in both languages. English is the reference shape for typed keys; a test
 * checks that zh-CN has exactly the same keys (Chinese needs only the `_other` plural form)
 * and that every key is used somewhere.
 */
export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const satisfies Record<UiLanguage, { translation: object }>;

export type TranslationResource = typeof en;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type WithoutPlural<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

/** Any message key, for data that names a message (commands, errors, problem reasons). */
export type TranslationKey = WithoutPlural<Leaves<TranslationResource>>;
