/**
 * The languages Convene's interface is translated into, each named in itself. Adding one is an entry here and a
 * JSON file per namespace (see resources.ts). Arabic is written right to left: the whole layout mirrors.
 */
export const LANGUAGES = [
  { code: 'en', label: 'English', dir: 'ltr' },
  { code: 'fr', label: 'Français', dir: 'ltr' },
  { code: 'es', label: 'Español', dir: 'ltr' },
  { code: 'ar', label: 'العربية', dir: 'rtl' },
] as const satisfies readonly { code: string; label: string; dir: 'ltr' | 'rtl' }[];

export type Language = (typeof LANGUAGES)[number];
export type LanguageCode = Language['code'];

export const DEFAULT_LANGUAGE: LanguageCode = 'en';
export const LANGUAGE_STORAGE_KEY = 'convene.language';

export function isLanguageCode(value: string | null | undefined): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

export function languageOf(code: string | null | undefined): Language {
  return LANGUAGES.find((language) => language.code === code) ?? LANGUAGES[0];
}

/** The language to start in before anyone has signed in: the last choice on this device, else the browser's. */
export function initialLanguage(): LanguageCode {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguageCode(stored)) return stored;
  } catch {
    // Storage can be unavailable (private mode, disabled cookies): fall through to the browser's languages.
  }
  for (const tag of window.navigator.languages) {
    const base = tag.split('-')[0]?.toLowerCase();
    if (isLanguageCode(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

export function rememberLanguage(code: LanguageCode): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, code);
  } catch {
    // Not remembering on this device is acceptable; the account keeps the choice when signed in.
  }
}
