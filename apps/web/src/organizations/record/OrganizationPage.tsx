import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Menu, Skeleton, Stack, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconChecklist,
  IconDots,
  IconMessagePlus,
  IconPencil,
  IconLock,
  IconShieldLock,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCan } from '../../auth/permissions';
import { useLogEngagement } from '../../engagements/LogEngagementProvider';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { RecordDuplicatesNotice } from '../../duplicates/RecordDuplicatesNotice';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { hasErrorCode } from '../../ui/errors';
import { usePageTitle } from '../../ui/usePageTitle';
import { RestrictNowDialog } from '../../protection/RestrictNowDialog';
import { AddFollowUpModal } from './common/AddFollowUpModal';
import { ProtectionModal } from './common/ProtectionModal';
import { RecordHeader } from './common/RecordHeader';
import { RecordNotFound } from './common/RecordNotFound';
import { TrashBanner } from './common/TrashBanner';
import { useRecordTab } from './common/useRecordTab';
import {
  DeleteOrganizationDocument,
  OrganizationPageDocument,
  RestoreOrganizationDocument,
  SetOrganizationRiskLevelDocument,
} from './organizationDocuments';
import { OrganizationCollaborationsTab } from './tabs/OrganizationCollaborationsTab';
import { OrganizationDetailsTab } from './tabs/OrganizationDetailsTab';
import { OrganizationDialoguesTab } from './tabs/OrganizationDialoguesTab';
import { OrganizationHistoryTab } from './tabs/OrganizationHistoryTab';
import { OrganizationRelationshipsTab } from './tabs/OrganizationRelationshipsTab';
import { OrganizationTimelineTab } from './tabs/OrganizationTimelineTab';

export const TIMELINE_PAGE_SIZE = 30;

const TABS = ['timeline', 'relationships', 'dialogues', 'collaborations', 'details', 'history'] as const;
type Tab = (typeof TABS)[number];

