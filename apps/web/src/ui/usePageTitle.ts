import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Users · Convene": every page names itself in the browser tab and to screen readers. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const product = t('app.name');
  useEffect(() => {
    document.title = title === product ? product : `${title} · ${product}`;
  }, [title, product]);
}
