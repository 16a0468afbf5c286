import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguageCode, rememberLanguage } from './languages';

/** When someone signs in, the language saved in their account wins over this device's. */
export function useAccountLanguage(accountLocale: string | undefined): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (!isLanguageCode(accountLocale) || accountLocale === i18n.language) return;
    void i18n.changeLanguage(accountLocale);
    rememberLanguage(accountLocale);
  }, [accountLocale, i18n]);
}
