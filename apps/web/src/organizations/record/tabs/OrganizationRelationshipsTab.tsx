import '@mantine/dates/styles.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Modal, Select, Skeleton, Stack } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../auth/permissions';
import type { RelationshipType } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { RecordPicker } from '../../../ui/pickers/RecordPicker';
import type { PickedRecord } from '../../../ui/pickers/records';
import { Withheld } from '../../../ui/protection/Withheld';
import { DatedTable, type DatedRow } from '../common/DatedTable';
import { EndDialog } from '../common/EndDialog';
import { useLinkActions } from '../common/useLinkActions';
import { today } from '../common/useRecordTab';
import {
  AddCoreGroupMembershipDocument,
  AddRelationshipDocument,
  EndCoreGroupMembershipDocument,
  EndRelationshipDocument,
  OrganizationPageDocument,
  OrganizationRelationshipsDocument,
} from '../organizationDocuments';

const TYPES: readonly RelationshipType[] = ['MEMBER_OF', 'PARTNER_OF', 'FUNDED_BY', 'HOSTED_BY', 'CO_CHAIRS'];
type Direction = 'out' | 'in';

type Ending = { kind: 'relationship' | 'coreGroup'; id: string; version: number } | null;

/** Networks it belongs to, its members, partners and others, its Core Group memberships and its people. */
export function OrganizationRelationshipsTab({ id, trashed }: { id: string; trashed: boolean }) {
  const { t } = useTranslation(['organizations', 'ui']);
  const can = useCan();
  const { data, error, refetch } = useQuery(OrganizationRelationshipsDocument, { variables: { id } });
  const [endRelationship] = useMutation(EndRelationshipDocument);
  const [endCoreGroup] = useMutation(EndCoreGroupMembershipDocument);
  const [adding, setAdding] = useState<{ type: RelationshipType; direction: Direction } | null>(null);
  const [addingCoreGroup, setAddingCoreGroup] = useState(false);
  const [ending, setEnding] = useState<Ending>(null);
  const loaded = data?.organization;
  // Ids in the history of its links, as names: this organisation, those at the other end, its people.
  const names: Record<string, string> = {};
  if (loaded?.name) names[id] = loaded.name;
  for (const r of loaded?.relationships ?? [])
    for (const o of [r.source, r.target]) if (o.name) names[o.id] = o.name;
  for (const a of loaded?.affiliations ?? []) if (a.person.fullName) names[a.person.id] = a.person.fullName;
  const links = useLinkActions(refetch, names);

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data)
    return (
      <Stack gap="md" aria-busy>
        <Skeleton height={100} />
        <Skeleton height={100} />
      </Stack>
    );
  const organization = data.organization;
  if (organization.relationships === null && organization.affiliations === null) return <Withheld />;

  const mayWrite = can('register.write') && !trashed;
  const mayCoreGroup = can('core-group.manage') && !trashed;
  const relationships = organization.relationships ?? [];

  const row = (r: (typeof relationships)[number]): DatedRow => {
    const outgoing = r.sourceId === id;
    const other = outgoing ? r.target : r.source;
    return {
      id: r.id,
      label: outgoing ? t(`ui:enum.RelationshipType.${r.type}`) : t(`relationships.inverse.${r.type}`),
      other: {
        id: other.id,
        name: other.name ?? null,
        withheld: other.withheld.includes('name'),
        href: `/organizations/${other.id}`,
      },
      startDate: r.startDate,
      endDate: r.endDate,
      version: r.version,
      name: `${outgoing ? t(`ui:enum.RelationshipType.${r.type}`) : t(`relationships.inverse.${r.type}`)} ${other.name ?? ''}`.trim(),
    };
  };

  const networks = relationships.filter((r) => r.type === 'MEMBER_OF' && r.sourceId === id).map(row);
  const members = relationships.filter((r) => r.type === 'MEMBER_OF' && r.targetId === id).map(row);
  const others = relationships.filter((r) => r.type !== 'MEMBER_OF').map(row);
  const versionOf = (rowId: string) => relationships.find((r) => r.id === rowId)?.version ?? 0;

  return (
    <Stack gap="xl">
      <DatedTable
        title={t('relationships.networks')}
        rows={networks}
        empty={t('relationships.noNetworks')}
        otherHeader={t('relationships.organization')}
        labelHeader={t('relationships.type')}
        onAdd={mayWrite ? () => setAdding({ type: 'MEMBER_OF', direction: 'out' }) : undefined}
        addLabel={t('relationships.addNetwork')}
        onEnd={
          mayWrite
            ? (r) => setEnding({ kind: 'relationship', id: r.id, version: versionOf(r.id) })
            : undefined
        }
        onHistory={links.historyOf('relationship')}
        onDelete={mayWrite ? links.deleteOf('relationship') : undefined}
      />
      <DatedTable
        title={t('relationships.members')}
        rows={members}
        empty={t('relationships.noMembers')}
        otherHeader={t('relationships.organization')}
        labelHeader={t('relationships.type')}
        onAdd={mayWrite ? () => setAdding({ type: 'MEMBER_OF', direction: 'in' }) : undefined}
        addLabel={t('relationships.addMember')}
        onEnd={
          mayWrite
            ? (r) => setEnding({ kind: 'relationship', id: r.id, version: versionOf(r.id) })
            : undefined
        }
        onHistory={links.historyOf('relationship')}
        onDelete={mayWrite ? links.deleteOf('relationship') : undefined}
      />
      <DatedTable
        title={t('relationships.others')}
        rows={others}
        empty={t('relationships.noOthers')}
        otherHeader={t('relationships.organization')}
        labelHeader={t('relationships.type')}
        onAdd={mayWrite ? () => setAdding({ type: 'PARTNER_OF', direction: 'out' }) : undefined}
        addLabel={t('relationships.addOther')}
        onEnd={
          mayWrite
            ? (r) => setEnding({ kind: 'relationship', id: r.id, version: versionOf(r.id) })
            : undefined
        }
        onHistory={links.historyOf('relationship')}
        onDelete={mayWrite ? links.deleteOf('relationship') : undefined}
      />
      <DatedTable
        title={t('relationships.coreGroup')}
        rows={organization.coreGroupMemberships.map((m) => ({
          id: m.id,
          label: t('record.coreGroup'),
          startDate: m.startDate,
          endDate: m.endDate,
          version: m.version,
          name: t('relationships.coreGroup'),
        }))}
        empty={t('relationships.noCoreGroup')}
        labelHeader={t('relationships.membership')}
        onAdd={mayCoreGroup ? () => setAddingCoreGroup(true) : undefined}
        addLabel={t('relationships.addCoreGroup')}
        onEnd={
          mayCoreGroup
            ? (r) =>
                setEnding({
                  kind: 'coreGroup',
                  id: r.id,
                  version: organization.coreGroupMemberships.find((m) => m.id === r.id)?.version ?? 0,
                })
            : undefined
        }
        onHistory={links.historyOf('coreGroupMembership')}
        onDelete={mayCoreGroup ? links.deleteOf('coreGroupMembership') : undefined}
      />
      {organization.affiliations === null ? (
        <Withheld />
      ) : (
        <DatedTable
          title={t('relationships.people')}
          rows={organization.affiliations.map((a) => ({
            id: a.id,
            // A role can name a protected person as surely as a name: withheld with them.
            label: a.withheld.includes('role') ? <Withheld compact /> : (a.role ?? t('relationships.noRole')),
            other: {
              id: a.person.id,
              name: a.person.fullName ?? null,
              withheld: a.person.withheld.includes('fullName'),
              href: `/people/${a.person.id}`,
            },
            startDate: a.startDate,
            endDate: a.endDate,
            version: a.version,
            // Never a withheld person's name or role, also not in the menu's label.
            name: a.person.fullName ?? t('ui:withheld.label'),
            // Changing it needs clearance for the person: not offered to those it is withheld from.
            deletable: !a.person.withheld.includes('fullName'),
            badge: a.isPrimary ? (
              <Badge size="xs" variant="light">
                {t('relationships.primary')}
              </Badge>
            ) : null,
          }))}
          empty={t('relationships.noPeople')}
          otherHeader={t('relationships.person')}
          labelHeader={t('relationships.role')}
          onHistory={links.historyOf('affiliation')}
          onDelete={mayWrite ? links.deleteOf('affiliation') : undefined}
        />
      )}
      {links.dialog}

      <AddRelationshipModal
        organizationId={id}
        initial={adding}
        onClose={() => setAdding(null)}
        onAdded={() => void refetch()}
      />
      <AddCoreGroupModal
        organizationId={id}
        opened={addingCoreGroup}
        onClose={() => setAddingCoreGroup(false)}
        onAdded={() => void refetch()}
      />
      <EndDialog
        opened={ending !== null}
        onClose={() => setEnding(null)}
        title={
          ending?.kind === 'coreGroup' ? t('relationships.endCoreGroupTitle') : t('relationships.endTitle')
        }
        description={t('relationships.endExplain')}
        onEnd={async (endDate) => {
          if (!ending) return;
          const input = { id: ending.id, version: ending.version, endDate };
          if (ending.kind === 'coreGroup') await endCoreGroup({ variables: { input } });
          else await endRelationship({ variables: { input } });
          notifications.show({ color: 'green', message: t('relationships.endedToast') });
          await refetch();
        }}
      />
    </Stack>
  );
}

