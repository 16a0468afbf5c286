import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const DAY = 86_400_000;

/** A calendar day (YYYY-MM-DD) as a UTC instant, so arithmetic and formatting never shift it by a time zone. */
function utc(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Today on this device, YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return new Date(utc(day) + days * DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY);
}

export type DueGroup = 'overdue' | 'week' | 'later' | 'done';

/** Where a follow-up belongs on "My follow-ups": overdue (the API's rule), due within 7 days, later, or done. */
export function dueGroupOf(
  followUp: { status: string; overdue: boolean; dueDate: string },
  on: string = today(),
): DueGroup {
  if (followUp.status === 'DONE' || followUp.status === 'CANCELLED') return 'done';
  if (followUp.overdue || followUp.dueDate < on) return 'overdue';
  return daysBetween(on, followUp.dueDate) <= 6 ? 'week' : 'later';
}

export interface DayFormatters {
  /** "tomorrow", "in 3 days", "2 days ago", in the interface language. */
  relative: (day: string) => string;
  /** "27 Nov 2026", in the interface language. */
  absolute: (day: string) => string;
}

export function useDayFormatters(): DayFormatters {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    const absolute = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      relative: (day) => relative.format(daysBetween(today(), day), 'day'),
      absolute: (day) => absolute.format(new Date(utc(day))),
    };
  }, [language]);
}
