import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../auth/permissions';

/** "Import" beside a list's Add button, for those who may import (the directories' header and empty state). */
export function ImportButton() {
  const { t } = useTranslation('imports');
  const can = useCan();
  if (!can('imports.run')) return null;
  return (
    <Button
      component={Link}
      to="/import"
      variant="default"
      leftSection={<IconFileImport size={16} aria-hidden />}
    >
      {t('title')}
    </Button>
  );
}
