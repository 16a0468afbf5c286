import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';
import { DEFAULT_LANGUAGE, LANGUAGES, type LanguageCode } from './languages';

export const resources = {
  en: { translation: en },
  fr: { translation: fr },
} as const satisfies Record<LanguageCode, { translation: typeof en }>;

/** A fresh, synchronously initialised i18next instance; the app makes one, each test makes its own. */
export function createI18n(language: LanguageCode = DEFAULT_LANGUAGE): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES.map((l) => l.code),
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
