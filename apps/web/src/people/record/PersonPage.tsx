import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Menu, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconChecklist,
  IconDots,
  IconEraser,
  IconLock,
  IconMessagePlus,
  IconPencil,
  IconShieldLock,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan } from '../../auth/permissions';
import { useFormatters } from '../../i18n/format';
import { useLogEngagement } from '../../engagements/LogEngagementProvider';
import { AddFollowUpModal } from '../../organizations/record/common/AddFollowUpModal';
import { ProtectionModal } from '../../organizations/record/common/ProtectionModal';
import { RecordHeader } from '../../organizations/record/common/RecordHeader';
import { RecordNotFound } from '../../organizations/record/common/RecordNotFound';
import { TrashBanner } from '../../organizations/record/common/TrashBanner';
import { useRecordTab } from '../../organizations/record/common/useRecordTab';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErasePersonDialog } from '../../retention/ErasePersonDialog';
import { RecordDuplicatesNotice } from '../../duplicates/RecordDuplicatesNotice';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { hasErrorCode } from '../../ui/errors';
import { Withheld } from '../../ui/protection/Withheld';
import { useNotify } from '../../ui/useNotify';
import { usePageTitle } from '../../ui/usePageTitle';
import { ReasonDialog } from '../../protection/ReasonDialog';
import { RestrictNowDialog } from '../../protection/RestrictNowDialog';
import { useRevealPerson } from '../../protection/useRevealPerson';
import {
  DeletePersonDocument,
  PersonPageDocument,
  RestorePersonDocument,
  SetPersonRiskLevelDocument,
} from './personDocuments';
import { PersonConsentTab } from './consent/PersonConsentTab';
import { PersonDetailsTab } from './tabs/PersonDetailsTab';
import { PersonDialoguesTab } from './tabs/PersonDialoguesTab';
import { PersonHistoryTab } from './tabs/PersonHistoryTab';
import { PersonRelationshipsTab } from './tabs/PersonRelationshipsTab';
import { PersonTimelineTab } from './tabs/PersonTimelineTab';

export const TIMELINE_PAGE_SIZE = 30;

const TABS = ['timeline', 'relationships', 'dialogues', 'details', 'consent', 'history'] as const;
type Tab = (typeof TABS)[number];

