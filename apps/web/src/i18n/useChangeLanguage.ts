import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/useSession';
import { useUpdateMyPreferences } from '../auth/useUpdateMyPreferences';
import { rememberLanguage, type LanguageCode } from './languages';

/**
 * Switches the interface at once, remembers the choice on this device, and saves it to the account when
 * someone is signed in (so it follows them to other devices).
 */
export function useChangeLanguage(): (code: LanguageCode) => Promise<void> {
  const { i18n, t } = useTranslation();
  const { me } = useSession();
  const updatePreferences = useUpdateMyPreferences();
  return async (code) => {
    await i18n.changeLanguage(code);
    rememberLanguage(code);
    if (!me || me.locale === code) return;
    try {
      await updatePreferences(code);
    } catch {
      notifications.show({ color: 'red', message: t('language.saveFailed') });
    }
  };
}