function AddRelationshipModal({
  organizationId,
  initial,
  onClose,
  onAdded,
}: {
  organizationId: string;
  initial: { type: RelationshipType; direction: Direction } | null;
  onClose: () => void;
  onAdded: () => void;
}) {
  const { t } = useTranslation(['organizations', 'ui']);
  const { t: tc } = useTranslation();
  const [choice, setChoice] = useState<string | null>(null);
  const [other, setOther] = useState<PickedRecord[]>([]);
  const [startDate, setStartDate] = useState<string | null>(today());
  const [attempted, setAttempted] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [add, { loading }] = useMutation(AddRelationshipDocument, {
    refetchQueries: [OrganizationPageDocument],
  });
  const opened = initial !== null;
  const value = choice ?? (initial ? `${initial.type}:${initial.direction}` : null);

  const options = TYPES.flatMap((type) =>
    type === 'CO_CHAIRS'
      ? [{ value: `${type}:out`, label: t(`ui:enum.RelationshipType.${type}`) }]
      : [
          { value: `${type}:out`, label: t(`ui:enum.RelationshipType.${type}`) },
          { value: `${type}:in`, label: t(`relationships.inverse.${type}`) },
        ],
  );

  const close = () => {
    setChoice(null);
    setOther([]);
    setStartDate(today());
    setAttempted(false);
    setError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    const picked = other[0];
    if (!value || !picked) return;
    const [type, direction] = value.split(':') as [RelationshipType, Direction];
    setError(null);
    try {
      await add({
        variables: {
          input: {
            type,
            sourceId: direction === 'out' ? organizationId : picked.id,
            targetId: direction === 'out' ? picked.id : organizationId,
            startDate: startDate ? startDate.slice(0, 10) : null,
          },
        },
      });
      notifications.show({ color: 'green', message: t('relationships.added') });
      onAdded();
      close();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('relationships.addTitle')}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Select
            label={t('relationships.thisOrganizationIs')}
            data={options}
            value={value}
            onChange={setChoice}
            allowDeselect={false}
            required
          />
          <RecordPicker
            label={t('relationships.otherOrganization')}
            kinds={['ORGANIZATION']}
            allowCreate={false}
            value={other}
            onChange={(picked) => setOther(picked.slice(-1))}
            required
            autoFocusInModal
            error={attempted && other.length === 0 ? t('relationships.pickOrganization') : undefined}
          />
          <DateInput
            label={t('relationships.startDate')}
            value={startDate}
            onChange={setStartDate}
            valueFormat="D MMMM YYYY"
            clearable
          />
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {tc('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('relationships.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function AddCoreGroupModal({
  organizationId,
  opened,
  onClose,
  onAdded,
}: {
  organizationId: string;
  opened: boolean;
  onClose: () => void;
  onAdded: () => void;
}) {
  const { t } = useTranslation('organizations');
  const { t: tc } = useTranslation();
  const [startDate, setStartDate] = useState<string | null>(today());
  const [error, setError] = useState<unknown>(null);
  const [add, { loading }] = useMutation(AddCoreGroupMembershipDocument, {
    refetchQueries: [OrganizationPageDocument],
  });
  const close = () => {
    setStartDate(today());
    setError(null);
    onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!startDate) return;
    setError(null);
    try {
      await add({ variables: { input: { organizationId, startDate: startDate.slice(0, 10) } } });
      notifications.show({ color: 'green', message: t('relationships.added') });
      onAdded();
      close();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('relationships.addCoreGroup')}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <DateInput
            label={t('relationships.startDate')}
            value={startDate}
            onChange={setStartDate}
            valueFormat="D MMMM YYYY"
            required
            data-autofocus
          />
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {tc('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('relationships.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
