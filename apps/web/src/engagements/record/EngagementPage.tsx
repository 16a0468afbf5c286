import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  Paper,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowBackUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useCan } from '../../auth/permissions';
import type { EngagementPage_EngagementFragment, ParticipantSide } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { toAppError } from '../../ui/errors';
import { errorText } from '../../ui/errorText';
import { Withheld } from '../../ui/protection/Withheld';
import { usePageTitle } from '../../ui/usePageTitle';
import { forgetEngagementLists } from '../cache';
import { dateOnly } from '../dates';
import { DeleteEngagementDocument, EngagementDocument, RestoreEngagementDocument } from '../documents';
import { useLogEngagement } from '../LogEngagementProvider';
import { toast } from '../toast';
import { useEngagementReference } from '../useEngagementReference';
import { EditEngagementDrawer } from './EditEngagementDrawer';
import { EngagementHistoryTab } from './EngagementHistoryTab';

const SIDES: readonly ParticipantSide[] = ['UN', 'MEMBER_STATE', 'CIVIL_SOCIETY', 'OTHER'];
const TABS = ['overview', 'history'] as const;
type Tab = (typeof TABS)[number];

/**
 * One engagement: what, when, who by side (withheld people shown as withheld), staff, themes, policy
 * processes, notes and its follow-ups, in one request; edit in a side panel (version-checked, a conflict shows
 * theirs and yours), trash and restore, and its history. The tab is in the URL.
 */
export function EngagementPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['engagements', 'ui']);
  const { t: tApp } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: Tab = TABS.includes(tabParam as Tab) ? (tabParam as Tab) : 'overview';
  const [editing, setEditing] = useState(false);
  const { data, error, refetch } = useQuery(EngagementDocument, { variables: { id } });
  const engagement = data?.engagement;
  usePageTitle(engagement?.title ?? t('page.loading'));
  const [remove, removing] = useMutation(DeleteEngagementDocument, { update: forgetEngagementLists });
  const [restore, restoring] = useMutation(RestoreEngagementDocument, { update: forgetEngagementLists });
  const mayEdit = can('engagements.manage') || can('engagements.log');

  if (error && !engagement)
    return <ErrorAlert error={error} onRetry={() => void refetch()} title={t('page.loadFailed')} />;
  if (!engagement)
    return (
      <Stack gap="md" aria-busy="true" aria-label={t('page.loading')}>
        <Skeleton height={16} width={160} />
        <Skeleton height={34} width="60%" />
        <Skeleton height={220} />
      </Stack>
    );

  const failed = (failure: unknown) => {
    const text = errorText(tApp, toAppError(failure));
    toast(tApp, { color: 'red', title: text.title, message: text.next, autoClose: false });
  };
  const moveToTrash = async () => {
    try {
      // The answer updates the cached engagement; a refetch here could land after a quick Restore and undo it.
      await remove({ variables: { input: { id: engagement.id, version: engagement.version } } });
      toast(tApp, { color: 'gray', title: t('log.undone.title'), message: t('page.trashed') });
    } catch (failure) {
      failed(failure);
    }
  };
  const bringBack = async () => {
    try {
      await restore({ variables: { id: engagement.id } });
      toast(tApp, { color: 'green', title: t('page.restored'), message: engagement.title });
    } catch (failure) {
      failed(failure);
    }
  };

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/engagements" size="sm">
          {t('list.title')}
        </Anchor>
        <Text size="sm" c="dimmed" lineClamp={1}>
          {engagement.title}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6}>
          <Title order={1}>{engagement.title}</Title>
          <EngagementFacts engagement={engagement} />
        </Stack>
        {mayEdit ? (
          <Group gap="sm">
            {engagement.deletedAt ? (
              <Button
                leftSection={<IconArrowBackUp size={16} aria-hidden />}
                onClick={() => void bringBack()}
                loading={restoring.loading}
              >
                {t('page.restore')}
              </Button>
            ) : (
              <>
                <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
                  {t('page.edit')}
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconTrash size={16} aria-hidden />}
                  onClick={() => void moveToTrash()}
                  loading={removing.loading}
                >
                  {t('page.delete')}
                </Button>
              </>
            )}
          </Group>
        ) : null}
      </Group>
      {engagement.deletedAt ? (
        <Alert color="orange" variant="light" icon={<IconTrash aria-hidden />} title={t('page.inTrash')}>
          {t('page.inTrashHint')}
        </Alert>
      ) : null}
      <Tabs
        value={tab}
        onChange={(value) =>
          setParams(
            (current) => {
              const next = new URLSearchParams(current);
              if (value === 'overview' || !value) next.delete('tab');
              else next.set('tab', value);
              return next;
            },
            { replace: true },
          )
        }
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="overview">{t('page.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('ui:history.title')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <Overview engagement={engagement} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <EngagementHistoryTab id={engagement.id} />
        </Tabs.Panel>
      </Tabs>
      {editing ? <EditEngagementDrawer engagement={engagement} onClose={() => setEditing(false)} /> : null}
    </Stack>
  );
}

