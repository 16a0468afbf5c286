import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CollaborationCard_CollaborationFragment } from '../gql/graphql';
import { useDayFormat } from './shared/format';
import { OrganizationName } from './shared/OrganizationName';
import { SouthSouthBadge } from './shared/SouthSouthBadge';

/** The list view: a dense table with a sticky header; the title opens the collaboration. */
export function CollaborationsTable({
  collaborations,
  themeName,
}: {
  collaborations: readonly CollaborationCard_CollaborationFragment[];
  themeName: (key: string) => string;
}) {
  const { t } = useTranslation(['collaborations', 'ui']);
  const day = useDayFormat();
  return (
    <Table.ScrollContainer minWidth={900} maxHeight="70vh">
      <Table
        stickyHeader
        highlightOnHover
        verticalSpacing="xs"
        fz="sm"
        aria-label={t('collaborations:list.label')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('collaborations:fields.title')}</Table.Th>
            <Table.Th>{t('collaborations:fields.status')}</Table.Th>
            <Table.Th>{t('collaborations:fields.partners')}</Table.Th>
            <Table.Th>{t('collaborations:fields.southSouth')}</Table.Th>
            <Table.Th>{t('collaborations:fields.themes')}</Table.Th>
            <Table.Th>{t('collaborations:fields.dates')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {collaborations.map((c) => (
            <Table.Tr key={c.id} data-collaboration={c.id}>
              <Table.Td>
                <Anchor component={Link} to={`/collaborations/${c.id}`} fw={500} size="sm">
                  {c.title}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t(`ui:enum.CollaborationStatus.${c.status}`)}
              </Table.Td>
              <Table.Td>
                {c.partners.length === 0
                  ? '—'
                  : c.partners.map((partner, index) => (
                      <span key={partner.organizationId}>
                        {index > 0 ? ', ' : ''}
                        <OrganizationName organization={partner.organization} />
                        {partner.role !== 'PARTNER' ? (
                          <Text component="span" size="xs" c="dimmed">
                            {` (${t(`ui:enum.PartnerRole.${partner.role}`)})`}
                          </Text>
                        ) : null}
                      </span>
                    ))}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {c.southSouth ? <SouthSouthBadge kind={c.southSouth} /> : '—'}
              </Table.Td>
              <Table.Td>{c.themes.length ? c.themes.map(themeName).join(', ') : '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {c.startDate && c.endDate
                  ? t('collaborations:list.dates', { from: day(c.startDate), to: day(c.endDate) })
                  : c.startDate
                    ? t('collaborations:list.from', { from: day(c.startDate) })
                    : c.endDate
                      ? t('collaborations:list.until', { to: day(c.endDate) })
                      : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
