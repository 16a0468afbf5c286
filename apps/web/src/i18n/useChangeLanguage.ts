import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/useSession';
import { useUpdateMyPreferences } from '../auth/useUpdateMyPreferences';
import { hasErrorCode } from '../ui/errors';
import { rememberLanguage, type LanguageCode } from './languages';

/**
 * Switches the interface at once, remembers the choice on this device, and saves it to the account when
 * someone is signed in (so it follows them to other devices).
 */
export function useChangeLanguage(): (code: LanguageCode) => Promise<void> {
  const { i18n } = useTranslation();
  const { me } = useSession();
  const updatePreferences = useUpdateMyPreferences();
  return async (code) => {
    await i18n.changeLanguage(code);
    rememberLanguage(code);
    if (!me || me.locale === code) return;
    try {
      await updatePreferences(code);
    } catch (error) {
      // An ended session has its own message, on the sign-in page the app returns to.
      if (!hasErrorCode(error, 'UNAUTHENTICATED')) {
        // In the new language: `t` of this render still speaks the old one.
        notifications.show({ color: 'red', message: i18n.getFixedT(code)('language.saveFailed') });
      }
    }
  };
}
