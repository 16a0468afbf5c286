import type { TFunction } from 'i18next';
import { formatWait } from '../i18n/format';
import type { AppError, ErrorCode } from './errors';
import { sentence } from './fieldErrors';

/** Codes whose server message adds something specific (which rule, which record) to the generic text. */
const DETAILED: readonly ErrorCode[] = ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'];

export interface ErrorText {
  title: string;
  next: string;
  /** The server's own words, when they say more than the generic text (they are in English). */
  details: string | null;
}

/** What happened and what to do next, in the user's language, for any error. */
export function errorText(t: TFunction, error: AppError): ErrorText {
  const { code } = error;
  return {
    title: t(`errors.${code}.title`),
    next: t(`errors.${code}.next`, {
      wait: formatWait(t, error.retryAfterSeconds),
      reference: error.reference ?? t('errors.noReference'),
    }),
    details:
      DETAILED.includes(code) && error.message && !error.fields.length
        ? t('errors.details', { message: sentence(error.message) })
        : null,
  };
}
