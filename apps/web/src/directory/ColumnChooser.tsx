import { Button, Checkbox, Popover, Stack } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface ColumnChoice {
  id: string;
  label: string;
}

/** "Columns": a checkbox per column the user may see; the name column cannot be hidden. */
export function ColumnChooser({
  columns,
  visible,
  onChange,
}: {
  columns: ColumnChoice[];
  visible: string[];
  onChange: (visible: string[]) => void;
}) {
  const { t } = useTranslation('directory');
  return (
    <Popover position="bottom-end" width={240} shadow="md" trapFocus withinPortal>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} aria-hidden />}>
          {t('columns.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Checkbox.Group
          label={t('columns.label')}
          value={visible}
          onChange={(next) => onChange(next.includes('name') ? next : ['name', ...next])}
        >
          <Stack gap={8} mt="xs">
            {columns.map((column) => (
              <Checkbox
                key={column.id}
                value={column.id}
                label={column.label}
                disabled={column.id === 'name'}
                size="sm"
              />
            ))}
          </Stack>
        </Checkbox.Group>
      </Popover.Dropdown>
    </Popover>
  );
}
