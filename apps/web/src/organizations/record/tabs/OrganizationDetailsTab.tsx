import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { WhoMaySeePanel } from '../../../protection/WhoMaySeePanel';
import type { OrganizationRecord_OrganizationFragment, UpdateOrganizationInput } from '../../../gql/graphql';
import { useFormatters } from '../../../i18n/format';
import { RiskBadge } from '../../../ui/protection/RiskBadge';
import { DetailsPanel, type DetailField } from '../common/DetailsPanel';
import {
  OrganizationFreshDocument,
  OrganizationHistoryDocument,
  OrganizationPageDocument,
  UpdateOrganizationDocument,
} from '../organizationDocuments';

const KINDS = [
  'CSO',
  'CSO_NETWORK',
  'INTERNATIONAL_NGO',
  'ACADEMIC',
  'FOUNDATION_DONOR',
  'REGIONAL_ORGANIZATION',
  'UN_ENTITY',
  'MEMBER_STATE',
  'OBSERVER_STATE',
  'OTHER',
] as const;
const SCOPES = ['LOCAL', 'NATIONAL', 'REGIONAL', 'GLOBAL'] as const;

/** Every field, editable inline (one) or in the side panel (several); the Protection section for those allowed. */
export function OrganizationDetailsTab({
  organization,
  themes,
  canEdit,
  panelOpened,
  onPanelClose,
  onProtection,
}: {
  organization: OrganizationRecord_OrganizationFragment;
  themes: readonly { key: string; name: string }[];
  canEdit: boolean;
  panelOpened: boolean;
  onPanelClose: () => void;
  onProtection?: () => void;
}) {
  const { t } = useTranslation(['organizations', 'ui']);
  const { dateTime } = useFormatters();
  const client = useApolloClient();
  const [update] = useMutation(UpdateOrganizationDocument, {
    refetchQueries: [OrganizationPageDocument, OrganizationHistoryDocument],
  });

  const themeName = (key: string) => themes.find((theme) => theme.key === key)?.name ?? key;
  const fields: DetailField[] = [
    { key: 'name', label: t('fields.name'), kind: 'text', required: true },
    { key: 'acronym', label: t('fields.acronym'), kind: 'text' },
    {
      key: 'kind',
      label: t('fields.kind'),
      kind: 'select',
      required: true,
      options: KINDS.map((kind) => ({ value: kind, label: t(`ui:enum.OrganizationKind.${kind}`) })),
      display: (value) => t(`ui:enum.OrganizationKind.${value as (typeof KINDS)[number]}`),
    },
    {
      key: 'scope',
      label: t('fields.scope'),
      kind: 'select',
      options: SCOPES.map((scope) => ({ value: scope, label: t(`ui:enum.OrganizationScope.${scope}`) })),
      display: (value) => t(`ui:enum.OrganizationScope.${value as (typeof SCOPES)[number]}`),
    },
    {
      key: 'countryCode',
      label: t('fields.countryCode'),
      kind: 'country',
      display: (value) =>
        organization.country && organization.country.iso2 === value
          ? `${organization.country.flag} ${organization.country.name}`
          : String(value),
    },
    {
      key: 'website',
      label: t('fields.website'),
      kind: 'url',
      display: (value) => (
        <Anchor href={String(value)} target="_blank" rel="noreferrer" size="sm">
          {String(value)}
        </Anchor>
      ),
    },
    { key: 'description', label: t('fields.description'), kind: 'textarea' },
    {
      key: 'themes',
      label: t('fields.themes'),
      kind: 'multiselect',
      options: themes.map((theme) => ({ value: theme.key, label: theme.name })),
      display: (value) => (Array.isArray(value) ? value.map((key) => themeName(String(key))).join(', ') : ''),
    },
  ];

  return (
    <Stack gap="lg">
      <DetailsPanel
        record={organization}
        fields={fields}
        canEdit={canEdit}
        panelOpened={panelOpened}
        onPanelClose={onPanelClose}
        panelTitle={t('details.panelTitle')}
        save={(changes, version) =>
          update({
            variables: {
              input: { ...(changes as Partial<UpdateOrganizationInput>), id: organization.id, version },
            },
          })
        }
        refetch={async () => {
          const result = await client.query({
            query: OrganizationFreshDocument,
            variables: { id: organization.id },
            fetchPolicy: 'network-only',
          });
          if (!result.data) throw new Error('The organisation could not be loaded.');
          return result.data.organization;
        }}
      />
      <Text size="xs" c="dimmed">
        {t('details.updated', { when: dateTime(organization.updatedAt) })}
      </Text>
      {onProtection ? (
        <Paper withBorder p="md" radius="md">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('protection.title')}
            </Title>
            <Group gap="sm">
              {organization.riskLevel === 'STANDARD' ? (
                <Text size="sm" fw={600}>
                  {t('ui:enum.RiskLevel.STANDARD')}
                </Text>
              ) : (
                <RiskBadge level={organization.riskLevel} />
              )}
              <Text size="sm" c="dimmed">
                {organization.riskLevel ? t(`ui:risk.description.${organization.riskLevel}`) : null}
              </Text>
            </Group>
            <div>
              <Button
                variant="default"
                size="xs"
                leftSection={<IconShieldLock size={14} aria-hidden />}
                onClick={onProtection}
              >
                {t('protection.change')}
              </Button>
            </div>
            {organization.riskLevel && organization.riskLevel !== 'STANDARD' ? (
              <WhoMaySeePanel recordId={organization.id} />
            ) : null}
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
