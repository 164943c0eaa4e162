import 'i18next';
import type { TranslationResource } from './resources';

// Typed keys everywhere i18next is used: a misspelt key is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: TranslationResource };
  }
}
