import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Paper, Skeleton, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n/format';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { OrganizationCollaborationsDocument } from '../organizationDocuments';

/** The joint initiatives the organisation is a partner of, with its role. */
export function OrganizationCollaborationsTab({ id }: { id: string }) {
  const { t } = useTranslation(['organizations', 'ui']);
  const { date } = useFormatters();
  const { data, error, refetch } = useQuery(OrganizationCollaborationsDocument, { variables: { id } });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={120} />;
  const collaborations = data.collaborations.edges.map((edge) => edge.node);
  if (collaborations.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('collaborations.empty')}
      </Text>
    );
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={480}>
        <Table stickyHeader verticalSpacing="xs" aria-label={t('collaborations.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('collaborations.title')}</Table.Th>
              <Table.Th scope="col">{t('collaborations.role')}</Table.Th>
              <Table.Th scope="col">{t('collaborations.status')}</Table.Th>
              <Table.Th scope="col">{t('collaborations.dates')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {collaborations.map((c) => {
              const role = c.partners.find((p) => p.organizationId === id)?.role;
              return (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/collaborations/${c.id}`} size="sm">
                      {c.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{role ? t(`ui:enum.PartnerRole.${role}`) : '—'}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="gray">
                      {t(`ui:enum.CollaborationStatus.${c.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {c.startDate ? date(c.startDate) : '—'}
                    {c.endDate ? ` – ${date(c.endDate)}` : ''}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
