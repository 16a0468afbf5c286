import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLockOpen, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PersonRecord_PersonFragment, UpdatePersonInput } from '../../../gql/graphql';
import { useFormatters } from '../../../i18n/format';
import { DetailsPanel, type DetailField } from '../../../organizations/record/common/DetailsPanel';
import { MaskedValue } from '../../../protection/MaskedValue';
import { WhoMaySeePanel } from '../../../protection/WhoMaySeePanel';
import { RiskBadge } from '../../../ui/protection/RiskBadge';
import {
  PersonFreshDocument,
  PersonHistoryDocument,
  PersonPageDocument,
  UpdatePersonDocument,
} from '../personDocuments';

const AGE_BANDS = ['UNDER_18', 'AGE_18_29', 'AGE_30_PLUS'] as const;

/** Every field, editable inline (one) or in the side panel (several); the Protection section for those allowed. */
export function PersonDetailsTab({
  person,
  themes,
  canEdit,
  panelOpened,
  onPanelClose,
  onProtection,
  onReveal,
}: {
  person: PersonRecord_PersonFragment;
  themes: readonly { key: string; name: string }[];
  canEdit: boolean;
  panelOpened: boolean;
  onPanelClose: () => void;
  onProtection?: () => void;
  /** Opens "Reveal…" (a reason, then the masked contact details for 15 minutes). */
  onReveal?: () => void;
}) {
  const { t } = useTranslation(['people', 'organizations', 'ui', 'protection']);
  const { dateTime, date } = useFormatters();
  const client = useApolloClient();
  const [update] = useMutation(UpdatePersonDocument, {
    refetchQueries: [PersonPageDocument, PersonHistoryDocument],
  });
  const themeName = (key: string) => themes.find((theme) => theme.key === key)?.name ?? key;

  const fields: DetailField[] = [
    { key: 'fullName', label: t('people:fields.fullName'), kind: 'text', required: true },
    {
      key: 'email',
      label: t('people:fields.email'),
      kind: 'email',
      display: (value) => (
        <Anchor href={`mailto:${String(value)}`} size="sm">
          {String(value)}
        </Anchor>
      ),
    },
    { key: 'phone', label: t('people:fields.phone'), kind: 'text' },
    {
      key: 'countryCode',
      label: t('people:fields.countryCode'),
      kind: 'country',
      display: (value) =>
        person.country && person.country.iso2 === value
          ? `${person.country.flag} ${person.country.name}`
          : String(value),
    },
    { key: 'gender', label: t('people:fields.gender'), kind: 'text' },
    {
      key: 'ageBand',
      label: t('people:fields.ageBand'),
      kind: 'select',
      options: AGE_BANDS.map((band) => ({ value: band, label: t(`ui:enum.AgeBand.${band}`) })),
      display: (value) => t(`ui:enum.AgeBand.${value as (typeof AGE_BANDS)[number]}`),
    },
    {
      key: 'ageBandDeclaredOn',
      label: t('people:fields.ageBandDeclaredOn'),
      kind: 'date',
      display: (value) => date(String(value)),
    },
    { key: 'languages', label: t('people:fields.languages'), kind: 'tags' },
    {
      key: 'themes',
      label: t('people:fields.themes'),
      kind: 'multiselect',
      options: themes.map((theme) => ({ value: theme.key, label: theme.name })),
      display: (value) => (Array.isArray(value) ? value.map((key) => themeName(String(key))).join(', ') : ''),
    },
    { key: 'notes', label: t('people:fields.notes'), kind: 'textarea' },
  ];

  return (
    <Stack gap="lg">
      {person.revealedUntil ? (
        <Alert variant="light" color="blue" icon={<IconLockOpen aria-hidden />} data-testid="revealed-note">
          {t('protection:masked.revealedUntil', { time: dateTime(person.revealedUntil) })}
        </Alert>
      ) : null}
      <DetailsPanel
        record={person}
        masked={person.masked}
        renderMasked={(field) => <MaskedValue label={field.label} onReveal={onReveal} />}
        fields={fields}
        canEdit={canEdit}
        panelOpened={panelOpened}
        onPanelClose={onPanelClose}
        panelTitle={t('organizations:details.panelTitle')}
        save={(changes, version) =>
          update({
            variables: { input: { ...(changes as Partial<UpdatePersonInput>), id: person.id, version } },
          })
        }
        refetch={async () => {
          const result = await client.query({
            query: PersonFreshDocument,
            variables: { id: person.id },
            fetchPolicy: 'network-only',
          });
          if (!result.data) throw new Error('The person could not be loaded.');
          return result.data.person;
        }}
      />
      <Text size="xs" c="dimmed">
        {t('organizations:details.updated', { when: dateTime(person.updatedAt) })}
      </Text>
      {onProtection ? (
        <Paper withBorder p="md" radius="md">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('organizations:protection.title')}
            </Title>
            <Group gap="sm">
              {person.riskLevel === 'STANDARD' ? (
                <Text size="sm" fw={600}>
                  {t('ui:enum.RiskLevel.STANDARD')}
                </Text>
              ) : (
                <RiskBadge level={person.riskLevel} />
              )}
              <Text size="sm" c="dimmed">
                {person.riskLevel ? t(`ui:risk.description.${person.riskLevel}`) : null}
              </Text>
            </Group>
            <div>
              <Button
                variant="default"
                size="xs"
                leftSection={<IconShieldLock size={14} aria-hidden />}
                onClick={onProtection}
              >
                {t('organizations:protection.change')}
              </Button>
            </div>
            {person.riskLevel && person.riskLevel !== 'STANDARD' ? (
              <WhoMaySeePanel recordId={person.id} />
            ) : null}
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