/** An organisation, everything about it on one page: header and actions, then tabs (the tab is in the URL). */
export function OrganizationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['organizations', 'ui', 'protection']);
  const can = useCan();
  const client = useApolloClient();
  const logEngagement = useLogEngagement();
  const [tab, setTab] = useRecordTab(TABS);
  const [followUpOpen, setFollowUpOpen] = useState(false);
  const [editOpen, setEditOpen] = useState(false);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [protectionOpen, setProtectionOpen] = useState(false);
  const [restrictOpen, setRestrictOpen] = useState(false);

  const { data, error, refetch } = useQuery(OrganizationPageDocument, {
    variables: { id, timelineFirst: TIMELINE_PAGE_SIZE },
  });
  const [remove] = useMutation(DeleteOrganizationDocument);
  const [restore] = useMutation(RestoreOrganizationDocument);
  const [setRisk] = useMutation(SetOrganizationRiskLevelDocument, {
    refetchQueries: [OrganizationPageDocument],
  });

  const organization = data?.organization;
  const nameWithheld =
    !!organization && (organization.withheld.includes('name') || organization.name === null);
  // Changing the level of a record one is not cleared for could reveal it: the API refuses, so do not offer it.
  const mayProtect = can('protection.manage') && !nameWithheld;
  usePageTitle(
    organization
      ? nameWithheld
        ? t('record.withheldOrganization')
        : (organization.name ?? '')
      : t('record.loadingOrganization'),
  );

  if (error && !organization) {
    if (hasErrorCode(error, 'NOT_FOUND'))
      return (
        <RecordNotFound
          title={t('record.notFound')}
          hint={t('record.notFoundHint')}
          backTo="/organizations"
        />
      );
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }

  if (!organization)
    return (
      <Stack gap="md" aria-busy aria-label={t('record.loadingOrganization')}>
        <Skeleton height={36} width="50%" />
        <Skeleton height={18} width="30%" />
        <Skeleton height={36} />
        <Skeleton height={200} />
      </Stack>
    );

  const trashed = organization.deletedAt !== null;
  const mayWrite = can('register.write');
  const regionName = (code: string | null | undefined) =>
    code ? (data.regions.find((region) => region.code === code)?.name ?? null) : null;
  const region =
    regionName(organization.country?.subRegionCode) ?? regionName(organization.country?.regionCode);
  const refreshTimeline = () => void client.refetchQueries({ include: [OrganizationPageDocument] });

  const undoDelete = async () => {
    await restore({ variables: { id: organization.id } });
    notifications.show({ color: 'green', message: t('record.restored') });
  };

  const doDelete = async () => {
    await remove({ variables: { input: { id: organization.id, version: organization.version } } });
    const notificationId = `deleted-${organization.id}`;
    notifications.show({
      id: notificationId,
      color: 'orange',
      autoClose: 10_000,
      message: (
        <Stack gap={6} align="flex-start">
          <span>{t('record.deleted')}</span>
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => {
              notifications.hide(notificationId);
              void undoDelete();
            }}
          >
            {t('record.undo')}
          </Button>
        </Stack>
      ),
    });
  };

  return (
    <Stack gap="lg">
      <RecordDuplicatesNotice
        kind="organization"
        recordId={organization.id}
        mergedIntoId={organization.mergedIntoId}
        trashed={trashed}
        onChanged={() => void refetch()}
      />
      {trashed ? (
        <TrashBanner
          deletedAt={organization.deletedAt ?? ''}
          onRestore={mayWrite && !organization.mergedIntoId ? undoDelete : undefined}
        />
      ) : null}
      <RecordHeader
        name={nameWithheld ? null : organization.name}
        kind={t(`ui:enum.OrganizationKind.${organization.kind}`)}
        country={organization.country}
        countryWithheld={
          organization.withheld.includes('country') || organization.withheld.includes('countryCode')
        }
        region={region}
        riskLevel={organization.riskLevel}
        coreGroup={organization.isCoreGroupMember}
        extra={organization.acronym && !nameWithheld ? <span>{organization.acronym}</span> : null}
        actions={
          trashed ? null : (
            <>
              {can('engagements.log') ? (
                <Button
                  leftSection={<IconMessagePlus size={16} aria-hidden />}
                  onClick={() => logEngagement.open({ organizationIds: [organization.id] })}
                >
                  {t('record.logEngagement')}
                </Button>
              ) : null}
              {can('engagements.log') ? (
                <Button
                  variant="default"
                  leftSection={<IconChecklist size={16} aria-hidden />}
                  onClick={() => setFollowUpOpen(true)}
                >
                  {t('record.addFollowUp')}
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
                  {t('record.edit')}
                </Button>
              ) : null}
              {(mayWrite && !nameWithheld) || mayProtect ? (
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <Button variant="default" rightSection={<IconDots size={16} aria-hidden />}>
                      {t('record.more')}
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {mayProtect ? (
                      <Menu.Item
                        leftSection={<IconShieldLock size={16} aria-hidden />}
                        onClick={() => setProtectionOpen(true)}
                      >
                        {t('protection.open')}
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
                        {t('record.delete')}
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
              {t(`record.tabs.${candidate}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="timeline" pt="md">
          <OrganizationTimelineTab
            id={organization.id}
            defaultTimeline={organization.timeline}
            cycles={data.dialogueCycles}
            currentCycle={data.currentCycle.number}
            onLogEngagement={
              can('engagements.log') && !trashed
                ? () => logEngagement.open({ organizationIds: [organization.id] })
                : undefined
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="relationships" pt="md">
          <OrganizationRelationshipsTab id={organization.id} trashed={trashed} />
        </Tabs.Panel>
        <Tabs.Panel value="dialogues" pt="md">
          <OrganizationDialoguesTab id={organization.id} />
        </Tabs.Panel>
        <Tabs.Panel value="collaborations" pt="md">
          <OrganizationCollaborationsTab id={organization.id} />
        </Tabs.Panel>
        <Tabs.Panel value="details" pt="md">
          <OrganizationDetailsTab
            organization={organization}
            themes={data.themes}
            canEdit={mayWrite && !trashed}
            panelOpened={editOpen}
            onPanelClose={() => setEditOpen(false)}
            onProtection={mayProtect && !trashed ? () => setProtectionOpen(true) : undefined}
          />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <OrganizationHistoryTab id={organization.id} />
        </Tabs.Panel>
      </Tabs>

      <AddFollowUpModal
        opened={followUpOpen}
        onClose={() => setFollowUpOpen(false)}
        organizationId={organization.id}
        about={nameWithheld ? null : organization.name}
        onCreated={refreshTimeline}
      />
      <ConfirmDialog
        opened={deleteOpen}
        onClose={() => setDeleteOpen(false)}
        title={t('record.deleteTitle')}
        confirmLabel={t('record.delete')}
        destructive
        onConfirm={doDelete}
      >
        {t('record.deleteExplain')}
      </ConfirmDialog>
      <RestrictNowDialog
        recordId={organization.id}
        opened={restrictOpen}
        onClose={() => setRestrictOpen(false)}
      />
      <ProtectionModal
        opened={protectionOpen}
        onClose={() => setProtectionOpen(false)}
        current={organization.riskLevel}
        onSave={async (riskLevel) => {
          await setRisk({
            variables: { input: { id: organization.id, riskLevel, version: organization.version } },
          });
          notifications.show({ color: 'green', message: t('protection.saved') });
        }}
      />
    </Stack>
  );
}
