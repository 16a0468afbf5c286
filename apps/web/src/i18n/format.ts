import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** "45 seconds", "14 minutes", "2 hours": rounded up, so a person never comes back too early. */
export function formatWait(t: TFunction, seconds: number | undefined): string {
  if (seconds === undefined || seconds <= 0) return t('errors.moment');
  if (seconds < 60) return t('duration.seconds', { count: Math.ceil(seconds) });
  if (seconds < 3600) return t('duration.minutes', { count: Math.ceil(seconds / 60) });
  return t('duration.hours', { count: Math.ceil(seconds / 3600) });
}

export interface Formatters {
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
}

/** Dates in the interface language's conventions, through Intl. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      date: (iso) => date.format(new Date(iso)),
      dateTime: (iso) => dateTime.format(new Date(iso)),
    };
  }, [language]);
}
