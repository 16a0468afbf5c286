import type { Permission } from '../auth/permissions';
import type { RelationshipType, TrashQuery } from '../gql/graphql';

export const TRASH_TYPES = [
  'organization',
  'person',
  'engagement',
  'followUp',
  'collaboration',
  'recommendation',
  'dialogue',
  'dialogueSession',
  'participation',
  'affiliation',
  'relationship',
  'coreGroupMembership',
] as const;
export type TrashType = (typeof TRASH_TYPES)[number];

export function isTrashType(value: string | null | undefined): value is TrashType {
  return (TRASH_TYPES as readonly string[]).includes(value ?? '');
}

/** Who may bring each kind back (the API's access policy; the server still checks). */
export const RESTORE_PERMISSION: Record<TrashType, Permission> = {
  organization: 'register.write',
  person: 'register.write',
  engagement: 'engagements.manage',
  followUp: 'engagements.manage',
  collaboration: 'collaborations.manage',
  recommendation: 'recommendations.manage',
  dialogue: 'dialogues.manage',
  dialogueSession: 'dialogues.manage',
  participation: 'dialogues.manage',
  affiliation: 'register.write',
  relationship: 'register.write',
  coreGroupMembership: 'core-group.manage',
};

/**
 * Kinds the API lists as "the most recent N in the trash" with no text search or total: the search filters
 * them here, and a full list of N means there may be more.
 */
export const LISTED_HERE: readonly TrashType[] = [
  'dialogue',
  'dialogueSession',
  'participation',
  'affiliation',
  'relationship',
  'coreGroupMembership',
];

/** One deleted record, whatever its kind. */
export interface TrashItem {
  type: TrashType;
  id: string;
  /** Null when withheld from this user (a protected record): shown as withheld, never blank. */
  name: string | null;
  withheld: boolean;
  deletedAt: string;
  /** Who moved it to the trash, when the newest history entry is that deletion. */
  deletedBy: string | null;
  /** Where the record opens; null where it has no page. */
  href: string | null;
  /** What it belongs to, for the records that hang off others (a session's Dialogue, an affiliation's organisation). */
  context: string | null;
  /** A relationship's type (MEMBER_OF …), shown translated before the context. */
  relationshipType?: RelationshipType;
}

type History = { edges: readonly { node: { action: string; actorName?: string | null } }[] };

function deletedBy(history: History | null | undefined): string | null {
  const last = history?.edges[0]?.node;
  return last?.action === 'DELETE' ? (last.actorName ?? null) : null;
}

/**
 * The answer of the Trash query as one list, newest deletion first. Records without a deletion date (none
 * should be) sort last. The kinds in LISTED_HERE are filtered by `text` here (their API lists have no text
 * filter); the other kinds were already filtered by the API.
 */
