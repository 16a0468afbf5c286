import { Button, Menu } from '@mantine/core';
import { IconCheck, IconChevronDown, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, languageOf } from './languages';
import { useChangeLanguage } from './useChangeLanguage';

/** The language switcher of the top bar and the sign-in pages. Each language is named in itself. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
  const current = languageOf(i18n.resolvedLanguage ?? i18n.language);

  return (
    <Menu position="bottom-end" width={180}>
      <Menu.Target>
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
