import { Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerRole } from '../gql/graphql';
import { RecordPicker, type PickedRecord } from '../ui/pickers';
import { Withheld } from '../ui/protection/Withheld';
import { PARTNER_ROLES } from './status';

export interface PartnerDraft {
  organizationId: string;
  role: PartnerRole;
  /** The name to show; null when withheld from this user. */
  name: string | null;
}

/**
 * The partners of a collaboration: organisations picked with the shared RecordPicker (search as you type,
 * create a missing one inline), then each one's role (lead, partner, funder). The first one picked leads.
 */
export function PartnersField({
  value,
  onChange,
  error,
}: {
  value: readonly PartnerDraft[];
  onChange: (next: PartnerDraft[]) => void;
  error?: string;
}) {
  const { t } = useTranslation(['collaborations', 'ui']);
  const picked: PickedRecord[] = value.map((p) => ({
    kind: 'ORGANIZATION',
    id: p.organizationId,
    name: p.name,
  }));

  const pick = (records: PickedRecord[]) => {
    const roles = new Map(value.map((p) => [p.organizationId, p.role]));
    onChange(
      records.map((record, index) => ({
        organizationId: record.id,
        name: record.name,
        role: roles.get(record.id) ?? (index === 0 && value.length === 0 ? 'LEAD' : 'PARTNER'),
      })),
    );
  };

  return (
    <Stack gap="xs">
      <RecordPicker
        label={t('collaborations:form.partners')}
        description={t('collaborations:form.partnersHint')}
        placeholder={t('collaborations:form.addPartnerPlaceholder')}
        kinds={['ORGANIZATION']}
        value={picked}
        onChange={pick}
        error={error}
        required
        name="partners"
      />
      {value.length ? (
        <Stack
          gap={6}
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('collaborations:form.roles')}
        >
          {value.map((partner, index) => (
            <Group key={partner.organizationId} component="li" gap="xs" wrap="nowrap">
              <Text size="sm" style={{ flex: 1, minWidth: 0 }} truncate>
                {partner.name ?? <Withheld compact />}
              </Text>
              <Select
                aria-label={t('collaborations:form.roleOf', { position: index + 1 })}
                data={PARTNER_ROLES.map((role) => ({ value: role, label: t(`ui:enum.PartnerRole.${role}`) }))}
                value={partner.role}
                allowDeselect={false}
                onChange={(role) =>
                  onChange(
                    value.map((p) =>
                      p.organizationId === partner.organizationId ? { ...p, role: role as PartnerRole } : p,
                    ),
                  )
                }
                w={140}
                size="xs"
              />
            </Group>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
