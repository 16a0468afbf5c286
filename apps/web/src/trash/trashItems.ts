import type { Permission } from '../auth/permissions';
import type { TrashQuery } from '../gql/graphql';

export const TRASH_TYPES = [
  'organization',
  'person',
  'engagement',
  'followUp',
  'collaboration',
  'recommendation',
  'dialogue',
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
};

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
}

type History = { edges: readonly { node: { action: string; actorName?: string | null } }[] };

function deletedBy(history: History | null | undefined): string | null {
  const last = history?.edges[0]?.node;
  return last?.action === 'DELETE' ? (last.actorName ?? null) : null;
}

/**
 * The answer of the Trash query as one list, newest deletion first. Records without a deletion date (none
 * should be) sort last. Dialogues are filtered by `text` here (the API's list has no text filter); the other
 * kinds were already filtered by the API.
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
    });
  }
  return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt) || a.type.localeCompare(b.type));
}

/** How many of each kind the trash holds (the API's totals), for the type filter. */
export function trashCounts(data: TrashQuery | undefined, text = ''): Record<TrashType, number> {
  const needle = text.trim().toLocaleLowerCase();
  return {
    organization: data?.organizations?.totalCount ?? 0,
    person: data?.people?.totalCount ?? 0,
    engagement: data?.engagements?.totalCount ?? 0,
    followUp: data?.followUps?.totalCount ?? 0,
    collaboration: data?.collaborations?.totalCount ?? 0,
    recommendation: data?.recommendations?.totalCount ?? 0,
    dialogue: (data?.dialogues ?? []).filter((d) => !needle || d.title.toLocaleLowerCase().includes(needle))
      .length,
  };
}