/** A person, everything about them on one page; a protected person appears withheld, never named. */
export function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['people', 'organizations', 'ui', 'protection', 'retention']);
  const can = useCan();
  const client = useApolloClient();
  const { dateTime } = useFormatters();
  const notify = useNotify();
  const logEngagement = useLogEngagement();
  const [tab, setTab] = useRecordTab(TABS);
  const [followUpOpen, setFollowUpOpen] = useState(false);
  const [editOpen, setEditOpen] = useState(false);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [protectionOpen, setProtectionOpen] = useState(false);
  const [revealOpen, setRevealOpen] = useState(false);
  const [restrictOpen, setRestrictOpen] = useState(false);
  const reveal = useRevealPerson();
  const [eraseOpen, setEraseOpen] = useState(false);

  const { data, error, refetch } = useQuery(PersonPageDocument, {
    variables: { id, timelineFirst: TIMELINE_PAGE_SIZE },
  });
  const [remove] = useMutation(DeletePersonDocument);
  const [restore] = useMutation(RestorePersonDocument);
  const [setRisk] = useMutation(SetPersonRiskLevelDocument, { refetchQueries: [PersonPageDocument] });

  const person = data?.person;
  const nameWithheld = !!person && (person.withheld.includes('fullName') || person.fullName === null);
  // Changing the level of a record one is not cleared for could reveal it: the API refuses, so do not offer it.
  const mayProtect = can('protection.manage') && !nameWithheld;
  usePageTitle(
    person
      ? nameWithheld
        ? t('people:record.withheldPerson')
        : (person.fullName ?? '')
      : t('people:record.loading'),
  );

  if (error && !person) {
    if (hasErrorCode(error, 'NOT_FOUND'))
      return (
        <RecordNotFound
          title={t('people:record.notFound')}
          hint={t('people:record.notFoundHint')}
          backTo="/people"
        />
      );
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }

  if (!person)
    return (
      <Stack gap="md" aria-busy aria-label={t('people:record.loading')}>
        <Skeleton height={36} width="50%" />
        <Skeleton height={18} width="30%" />
        <Skeleton height={36} />
        <Skeleton height={200} />
      </Stack>
    );

  const trashed = person.deletedAt !== null;
  // An erased person is an anonymous tombstone: nothing to edit, restore or erase again.
  const erased = !!person.erasedAt;
  const mayWrite = can('register.write') && !erased;
  const mayErase = can('people.erase') && !erased && !nameWithheld && !person.mergedIntoId;
  const regionName = (code: string | null | undefined) =>
    code ? (data.regions.find((region) => region.code === code)?.name ?? null) : null;
  const region = regionName(person.country?.subRegionCode) ?? regionName(person.country?.regionCode);
  const today = new Date().toISOString().slice(0, 10);
  const current = (person.affiliations ?? []).filter((a) => !a.endDate || a.endDate > today);
  const primary = current.find((a) => a.isPrimary) ?? current[0] ?? null;

  const undoDelete = async () => {
    await restore({ variables: { id: person.id } });
    notifications.show({ color: 'green', message: t('organizations:record.restored') });
  };

  const doDelete = async () => {
    await remove({ variables: { input: { id: person.id, version: person.version } } });
    const notificationId = `deleted-${person.id}`;
    notifications.show({
      id: notificationId,
      color: 'orange',
      autoClose: 10_000,
      message: (
        <Stack gap={6} align="flex-start">
          <span>{t('organizations:record.deleted')}</span>
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => {
              notifications.hide(notificationId);
              void undoDelete();
            }}
          >
            {t('organizations:record.undo')}
          </Button>
        </Stack>
      ),
    });
  };

  return (
    <Stack gap="lg">
      <RecordDuplicatesNotice
        kind="person"
        recordId={person.id}
        mergedIntoId={person.mergedIntoId}
        trashed={trashed}
        onChanged={() => void refetch()}
      />
      {erased ? (
        <Alert color="gray" icon={<IconEraser size={18} aria-hidden />} role="status">
          {t('retention:erase.banner', { when: dateTime(person.erasedAt ?? '') })}
        </Alert>
      ) : null}
      {trashed ? (
        <TrashBanner
          deletedAt={person.deletedAt ?? ''}
          onRestore={mayWrite && !person.mergedIntoId ? undoDelete : undefined}
        />
      ) : null}
      <RecordHeader
        name={nameWithheld ? null : erased ? t('retention:erase.erasedName') : person.fullName}
        kind={t('people:record.kind')}
        country={person.country}
        countryWithheld={person.withheld.includes('country') || person.withheld.includes('countryCode')}
        region={region}
        riskLevel={person.riskLevel}
        extra={
          // Withheld affiliations read as withheld in the Relationships tab; the header stays quiet.
          primary ? (
            <Text size="sm">
              {primary.role ? `${primary.role} · ` : ''}
              {primary.organization.withheld.includes('name') || !primary.organization.name ? (
                <Withheld compact />
              ) : (
                <Anchor component={Link} to={`/organizations/${primary.organization.id}`} size="sm">
                  {primary.organization.name}
                </Anchor>
              )}
            </Text>
          ) : null
        }
        actions={
          trashed || erased ? null : (
            <>
              {can('engagements.log') && !nameWithheld ? (
                <Button
                  leftSection={<IconMessagePlus size={16} aria-hidden />}
                  onClick={() => logEngagement.open({ personIds: [person.id] })}
                >
                  {t('organizations:record.logEngagement')}
                </Button>
              ) : null}
              {can('engagements.log') && primary && !primary.organization.withheld.includes('name') ? (
                <Button
                  variant="default"
                  leftSection={<IconChecklist size={16} aria-hidden />}
                  onClick={() => setFollowUpOpen(true)}
                >
                  {t('organizations:record.addFollowUp')}
                </Button>
              ) : null}
              {mayWrite && !nameWithheld ? (
                <Button
                  variant="default"
                  leftSection={<IconPencil size={16} aria-hidden />}
                  onClick={() => {
                    setTab('details');
                    setEditOpen(true);
                  }}
                >
                  {t('organizations:record.edit')}
                </Button>
              ) : null}
              {(mayWrite && !nameWithheld) || mayProtect || mayErase ? (
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <Button variant="default" rightSection={<IconDots size={16} aria-hidden />}>
                      {t('organizations:record.more')}
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {mayProtect ? (
                      <Menu.Item
                        leftSection={<IconShieldLock size={16} aria-hidden />}
                        onClick={() => setProtectionOpen(true)}
                      >
                        {t('organizations:protection.open')}
                      </Menu.Item>
                    ) : null}
                    {mayProtect ? (
                      <Menu.Item
                        color="red"
                        leftSection={<IconLock size={16} aria-hidden />}
                        onClick={() => setRestrictOpen(true)}
                      >
                        {t('protection:restrict.action')}
                      </Menu.Item>
                    ) : null}
                    {mayWrite && !nameWithheld ? (
                      <Menu.Item
                        color="red"
                        leftSection={<IconTrash size={16} aria-hidden />}
                        onClick={() => setDeleteOpen(true)}
                      >
                        {t('organizations:record.delete')}
                      </Menu.Item>
                    ) : null}
                    {mayErase ? (
                      <Menu.Item
                        color="red"
                        leftSection={<IconEraser size={16} aria-hidden />}
                        onClick={() => setEraseOpen(true)}
                      >
                        {t('retention:erase.menu')}
                      </Menu.Item>
                    ) : null}
                  </Menu.Dropdown>
                </Menu>
              ) : null}
            </>
          )
        }
      />

      <Tabs value={tab} onChange={(value) => value && setTab(value as Tab)} keepMounted={false}>
        <Tabs.List style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
          {TABS.map((candidate) => (
            <Tabs.Tab key={candidate} value={candidate}>
              {candidate === 'consent'
                ? t('people:consent.tab')
                : t(`organizations:record.tabs.${candidate}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="timeline" pt="md">
          <PersonTimelineTab
            id={person.id}
            defaultTimeline={person.timeline}
            cycles={data.dialogueCycles}
            currentCycle={data.currentCycle.number}
            onLogEngagement={
              can('engagements.log') && !trashed && !nameWithheld
                ? () => logEngagement.open({ personIds: [person.id] })
                : undefined
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="relationships" pt="md">
          <PersonRelationshipsTab
            personId={person.id}
            personName={person.fullName ?? null}
            affiliations={person.affiliations}
            canEdit={mayWrite && !trashed && !nameWithheld}
            onChanged={() => void client.refetchQueries({ include: [PersonPageDocument] })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="dialogues" pt="md">
          <PersonDialoguesTab id={person.id} />
        </Tabs.Panel>
        <Tabs.Panel value="details" pt="md">
          <PersonDetailsTab
            person={person}
            themes={data.themes}
            canEdit={mayWrite && !trashed}
            panelOpened={editOpen}
            onPanelClose={() => setEditOpen(false)}
            onProtection={mayProtect && !trashed && !erased ? () => setProtectionOpen(true) : undefined}
            onReveal={trashed || erased ? undefined : () => setRevealOpen(true)}
          />
        </Tabs.Panel>
        <Tabs.Panel value="consent" pt="md">
          <PersonConsentTab id={person.id} canEdit={mayWrite && !trashed && !nameWithheld} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <PersonHistoryTab id={person.id} />
        </Tabs.Panel>
      </Tabs>

      {primary ? (
        <AddFollowUpModal
          opened={followUpOpen}
          onClose={() => setFollowUpOpen(false)}
          organizationId={primary.organization.id}
          about={primary.organization.name}
          onCreated={() => void client.refetchQueries({ include: [PersonPageDocument] })}
        />
      ) : null}
      <ConfirmDialog
        opened={deleteOpen}
        onClose={() => setDeleteOpen(false)}
        title={t('people:record.deleteTitle')}
        confirmLabel={t('organizations:record.delete')}
        destructive
        onConfirm={doDelete}
      >
        {t('people:record.deleteExplain')}
      </ConfirmDialog>
      <ReasonDialog
        opened={revealOpen}
        onClose={() => setRevealOpen(false)}
        title={t('protection:reveal.title')}
        intro={t('protection:reveal.intro')}
        reasonLabel={t('protection:reveal.reason')}
        reasonHint={t('protection:reveal.reasonHint')}
        confirmLabel={t('protection:reveal.confirm')}
        onConfirm={async (reason) => {
          const revealed = await reveal(person.id, reason);
          notify.done(t('protection:reveal.done', { time: dateTime(revealed.revealedUntil ?? '') }));
        }}
      />
      <RestrictNowDialog recordId={person.id} opened={restrictOpen} onClose={() => setRestrictOpen(false)} />
      {mayErase && person.fullName ? (
        <ErasePersonDialog
          opened={eraseOpen}
          onClose={() => setEraseOpen(false)}
          person={{ id: person.id, fullName: person.fullName }}
          onErased={() => {
            notifications.show({ color: 'green', message: t('retention:erase.done') });
            void refetch();
          }}
        />
      ) : null}
      <ProtectionModal
        opened={protectionOpen}
        onClose={() => setProtectionOpen(false)}
        current={person.riskLevel}
        onSave={async (riskLevel) => {
          await setRisk({ variables: { input: { id: person.id, riskLevel, version: person.version } } });
          notifications.show({ color: 'green', message: t('organizations:protection.saved') });
        }}
      />
    </Stack>
  );
}
