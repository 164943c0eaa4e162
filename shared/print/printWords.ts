import type { Language } from '../model/document';
import { resources, type TranslationKey } from '../i18n/resources';

/** A word of the printed programme: a key under `print` in the locale files. */
export type PrintKey = Extract<TranslationKey, `print.${string}`>;

const TREES: Record<Language, unknown> = {
  zh: resources['zh-CN'].translation,
  en: resources.en.translation,
};

/**
 * A print word in a given language, whatever the UI language: the printed programme carries
 * both. `{{name}}` placeholders are filled from `params`, unescaped (callers escape for HTML).
 */
export function printWord(
  key: PrintKey,
  lang: Language,
  params: Record<string, string | number> = {},
): string {
  let node = TREES[lang];
  for (const part of key.split('.')) {
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  const text = typeof node === 'string' ? node : key;
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(params[name] ?? whole));
}
