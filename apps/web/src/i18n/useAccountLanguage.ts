import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguageCode, rememberLanguage } from './languages';

/**
 * When someone signs in (or their saved language changes), the language of their account wins over this
 * device's. Only a change of the account's language acts: react-i18next hands out a new `i18n` object on
 * every language change, and reacting to that would undo a switch the account could not save.
 */
export function useAccountLanguage(accountLocale: string | undefined): void {
  const { i18n } = useTranslation();
  const applied = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (accountLocale === applied.current) return;
    applied.current = accountLocale;
    if (!isLanguageCode(accountLocale) || accountLocale === i18n.language) return;
    void i18n.changeLanguage(accountLocale);
    rememberLanguage(accountLocale);
  }, [accountLocale, i18n]);
}
