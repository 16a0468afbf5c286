import type {
  OrganizationKind,
  RecordPicker_OrganizationFragment,
  RecordPicker_PersonFragment,
} from '../../gql/graphql';

/** The two kinds of register records a RecordPicker offers. */
export type RecordKind = 'ORGANIZATION' | 'PERSON';

export const RECORD_KINDS: readonly RecordKind[] = ['ORGANIZATION', 'PERSON'];

/** A record picked in a RecordPicker: enough to show it as a pill and to send its id. */
export interface PickedRecord {
  kind: RecordKind;
  id: string;
  /** Null when the record is withheld from the user: shown as withheld, never blank. */
  name: string | null;
  /** Second line in words the caller already has (kind, country…); optional. */
  organizationKind?: OrganizationKind;
}

export function pickedOrganization(organization: RecordPicker_OrganizationFragment): PickedRecord {
  return {
    kind: 'ORGANIZATION',
    id: organization.id,
    name: organization.withheld.includes('name') ? null : (organization.name ?? null),
    organizationKind: organization.kind,
  };
}

export function pickedPerson(person: RecordPicker_PersonFragment): PickedRecord {
  return {
    kind: 'PERSON',
    id: person.id,
    name: person.withheld.includes('fullName') ? null : (person.fullName ?? null),
  };
}

/** The organisation a person works for now: the current primary affiliation, else any current one. */
type AffiliatedOrganization = NonNullable<
  RecordPicker_PersonFragment['affiliations']
>[number]['organization'];

export function primaryOrganizationOf(person: RecordPicker_PersonFragment): AffiliatedOrganization | null {
  const current = (person.affiliations ?? []).filter((a) => !a.endDate);
  const primary = current.find((a) => a.isPrimary) ?? current[0];
  return primary ? primary.organization : null;
}

/** The value a combobox option carries for a record: kind and id in one string. */
export function optionValue(record: { kind: RecordKind; id: string }): string {
  return `${record.kind === 'ORGANIZATION' ? 'o' : 'p'}:${record.id}`;
}

/** Splits the ids of picked records by kind, for inputs such as CreateEngagementInput. */
export function idsByKind(records: readonly PickedRecord[]): {
  organizationIds: string[];
  personIds: string[];
} {
  return {
    organizationIds: records.filter((r) => r.kind === 'ORGANIZATION').map((r) => r.id),
    personIds: records.filter((r) => r.kind === 'PERSON').map((r) => r.id),
  };
}