function EngagementFacts({ engagement }: { engagement: EngagementPage_EngagementFragment }) {
  const { t } = useTranslation(['engagements', 'ui']);
  const { date } = useFormatters();
  return (
    <Group gap="xs">
      <Badge variant="light" radius="sm" tt="none" fw={500}>
        {t(`ui:enum.EngagementType.${engagement.type}`)}
      </Badge>
      <Text size="sm" c="dimmed">
        {date(dateOnly(engagement.date))}
      </Text>
      <Text size="sm" c="dimmed" aria-hidden>
        ·
      </Text>
      <Text size="sm" c="dimmed">
        {engagement.cycle.number === 0
          ? t('page.beforeFirstDialogue')
          : t('page.cycle', { number: engagement.cycle.number })}
      </Text>
      {engagement.place || engagement.online ? (
        <>
          <Text size="sm" c="dimmed" aria-hidden>
            ·
          </Text>
          <Text size="sm" c="dimmed">
            {[engagement.place, engagement.online ? t('page.online') : null].filter(Boolean).join(', ')}
          </Text>
        </>
      ) : null}
    </Group>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function Overview({ engagement }: { engagement: EngagementPage_EngagementFragment }) {
  const { t } = useTranslation(['engagements', 'ui']);
  const { date } = useFormatters();
  const reference = useEngagementReference();
  const logEngagement = useLogEngagement();
  const can = useCan();

  type Participant = { key: string; node: ReactNode };
  const bySide = new Map<ParticipantSide, Participant[]>();
  for (const o of engagement.organizations) {
    const withheld = o.organization.withheld.includes('name') || o.organization.name === null;
    bySide.set(o.side, [
      ...(bySide.get(o.side) ?? []),
      {
        key: `o-${o.organizationId}`,
        node: withheld ? (
          <Withheld compact />
        ) : (
          <Anchor component={Link} to={`/organizations/${o.organizationId}`} size="sm">
            {o.organization.name}
          </Anchor>
        ),
      },
    ]);
  }
  for (const p of engagement.people) {
    const withheld = p.person.withheld.includes('fullName') || p.person.fullName === null;
    bySide.set(p.side, [
      ...(bySide.get(p.side) ?? []),
      {
        key: `p-${p.personId}`,
        node: withheld ? (
          <Withheld compact />
        ) : (
          <Anchor component={Link} to={`/people/${p.personId}`} size="sm">
            {p.person.fullName}
          </Anchor>
        ),
      },
    ]);
  }

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="md">
          <Section title={t('form.summary')}>
            {engagement.summary ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {engagement.summary}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {t('page.noNotes')}
              </Text>
            )}
            {engagement.outcome ? (
              <>
                <Text size="sm" fw={600}>
                  {t('page.outcome')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {engagement.outcome}
                </Text>
              </>
            ) : null}
          </Section>
          <Section title={t('form.followUps')}>
            {engagement.followUps.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('page.noFollowUps')}
              </Text>
            ) : (
              <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {engagement.followUps.map((f) => (
                  <Group key={f.id} component="li" gap="xs" wrap="wrap" justify="space-between">
                    <Text size="sm">
                      {f.withheld.includes('title') || f.title === null ? <Withheld compact /> : f.title}
                    </Text>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="xs" c="dimmed">
                        {f.owner.displayName}
                      </Text>
                      <Badge
                        size="sm"
                        radius="sm"
                        tt="none"
                        fw={500}
                        variant="light"
                        color={f.overdue ? 'red' : f.status === 'DONE' ? 'green' : 'gray'}
                      >
                        {f.overdue
                          ? t('page.overdue', { date: date(dateOnly(f.dueDate)) })
                          : f.status === 'DONE'
                            ? t('ui:enum.FollowUpStatus.DONE')
                            : t('page.due', { date: date(dateOnly(f.dueDate)) })}
                      </Badge>
                    </Group>
                  </Group>
                ))}
              </Stack>
            )}
            {can('engagements.log') && !engagement.deletedAt ? (
              <div>
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() =>
                    logEngagement.open({
                      organizationIds: engagement.organizations.map((o) => o.organizationId),
                    })
                  }
                >
                  {t('page.logNext')}
                </Button>
              </div>
            ) : null}
          </Section>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          <Section title={t('form.participants')}>
            {bySide.size === 0 ? (
              <Text size="sm" c="dimmed">
                {t('page.noParticipants')}
              </Text>
            ) : (
              SIDES.filter((side) => bySide.has(side)).map((side) => (
                <Stack key={side} gap={4}>
                  <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                    {t(`ui:enum.ParticipantSide.${side}`)}
                  </Text>
                  <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                    {(bySide.get(side) ?? []).map((p) => (
                      <li key={p.key}>{p.node}</li>
                    ))}
                  </Stack>
                </Stack>
              ))
            )}
          </Section>
          <Section title={t('form.staff')}>
            <Text size="sm">
              {engagement.staff.length
                ? engagement.staff.map((s) => s.displayName).join(', ')
                : t('page.noStaff')}
            </Text>
          </Section>
          <Section title={t('page.aboutWhat')}>
            <Stack gap="xs">
              <Text size="xs" fw={600} c="dimmed">
                {t('form.themes')}
              </Text>
              <Group gap={6}>
                {engagement.themes.length ? (
                  engagement.themes.map((key) => (
                    <Badge key={key} variant="outline" radius="sm" tt="none" fw={500}>
                      {reference.themeName(key)}
                    </Badge>
                  ))
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Group>
              <Text size="xs" fw={600} c="dimmed">
                {t('form.policyProcesses')}
              </Text>
              <Group gap={6}>
                {engagement.policyProcesses.length ? (
                  engagement.policyProcesses.map((key) => (
                    <Badge key={key} variant="light" color="gray" radius="sm" tt="none" fw={500}>
                      {reference.processName(key)}
                    </Badge>
                  ))
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Group>
            </Stack>
          </Section>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