export function trashItems(data: TrashQuery | undefined, text = ''): TrashItem[] {
  if (!data) return [];
  const items: TrashItem[] = [];
  const nodes = <T>(connection: { edges: readonly { node: T }[] } | null | undefined) =>
    connection?.edges.map((edge) => edge.node) ?? [];

  for (const o of nodes(data.organizations)) {
    const withheld = o.withheld.includes('name') || !o.name;
    items.push({
      type: 'organization',
      id: o.id,
      name: withheld ? null : o.acronym ? `${o.name ?? ''} (${o.acronym})` : (o.name ?? null),
      withheld,
      deletedAt: o.deletedAt ?? '',
      deletedBy: deletedBy(o.history),
      href: `/organizations/${o.id}`,
      context: null,
    });
  }
  for (const p of nodes(data.people)) {
    const withheld = p.withheld.includes('fullName') || !p.fullName;
    items.push({
      type: 'person',
      id: p.id,
      name: withheld ? null : (p.fullName ?? null),
      withheld,
      deletedAt: p.deletedAt ?? '',
      deletedBy: deletedBy(p.history),
      href: `/people/${p.id}`,
      context: null,
    });
  }
  for (const e of nodes(data.engagements)) {
    items.push({
      type: 'engagement',
      id: e.id,
      name: e.title,
      withheld: false,
      deletedAt: e.deletedAt ?? '',
      deletedBy: deletedBy(e.history),
      href: null,
      context: null,
    });
  }
  for (const f of nodes(data.followUps)) {
    const withheld = f.withheld.includes('title') || !f.title;
    items.push({
      type: 'followUp',
      id: f.id,
      name: withheld ? null : (f.title ?? null),
      withheld,
      deletedAt: f.deletedAt ?? '',
      deletedBy: deletedBy(f.history),
      href: null,
      context: null,
    });
  }
  for (const c of nodes(data.collaborations)) {
    items.push({
      type: 'collaboration',
      id: c.id,
      name: c.title,
      withheld: false,
      deletedAt: c.deletedAt ?? '',
      deletedBy: deletedBy(c.history),
      href: null,
      context: null,
    });
  }
  for (const r of nodes(data.recommendations)) {
    items.push({
      type: 'recommendation',
      id: r.id,
      name: r.title,
      withheld: false,
      deletedAt: r.deletedAt ?? '',
      deletedBy: deletedBy(r.history),
      href: null,
      context: null,
    });
  }
  const needle = text.trim().toLocaleLowerCase();
  for (const d of data.dialogues ?? []) {
    if (needle && !d.title.toLocaleLowerCase().includes(needle)) continue;
    items.push({
      type: 'dialogue',
      id: d.id,
      name: d.title,
      withheld: false,
      deletedAt: d.deletedAt ?? '',
      deletedBy: deletedBy(d.history),
      href: `/dialogues/${d.id}`,
      context: null,
    });
  }
  const matches = (...texts: (string | null | undefined)[]) =>
    !needle || texts.some((value) => value?.toLocaleLowerCase().includes(needle));
  for (const s of data.dialogueSessionsInTrash ?? []) {
    if (!matches(s.title, s.dialogue.title)) continue;
    items.push({
      type: 'dialogueSession',
      id: s.id,
      name: s.title,
      withheld: false,
      deletedAt: s.deletedAt ?? '',
      deletedBy: deletedBy(s.history),
      href: `/dialogues/${s.dialogueId}/sessions`,
      context: s.dialogue.title,
    });
  }
  for (const p of data.participationsInTrash ?? []) {
    // The API lists only people this user is cleared for; withheld stays a guard, never a blank.
    const withheld = p.person.withheld.includes('fullName') || !p.person.fullName;
    if (!matches(withheld ? null : p.person.fullName, p.dialogue.title)) continue;
    items.push({
      type: 'participation',
      id: p.id,
      name: withheld ? null : (p.person.fullName ?? null),
      withheld,
      deletedAt: p.deletedAt ?? '',
      deletedBy: deletedBy(p.history),
      href: `/dialogues/${p.dialogueId}/participants`,
      context: p.dialogue.title,
    });
  }
  for (const a of data.affiliationsInTrash ?? []) {
    const withheld = a.person.withheld.includes('fullName') || !a.person.fullName;
    const organization = a.organization.name ?? null;
    if (!matches(withheld ? null : a.person.fullName, a.role, organization)) continue;
    items.push({
      type: 'affiliation',
      id: a.id,
      name: withheld ? null : (a.person.fullName ?? null),
      withheld,
      deletedAt: a.deletedAt ?? '',
      deletedBy: deletedBy(a.history),
      href: `/people/${a.personId}?tab=relationships`,
      context: [a.role, organization].filter(Boolean).join(' · ') || null,
    });
  }
  for (const r of data.organizationRelationshipsInTrash ?? []) {
    const withheld = !r.source.name || !r.target.name;
    if (!matches(r.source.name, r.target.name)) continue;
    items.push({
      type: 'relationship',
      id: r.id,
      name: withheld ? null : `${r.source.name ?? ''} → ${r.target.name ?? ''}`,
      withheld,
      deletedAt: r.deletedAt ?? '',
      deletedBy: deletedBy(r.history),
      href: `/organizations/${r.sourceId}?tab=relationships`,
      context: null,
      relationshipType: r.type,
    });
  }
  for (const m of data.coreGroupMembershipsInTrash ?? []) {
    const withheld = !m.organization.name;
    if (!matches(m.organization.name)) continue;
    items.push({
      type: 'coreGroupMembership',
      id: m.id,
      name: withheld ? null : (m.organization.name ?? null),
      withheld,
      deletedAt: m.deletedAt ?? '',
      deletedBy: deletedBy(m.history),
      href: `/organizations/${m.organizationId}?tab=relationships`,
      context: `${m.startDate} – ${m.endDate ?? '…'}`,
    });
  }
  return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt) || a.type.localeCompare(b.type));
}

/** How many of each kind the trash holds (the API's totals), for the type filter. */
export function trashCounts(data: TrashQuery | undefined, text = ''): Record<TrashType, number> {
  const listedHere = trashItems(data, text).reduce<Partial<Record<TrashType, number>>>((counts, item) => {
    counts[item.type] = (counts[item.type] ?? 0) + 1;
    return counts;
  }, {});
  return {
    organization: data?.organizations?.totalCount ?? 0,
    person: data?.people?.totalCount ?? 0,
    engagement: data?.engagements?.totalCount ?? 0,
    followUp: data?.followUps?.totalCount ?? 0,
    collaboration: data?.collaborations?.totalCount ?? 0,
    recommendation: data?.recommendations?.totalCount ?? 0,
    dialogue: listedHere.dialogue ?? 0,
    dialogueSession: listedHere.dialogueSession ?? 0,
    participation: listedHere.participation ?? 0,
    affiliation: listedHere.affiliation ?? 0,
    relationship: listedHere.relationship ?? 0,
    coreGroupMembership: listedHere.coreGroupMembership ?? 0,
  };
}

/**
 * Whether the list may hold more than it shows (of `type`, or of any kind): an API total above the page, or
 * one of the "most recent N" lists came back full.
 */
export function trashTruncated(
  data: TrashQuery | undefined,
  pageSize: number,
  type: TrashType | null,
): boolean {
  if (!data) return false;
  const counts = trashCounts(data);
  const full: Record<TrashType, boolean> = {
    organization: counts.organization > pageSize,
    person: counts.person > pageSize,
    engagement: counts.engagement > pageSize,
    followUp: counts.followUp > pageSize,
    collaboration: counts.collaboration > pageSize,
    recommendation: counts.recommendation > pageSize,
    dialogue: false, // the API lists every Dialogue in the trash
    dialogueSession: (data.dialogueSessionsInTrash?.length ?? 0) >= pageSize,
    participation: (data.participationsInTrash?.length ?? 0) >= pageSize,
    affiliation: (data.affiliationsInTrash?.length ?? 0) >= pageSize,
    relationship: (data.organizationRelationshipsInTrash?.length ?? 0) >= pageSize,
    coreGroupMembership: (data.coreGroupMembershipsInTrash?.length ?? 0) >= pageSize,
  };
  return type ? full[type] : TRASH_TYPES.some((kind) => full[kind]);
}
