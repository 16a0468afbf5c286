/**
 * A day (YYYY-MM-DD) as a timestamp at noon UTC, for `useFormatters().date`: midnight UTC would show the day
 * before in the Americas.
 */
export function dateOnly(day: string): string {
  return `${day.slice(0, 10)}T12:00:00Z`;
}
