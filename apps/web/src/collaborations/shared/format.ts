import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Calendar days (YYYY-MM-DD) in the interface language. Read as UTC so a day never slips to the day before
 * in a time zone west of Greenwich.
 */
export function useDayFormat(): (day: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    return (day) => (day ? format.format(new Date(`${day.slice(0, 10)}T00:00:00Z`)) : '');
  }, [language]);
}

/** Theme keys to names in the user's language (the API's `themes`), falling back to the key. */
export function themeNamer(
  themes: readonly { key: string; name: string }[] | undefined,
): (key: string) => string {
  const names = new Map((themes ?? []).map((theme) => [theme.key, theme.name]));
  return (key) => names.get(key) ?? key;
}
