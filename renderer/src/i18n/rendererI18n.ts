import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nOptions } from '../../../shared/i18n/i18n';
import { uiLanguageForLocale, type UiLanguage } from '../../../shared/model/settings';

/** The operating system's language as the page sees it (Electron passes the OS locale on). */
export function systemLanguage(): UiLanguage {
  return uiLanguageForLocale(navigator.languages[0] ?? navigator.language);
}

export function createRendererI18n(language: UiLanguage): i18n {
  const instance = createInstance(i18nOptions(language));
  instance.use(initReactI18next);
  void instance.init();
  return instance;
}

/** Keeps <html lang> in step with the UI language, so fonts and screen readers follow it. */
export function applyDocumentLanguage(language: UiLanguage): void {
  document.documentElement.lang = language;
}
