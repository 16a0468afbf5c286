import '@mantine/dates/styles.css';
import { DateInput } from '@mantine/dates';
import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { today } from './useRecordTab';

/** Ends a dated relationship on a day (today by default): it stays in the record, with its dates. */
export function EndDialog({
  opened,
  onClose,
  title,
  description,
  onEnd,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  description: string;
  onEnd: (endDate: string) => Promise<unknown>;
}) {
  const { t } = useTranslation('organizations');
  const [endDate, setEndDate] = useState<string | null>(today());
  const [openedFor, setOpenedFor] = useState(false);
  if (opened !== openedFor) {
    setOpenedFor(opened);
    if (opened) setEndDate(today());
  }
  return (
    <ConfirmDialog
      opened={opened}
      onClose={onClose}
      title={title}
      confirmLabel={t('relationships.end')}
      onConfirm={async () => {
        await onEnd((endDate ?? today()).slice(0, 10));
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{description}</Text>
        <DateInput
          label={t('relationships.endDate')}
          value={endDate}
          onChange={setEndDate}
          valueFormat="D MMMM YYYY"
          required
        />
      </Stack>
    </ConfirmDialog>
  );
}
