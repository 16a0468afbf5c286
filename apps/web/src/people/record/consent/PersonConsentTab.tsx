import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconCircleCheck, IconCircleDashed, IconCircleX, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentPurpose, ConsentState } from '../../../gql/graphql';
import { useFormatters } from '../../../i18n/format';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Withheld } from '../../../ui/protection/Withheld';
import { ConsentDialog } from './ConsentDialog';
import { PersonConsentDocument, PersonConsentHistoryDocument } from './consentDocuments';
import { PURPOSES } from './consentOptions';

const STATE_LOOK: Record<ConsentState, { color: string; Icon: typeof IconCircleCheck }> = {
  GIVEN: { color: 'green', Icon: IconCircleCheck },
  WITHDRAWN: { color: 'red', Icon: IconCircleX },
  NOT_ASKED: { color: 'gray', Icon: IconCircleDashed },
};

/** A state in words and an icon, never colour alone. */
export function ConsentStateBadge({ state }: { state: ConsentState }) {
  const { t } = useTranslation('people');
  const { color, Icon } = STATE_LOOK[state];
  return (
    <Badge
      variant="light"
      color={color}
      leftSection={<Icon size={14} aria-hidden />}
      styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}
    >
      {t(`consent.state.${state}`)}
    </Badge>
  );
}

/**
 * The Consent tab: the seven purposes with where the person stands on each (given, withdrawn, not asked), the
 * date, wording version and how; "Record consent" and "Withdraw"; and every change, newest first.
 */
export function PersonConsentTab({ id, canEdit }: { id: string; canEdit: boolean }) {
  const { t } = useTranslation('people');
  const { date, dateTime } = useFormatters();
  const { data, error, refetch } = useQuery(PersonConsentDocument, { variables: { id } });
  // The story is asked only once the person is known not to be withheld (else the API says FORBIDDEN).
  const consentsShown = Boolean(data?.person.consents);
  const history = useQuery(PersonConsentHistoryDocument, { variables: { id }, skip: !consentsShown });
  const [dialog, setDialog] = useState<{ mode: 'record' | 'withdraw'; purposes: ConsentPurpose[] } | null>(
    null,
  );

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={240} />;
  const { person } = data;
  if (person.consents === null) return <Withheld />;
  const byPurpose = new Map(person.consents.map((c) => [c.purpose, c]));
  const given = person.consents.filter((c) => c.state === 'GIVEN').map((c) => c.purpose);
  const lastWording =
    history.data?.personConsentHistory.find((e) => e.wordingVersion)?.wordingVersion ?? null;
  const day = (value: string | null | undefined) => (value ? date(`${value}T12:00:00`) : '—');
  const editable = canEdit && !person.deletedAt;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={640}>
          {t('consent.intro')}
        </Text>
        {editable ? (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setDialog({ mode: 'record', purposes: [] })}
          >
            {t('consent.record')}
          </Button>
        ) : null}
      </Group>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" aria-label={t('consent.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('consent.purposeHeader')}</Table.Th>
                <Table.Th scope="col" miw={140}>
                  {t('consent.stateHeader')}
                </Table.Th>
                <Table.Th scope="col">{t('consent.givenOn')}</Table.Th>
                <Table.Th scope="col">{t('consent.wordingVersion')}</Table.Th>
                <Table.Th scope="col">{t('consent.method')}</Table.Th>
                <Table.Th scope="col">{t('consent.recordedBy')}</Table.Th>
                <Table.Th scope="col">{t('consent.withdrawnOn')}</Table.Th>
                {editable ? (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('consent.actions')}</VisuallyHidden>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {PURPOSES.map((purpose) => {
                const c = byPurpose.get(purpose);
                const state = c?.state ?? 'NOT_ASKED';
                return (
                  <Table.Tr key={purpose} data-purpose={purpose}>
                    <Table.Th scope="row" fw={500}>
                      {t(`consent.purpose.${purpose}`)}
                    </Table.Th>
                    <Table.Td>
                      <ConsentStateBadge state={state} />
                    </Table.Td>
                    <Table.Td>{day(c?.givenOn)}</Table.Td>
                    <Table.Td>{c?.wordingVersion ?? '—'}</Table.Td>
                    <Table.Td>
                      {c?.method ? t(`consent.methods.${c.method}`) : '—'}
                      {c?.takenBy ? ` (${c.takenBy})` : ''}
                    </Table.Td>
                    <Table.Td>{c?.recordedByName ?? '—'}</Table.Td>
                    <Table.Td>{day(c?.withdrawnOn)}</Table.Td>
                    {editable ? (
                      <Table.Td>
                        {state === 'GIVEN' ? (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            aria-label={t('consent.withdrawOne', {
                              purpose: t(`consent.purpose.${purpose}`),
                            })}
                            onClick={() => setDialog({ mode: 'withdraw', purposes: [purpose] })}
                          >
                            {t('consent.withdraw')}
                          </Button>
                        ) : (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            aria-label={t('consent.recordOne', {
                              purpose: t(`consent.purpose.${purpose}`),
                            })}
                            onClick={() => setDialog({ mode: 'record', purposes: [purpose] })}
                          >
                            {t('consent.recordShort')}
                          </Button>
                        )}
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>

      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('consent.historyTitle')}
        </Title>
        {history.error && !history.data ? (
          <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />
        ) : !history.data ? (
          <Skeleton height={80} />
        ) : history.data.personConsentHistory.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('consent.historyEmpty')}
          </Text>
        ) : (
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="xs" aria-label={t('consent.historyTitle')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('consent.date')}</Table.Th>
                    <Table.Th scope="col">{t('consent.purposeHeader')}</Table.Th>
                    <Table.Th scope="col">{t('consent.change')}</Table.Th>
                    <Table.Th scope="col">{t('consent.wordingVersion')}</Table.Th>
                    <Table.Th scope="col">{t('consent.method')}</Table.Th>
                    <Table.Th scope="col">{t('consent.note')}</Table.Th>
                    <Table.Th scope="col">{t('consent.recordedBy')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {history.data.personConsentHistory.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td>{day(e.date)}</Table.Td>
                      <Table.Td>{t(`consent.purpose.${e.purpose}`)}</Table.Td>
                      <Table.Td>
                        <ConsentStateBadge state={e.action} />
                      </Table.Td>
                      <Table.Td>{e.wordingVersion ?? '—'}</Table.Td>
                      <Table.Td>
                        {t(`consent.methods.${e.method}`)}
                        {e.takenBy ? ` (${e.takenBy})` : ''}
                      </Table.Td>
                      <Table.Td>{e.note ?? ''}</Table.Td>
                      <Table.Td>
                        {e.recordedByName ?? '—'}
                        <Text size="xs" c="dimmed">
                          {dateTime(e.recordedAt)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
      </Stack>

      <ConsentDialog
        mode={dialog?.mode ?? null}
        personId={person.id}
        version={person.version}
        preselected={dialog?.purposes ?? []}
        withdrawable={given}
        lastWordingVersion={lastWording}
        onClose={() => setDialog(null)}
      />
    </Stack>
  );
}
