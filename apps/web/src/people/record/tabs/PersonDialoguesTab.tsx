import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Paper, Skeleton, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Withheld } from '../../../ui/protection/Withheld';
import { PersonParticipationsDocument } from '../personDocuments';

/** The Dialogues the person took part in or was invited to, newest first, and for whom. */
export function PersonDialoguesTab({ id }: { id: string }) {
  const { t } = useTranslation(['people', 'organizations', 'ui']);
  const { data, error, refetch } = useQuery(PersonParticipationsDocument, { variables: { id } });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={120} />;
  const participations = data.person.participations;
  if (participations === null) return <Withheld />;
  if (participations.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('people:dialogues.empty')}
      </Text>
    );
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={480}>
        <Table stickyHeader verticalSpacing="xs" aria-label={t('organizations:dialogues.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('organizations:dialogues.dialogue')}</Table.Th>
              <Table.Th scope="col">{t('people:dialogues.representing')}</Table.Th>
              <Table.Th scope="col">{t('organizations:dialogues.role')}</Table.Th>
              <Table.Th scope="col">{t('organizations:dialogues.status')}</Table.Th>
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
                  {!p.organization ? (
                    '—'
                  ) : p.organization.withheld.includes('name') || !p.organization.name ? (
                    <Withheld compact />
                  ) : (
                    <Anchor component={Link} to={`/organizations/${p.organization.id}`} size="sm">
                      {p.organization.name}
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
