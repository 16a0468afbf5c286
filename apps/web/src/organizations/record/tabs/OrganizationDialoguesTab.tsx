import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Paper, Skeleton, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Withheld } from '../../../ui/protection/Withheld';
import { OrganizationParticipationsDocument } from '../organizationDocuments';

/** Who represented the organisation at which Dialogue, newest Dialogue first. */
export function OrganizationDialoguesTab({ id }: { id: string }) {
  const { t } = useTranslation(['organizations', 'ui']);
  const { data, error, refetch } = useQuery(OrganizationParticipationsDocument, { variables: { id } });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={120} />;
  const participations = data.organization.participations;
  if (participations === null) return <Withheld />;
  if (participations.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('dialogues.empty')}
      </Text>
    );
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={480}>
        <Table stickyHeader verticalSpacing="xs" aria-label={t('dialogues.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dialogues.dialogue')}</Table.Th>
              <Table.Th scope="col">{t('dialogues.person')}</Table.Th>
              <Table.Th scope="col">{t('dialogues.role')}</Table.Th>
              <Table.Th scope="col">{t('dialogues.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {participations.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/dialogues/${p.dialogue.id}`} size="sm">
                    {p.dialogue.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {p.person.withheld.includes('fullName') || !p.person.fullName ? (
                    <Withheld compact />
                  ) : (
                    <Anchor component={Link} to={`/people/${p.person.id}`} size="sm">
                      {p.person.fullName}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>{t(`ui:enum.ParticipationRole.${p.role}`)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color="gray">
                    {t(`ui:enum.ParticipationStatus.${p.status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
