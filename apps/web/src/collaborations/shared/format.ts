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

/** The API gives each value as JSON text: show it as words (lists joined, nothing as a dash). */
export function historyValue(value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return value;
  }
  if (parsed === null || parsed === '') return '—';
  if (Array.isArray(parsed))
    return parsed.length ? parsed.map((item) => historyValue(JSON.stringify(item))).join(', ') : '—';
  if (typeof parsed === 'object') return JSON.stringify(parsed);
  return typeof parsed === 'string' ? parsed : JSON.stringify(parsed);
}
