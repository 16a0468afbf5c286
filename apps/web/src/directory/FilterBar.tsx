import { Badge, Button, CloseButton, Group, MultiSelect, Popover, Select, Stack, Text } from '@mantine/core';
import { IconFilter, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { labelOf, type FilterDef } from './filters';

export interface FilterBarProps {
  filters: FilterDef[];
  values: Record<string, string[]>;
  onChange: (key: string, values: string[]) => void;
  onClear: () => void;
  /** Opening the panel (to load what the controls offer, e.g. the countries). */
  onOpen?: () => void;
}

/** The "Filters" button with its panel of controls. */
export function FilterButton({ filters, values, onChange, onClear, onOpen }: FilterBarProps) {
  const { t } = useTranslation('directory');
  const count = filters.reduce((n, f) => n + (values[f.key]?.length ?? 0), 0);
  return (
    <Popover
      position="bottom-start"
      width={340}
      shadow="md"
      trapFocus
      withinPortal
      onOpen={onOpen}
      closeOnEscape
    >
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconFilter size={16} aria-hidden />}
          rightSection={
            count ? (
              <Badge size="sm" circle>
                {count}
              </Badge>
            ) : undefined
          }
        >
          {t('filters.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm" role="group" aria-label={t('filters.panel')}>
          {filters.map((filter) => {
            const current = values[filter.key] ?? [];
            const set = (next: string[]) => onChange(filter.key, next);
            if (filter.control)
              return (
                <div key={filter.key}>
                  {filter.control({ values: current, onChange: set, label: filter.label })}
                </div>
              );
            return filter.type === 'multi' ? (
              <MultiSelect
                key={filter.key}
                label={filter.label}
                data={filter.options}
                value={current}
                onChange={set}
                searchable
                clearable
                size="sm"
                comboboxProps={{ withinPortal: false }}
                placeholder={current.length ? undefined : t('filters.any')}
              />
            ) : (
              <Select
                key={filter.key}
                label={filter.label}
                data={filter.options}
                value={current[0] ?? null}
                onChange={(value) => set(value ? [value] : [])}
                clearable
                size="sm"
                comboboxProps={{ withinPortal: false }}
                placeholder={t('filters.any')}
              />
            );
          })}
          <Group justify="flex-end">
            <Button variant="subtle" size="xs" onClick={onClear} disabled={count === 0}>
              {t('filters.clear')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** The active filters as chips ("Kind: CSO ×"), and "Clear filters". */
export function FilterChips({ filters, values, onChange, onClear }: FilterBarProps) {
  const { t } = useTranslation('directory');
  const chips = filters.flatMap((filter) =>
    (values[filter.key] ?? []).map((value) => ({ filter, value, label: labelOf(filter, value) })),
  );
  if (chips.length === 0) return null;
  return (
    <Group gap={6} role="group" aria-label={t('filters.active')}>
      {chips.map(({ filter, value, label }) => (
        <Badge
          key={`${filter.key}=${value}`}
          variant="light"
          size="lg"
          radius="sm"
          tt="none"
          fw={500}
          pe={2}
          rightSection={
            <CloseButton
              size="xs"
              aria-label={t('filters.remove', { filter: filter.label, value: label })}
              onClick={() =>
                onChange(
                  filter.key,
                  (values[filter.key] ?? []).filter((v) => v !== value),
                )
              }
            />
          }
        >
          <Text span size="xs" c="dimmed" inherit>
            {filter.label}:
          </Text>{' '}
          {label}
        </Badge>
      ))}
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconX size={14} aria-hidden />}
        onClick={onClear}
      >
        {t('filters.clear')}
      </Button>
    </Group>
  );
}
