import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, type LanguageCode } from './languages';
import { englishResources, resources } from './resources';

type Tree = { [key: string]: unknown };

/**
 * English has two plural forms (`_one`, `_other`); Arabic has six (zero, one, two, few, many, other). A form a
 * translation does not spell out takes the language's own `_other` text, never the English fallback: a
 * translator may add `_two` or `_few` where the sentence needs it, and a missing one still reads in Arabic.
 */
export function completePlurals(tree: Tree, language: string): Tree {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const out: Tree = {};
  for (const [key, value] of Object.entries(tree)) {
    out[key] = value !== null && typeof value === 'object' ? completePlurals(value as Tree, language) : value;
  }
  for (const [key, value] of Object.entries(tree)) {
    if (!key.endsWith('_other') || typeof value !== 'string') continue;
    const base = key.slice(0, -'_other'.length);
    for (const category of categories) {
      const form = `${base}_${category}`;
      if (!(form in out)) out[form] = value;
    }
  }
  return out;
}

const completed = Object.fromEntries(
  Object.entries(resources).map(([language, namespaces]) => [
    language,
    Object.fromEntries(
      Object.entries(namespaces).map(([namespace, tree]) => [
        namespace,
        completePlurals(tree as Tree, language),
      ]),
    ),
  ]),
);

/** A fresh, synchronously initialised i18next instance; the app makes one, each test makes its own. */
export function createI18n(language: LanguageCode = DEFAULT_LANGUAGE): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: completed,
    ns: Object.keys(englishResources),
    defaultNS: 'translation',
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES.map((l) => l.code),
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
