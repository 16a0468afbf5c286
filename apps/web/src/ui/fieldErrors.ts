import type { AppError, FieldError } from './errors';

export type FieldMessages<K extends string> = Partial<Record<K, string>>;

/** "must be 1 to 120 characters" → "Must be 1 to 120 characters." */
export function sentence(message: string): string {
  const trimmed = message.trim();
  if (!trimmed) return trimmed;
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/**
 * Splits the server's `extensions.fields` into messages for the form's own fields (by input field name) and
 * the rest, which the form shows in its error alert so nothing the server said is lost.
 */
export function mapFieldErrors<K extends string>(
  error: AppError | null,
  formFields: readonly K[],
): { byField: FieldMessages<K>; other: FieldError[] } {
  const byField: FieldMessages<K> = {};
  const other: FieldError[] = [];
  for (const fieldError of error?.fields ?? []) {
    const name = formFields.find((f) => f === fieldError.field);
    if (name === undefined) other.push(fieldError);
    else
      byField[name] = byField[name]
        ? `${byField[name]} ${sentence(fieldError.message)}`
        : sentence(fieldError.message);
  }
  return { byField, other };
}

/** Client-side and server-side messages for one field, both shown: the client's first. */
export function combineMessages(...messages: (string | undefined)[]): string | undefined {
  const present = messages.filter((m): m is string => Boolean(m));
  return present.length ? [...new Set(present)].join(' ') : undefined;
}
