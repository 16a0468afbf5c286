import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Midday UTC of a YYYY-MM-DD day, so no time zone moves it to the day before or after. */
export function dayOf(isoDay: string): Date {
  return new Date(`${isoDay}T12:00:00Z`);
}

/** The days from `start` to `end` (YYYY-MM-DD), both included; at most 31, for a programme. */
export function daysBetween(start: string, end: string): string[] {
  const days: string[] = [];
  const last = dayOf(end).getTime();
  for (let at = dayOf(start).getTime(); at <= last && days.length < 31; at += 86_400_000) {
    days.push(new Date(at).toISOString().slice(0, 10));
  }
  return days;
}

export interface DialogueFormatters {
  /** "12–13 December 2024", in the interface language. */
  dateRange: (start: string, end: string) => string;
  /** "Thursday 12 December 2024". */
  day: (isoDay: string) => string;
  number: (value: number) => string;
  percent: (share: number) => string;
  /** "Africa, Asia and Europe", with the language's own separators. */
  list: (items: readonly string[]) => string;
}

/** Dates, numbers and shares in the interface language's conventions, through Intl. */
export function useDialogueFormatters(): DialogueFormatters {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => dialogueFormatters(language), [language]);
}

export function dialogueFormatters(language: string): DialogueFormatters {
  const long = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' });
  const integer = new Intl.NumberFormat(language);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const list = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
  return {
    dateRange: (start, end) =>
      start === end ? long.format(dayOf(start)) : long.formatRange(dayOf(start), dayOf(end)),
    day: (isoDay) => weekday.format(dayOf(isoDay)),
    number: (value) => integer.format(value),
    percent: (share) => percent.format(share),
    list: (items) => list.format(items),
  };
}
