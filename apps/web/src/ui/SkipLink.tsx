import { useTranslation } from 'react-i18next';

/** The first stop of the keyboard: jumps past the header and navigation to the page's main content. */
export function SkipLink({ target = 'main' }: { target?: string }) {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href={`#${target}`}>
      {t('app.skipToContent')}
    </a>
  );
}
