import { useQuery } from '@apollo/client/react';
import { ActionIcon, Group, Input, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerRole } from '../gql/graphql';
import { Withheld } from '../ui/protection/Withheld';
import { CollaborationOrganizationOptionsDocument } from './documents';
import { PARTNER_ROLES } from './status';

export interface PartnerDraft {
  organizationId: string;
  role: PartnerRole;
  /** The name to show; null when withheld from this user. */
  name: string | null;
}

/**
 * The partners of a collaboration: each organisation with its role, and a search to add one (organisations by
 * name, as you type). Stands in for ui/pickers/RecordPicker until that shared picker exists.
 */
export function PartnersField({
  value,
  onChange,
  error,
  label,
  withRoles = true,
  required = true,
}: {
  value: readonly PartnerDraft[];
  onChange: (next: PartnerDraft[]) => void;
  error?: string;
  /** Replaces "Partners" (recommendations: "Contributing organisations"). */
  label?: string;
  /** Lead, partner or funder beside each organisation. */
  withRoles?: boolean;
  required?: boolean;
}) {
  const { t } = useTranslation(['collaborations', 'ui']);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(CollaborationOrganizationOptionsDocument, {
    variables: { text: debounced || null },
  });
  const chosen = new Set(value.map((p) => p.organizationId));
  const options = (data?.organizations.edges ?? [])
    .map((edge) => edge.node)
    .filter((org) => !chosen.has(org.id))
    .map((org) => ({
      value: org.id,
      label: org.name
        ? `${org.name}${org.acronym ? ` (${org.acronym})` : ''}${org.country ? ` · ${org.country.name}` : ''}`
        : t('ui:withheld.label'),
    }));

  const add = (id: string | null) => {
    if (!id) return;
    const org = data?.organizations.edges.find((edge) => edge.node.id === id)?.node;
    onChange([
      ...value,
      { organizationId: id, role: value.length ? 'PARTNER' : 'LEAD', name: org?.name ?? null },
    ]);
    setSearch('');
  };

  return (
    <Input.Wrapper
      label={label ?? t('collaborations:form.partners')}
      labelElement="div"
      error={error}
      withAsterisk={required}
    >
      <Stack gap="xs" mt={4}>
        {value.length === 0 ? (
          <Text size="sm" c="dimmed">
            {required ? t('collaborations:form.noPartners') : t('collaborations:form.noneYet')}
          </Text>
        ) : (
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {value.map((partner, index) => (
              <Group key={partner.organizationId} component="li" gap="xs" wrap="nowrap">
                <Text size="sm" style={{ flex: 1, minWidth: 0 }} truncate>
                  {partner.name ?? <Withheld compact />}
                </Text>
                {withRoles ? (
                  <Select
                    aria-label={t('collaborations:form.roleOf', { position: index + 1 })}
                    data={PARTNER_ROLES.map((role) => ({
                      value: role,
                      label: t(`ui:enum.PartnerRole.${role}`),
                    }))}
                    value={partner.role}
                    allowDeselect={false}
                    onChange={(role) =>
                      onChange(
                        value.map((p) =>
                          p.organizationId === partner.organizationId
                            ? { ...p, role: role as PartnerRole }
                            : p,
                        ),
                      )
                    }
                    w={130}
                    size="xs"
                  />
                ) : null}
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('collaborations:form.removePartner', { position: index + 1 })}
                  onClick={() => onChange(value.filter((p) => p.organizationId !== partner.organizationId))}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        )}
        <Select
          aria-label={t('collaborations:form.addPartner')}
          placeholder={t('collaborations:form.addPartnerPlaceholder')}
          searchable
          clearable
          data={options}
          value={null}
          searchValue={search}
          onSearchChange={setSearch}
          onChange={add}
          filter={({ options: all }) => all}
          nothingFoundMessage={
            loading ? t('collaborations:form.searching') : t('collaborations:form.noMatch')
          }
        />
      </Stack>
    </Input.Wrapper>
  );
}
