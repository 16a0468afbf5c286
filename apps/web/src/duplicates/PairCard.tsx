import { Badge, Button, Group, Paper, Radio, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconGitMerge, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../i18n/format';
import {
  defaultChoices,
  displayValue,
  isBlank,
  MERGE_FIELDS,
  mergeInput,
  type Choice,
  type MergeKind,
  type MergeRecord,
  type Side,
} from './mergeFields';

export interface Pair {
  id: string;
  kind: MergeKind;
  score: number;
  reasons: string[];
  records: (MergeRecord & { createdAt: string })[];
}

export interface PairCardProps {
  pair: Pair;
  /** Theme keys → names, to show themes as people read them. */
  themes?: readonly { key: string; name: string }[];
  busy?: boolean;
  onMerge: (input: ReturnType<typeof mergeInput>) => void;
  onDismiss: () => void;
}

const nameOf = (kind: MergeKind, record: Record<string, unknown>) =>
  displayValue(kind === 'organization' ? record.name : record.fullName);

/**
 * Two records side by side: which to keep (the survivor), and per field whose value the merge keeps — by
 * default the survivor's, filled from the other where it is blank, and both for lists.
 */
export function PairCard({ pair, themes = [], busy, onMerge, onDismiss }: PairCardProps) {
  const { t, i18n } = useTranslation('duplicates');
  const { date } = useFormatters();
  const { kind, records } = pair;
  const [survivor, setSurvivor] = useState<Side>(0);
  const [choices, setChoices] = useState<Record<string, Choice>>(() => defaultChoices(kind, records, 0));
  const names = records.map((r) => nameOf(kind, r));
  const fieldLabel = (field: string) =>
    kind === 'organization'
      ? t(`organizations:fields.${field}` as never)
      : t(`people:fields.${field}` as never);

  // Codes as people read them: "Civil society network", "🇲🇱 Mali", "French", theme names.
  const languageNames = new Intl.DisplayNames([i18n.resolvedLanguage ?? 'en'], { type: 'language' });
  const shown = (field: string, record: Pair['records'][number]): string => {
    const value = record[field];
    if (isBlank(value)) return '';
    const code = String(value);
    switch (field) {
      case 'kind':
        return t(`ui:enum.OrganizationKind.${code}` as never);
      case 'scope':
        return t(`ui:enum.OrganizationScope.${code}` as never);
      case 'ageBand':
        return t(`ui:enum.AgeBand.${code}` as never);
      case 'countryCode': {
        const country = record.country as { iso2: string; name: string; flag: string } | null | undefined;
        return country?.iso2 === code ? `${country.flag} ${country.name}` : code;
      }
      case 'languages':
        return (value as string[]).map((tag) => languageNames.of(tag) ?? tag).join(', ');
      case 'themes':
        return (value as string[])
          .map((key) => themes.find((theme) => theme.key === key)?.name ?? key)
          .join(', ');
      default:
        return displayValue(value);
    }
  };

  const chooseSurvivor = (side: Side) => {
    setSurvivor(side);
    setChoices(defaultChoices(kind, records, side));
  };
  const fields = MERGE_FIELDS[kind].filter(
    (field) => displayValue(records[0][field]) || displayValue(records[1][field]),
  );

  return (
    <Paper withBorder p="md" component="article" aria-label={t('compare', { a: names[0], b: names[1] })}>
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="un">
            {t('score', { percent: Math.round(pair.score * 100) })}
          </Badge>
          {pair.reasons.map((reason) => (
            <Badge key={reason} variant="default">
              {t(`reasons.${reason}` as never)}
            </Badge>
          ))}
        </Group>
        <Table.ScrollContainer minWidth={520}>
          <Table withColumnBorders verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('field')}</Table.Th>
                {records.map((record, side) => (
                  <Table.Th key={record.id} scope="col">
                    <Stack gap={4}>
                      <Text
                        component={Link}
                        to={`/${kind === 'organization' ? 'organizations' : 'people'}/${record.id}`}
                        fw={600}
                        size="sm"
                      >
                        {names[side]}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('created', { when: date(record.createdAt) })}
                      </Text>
                      <Radio
                        name={`${pair.id}-survivor`}
                        label={t('keep')}
                        checked={survivor === side}
                        onChange={() => chooseSurvivor(side as Side)}
                      />
                    </Stack>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.map((field) => {
                const differ = displayValue(records[0][field]) !== displayValue(records[1][field]);
                const isList = Array.isArray(records[0][field]) || Array.isArray(records[1][field]);
                return (
                  <Table.Tr key={field}>
                    <Table.Th scope="row">{fieldLabel(field)}</Table.Th>
                    {records.map((record, side) => {
                      const value = shown(field, record) || t('blank');
                      return (
                        <Table.Td key={record.id}>
                          {differ ? (
                            <Radio
                              name={`${pair.id}-${field}`}
                              checked={choices[field] === side}
                              onChange={() => setChoices({ ...choices, [field]: side as Side })}
                              label={
                                <>
                                  {value}
                                  <VisuallyHidden>
                                    {t('keepValue', { value, field: fieldLabel(field) })}
                                  </VisuallyHidden>
                                </>
                              }
                            />
                          ) : (
                            <Text size="sm">{value}</Text>
                          )}
                        </Table.Td>
                      );
                    })}
                    {isList && differ ? (
                      <Table.Td>
                        <Radio
                          name={`${pair.id}-${field}`}
                          checked={choices[field] === 'both'}
                          onChange={() => setChoices({ ...choices, [field]: 'both' })}
                          label={t('both')}
                          aria-label={t('keepBoth', { field: fieldLabel(field) })}
                        />
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group gap="sm">
          <Button
            leftSection={<IconGitMerge size={16} aria-hidden />}
            loading={busy}
            onClick={() => onMerge(mergeInput(kind, records, survivor, choices))}
          >
            {t('merge', { name: names[survivor] })}
          </Button>
          <Button
            variant="default"
            leftSection={<IconX size={16} aria-hidden />}
            disabled={busy}
            onClick={onDismiss}
          >
            {t('notDuplicate')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
