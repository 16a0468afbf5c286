import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';
import { englishResources, resources, type Namespace } from './resources';

type Tree = { [key: string]: string | Tree };

function entries(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : entries(value, `${prefix}${key}.`),
  );
}

/**
 * A translation may spell out the plural forms its language has and English lacks (Arabic: zero, two, few,
 * many); those count as the English key. Forms it leaves out take its own `_other` text (see completePlurals).
 */
function withoutExtraPlurals(keys: string[], code: string): string[] {
  const categories = new Intl.PluralRules(code)
    .resolvedOptions()
    .pluralCategories.filter((category) => category !== 'one' && category !== 'other');
  const extra = new RegExp(`_(${categories.join('|') || '(?!)'})$`);
  return keys.filter((key) => !extra.test(key) || !keys.includes(key.replace(extra, '_other')));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const namespaces = Object.keys(englishResources) as Namespace[];
const translations = LANGUAGES.filter((language) => language.code !== 'en');

describe.each(namespaces)('the %s texts', (namespace) => {
  const english = new Map(entries(englishResources[namespace]));

  it.each(translations)('in $label have exactly the keys English has', ({ code }) => {
    const translated = new Map(entries(resources[code][namespace] as Tree));
    expect(withoutExtraPlurals([...translated.keys()], code).sort()).toEqual([...english.keys()].sort());
  });

  it.each(translations)('in $label keep every placeholder of the English text', ({ code }) => {
    const translated = new Map(entries(resources[code][namespace] as Tree));
    for (const [key, text] of english) {
      expect({ key, placeholders: placeholders(translated.get(key) ?? '') }).toEqual({
        key,
        placeholders: placeholders(text),
      });
    }
  });

  it.each(LANGUAGES)('in $label have no empty text', ({ code }) => {
    for (const [key, text] of entries(resources[code][namespace] as Tree))
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });
});

describe('plural forms', () => {
  it('in Arabic fall back to the Arabic text, not the English one, for every count', async () => {
    const { createI18n } = await import('./i18n');
    const i18n = createI18n('ar');
    for (const count of [0, 1, 2, 3, 11, 100]) {
      expect(i18n.t('users.count', { count })).toContain('مستخدم');
    }
  });
});
