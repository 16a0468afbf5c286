import { ActionIcon, Button, Menu } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCheck, IconChevronDown, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, languageOf } from './languages';
import { useChangeLanguage } from './useChangeLanguage';

/** The language switcher of the top bar and the sign-in pages. Each language is named in itself. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
  const current = languageOf(i18n.resolvedLanguage ?? i18n.language);
  // On a phone the top bar has room for an icon only; the name says which language is on.
  const wide = useMediaQuery('(min-width: 48em)', true);

  return (
    <Menu position="bottom-end" width={180}>
      <Menu.Target>
        {wide ? (
          <Button
            variant="subtle"
            color="gray"
            c="dark"
            leftSection={<IconLanguage size={18} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            aria-label={t('language.current', { language: current.label })}
          >
            <span lang={current.code}>{current.label}</span>
          </Button>
        ) : (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={t('language.current', { language: current.label })}
          >
            <IconLanguage size={20} aria-hidden />
          </ActionIcon>
        )}
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {LANGUAGES.map((language) => (
          <Menu.Item
            key={language.code}
            lang={language.code}
            dir={language.dir}
            rightSection={language.code === current.code ? <IconCheck size={16} aria-hidden /> : null}
            aria-current={language.code === current.code ? 'true' : undefined}
            onClick={() => void changeLanguage(language.code)}
          >
            {language.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
