import { useDirection } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf } from './languages';

/** Keeps `<html lang dir>` and Mantine's direction in step with the interface language. */
export function useDocumentLanguage(): void {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  const language = languageOf(i18n.resolvedLanguage ?? i18n.language);
  useEffect(() => {
    document.documentElement.lang = language.code;
    document.documentElement.dir = language.dir;
    setDirection(language.dir);
  }, [language, setDirection]);
}
