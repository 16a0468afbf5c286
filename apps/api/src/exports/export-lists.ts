import { ConsentPurpose } from '@convene/domain';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { Action, can } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import type { Connection } from '../common/pagination';
import { givenPurposesOf } from '../consents/consent-sql';
import { CollaborationsArgs } from '../collaborations/dto/collaboration.inputs';
import type { Collaboration } from '../collaborations/collaboration.model';
import type { CollaborationsService } from '../collaborations/collaborations.service';
import { ParticipationsArgs } from '../dialogues/dto/dialogue.inputs';
import type { Participation } from '../dialogues/dialogue.model';
import type { ParticipationsService } from '../dialogues/participations.service';
import { EngagementsArgs } from '../engagements/dto/engagement.inputs';
import type { Engagement } from '../engagements/engagement.model';
import type { EngagementsService } from '../engagements/engagements.service';
import { FollowUpsArgs } from '../follow-ups/dto/follow-up.inputs';
import type { FollowUp } from '../follow-ups/follow-up.model';
import type { FollowUpsService } from '../follow-ups/follow-ups.service';
import { OrganizationsArgs } from '../organizations/dto/organization.inputs';
import { OrganizationEntity } from '../organizations/organization.entity';
import type { Organization } from '../organizations/organization.model';
import type { OrganizationsService } from '../organizations/organizations.service';
import { PeopleArgs } from '../people/dto/person.inputs';
import { PersonEntity } from '../people/person.entity';
import type { Person } from '../people/person.model';
import type { PeopleService } from '../people/people.service';
import { RecommendationsArgs } from '../recommendations/dto/recommendation.inputs';
import type { Recommendation } from '../recommendations/recommendation.model';
import type { RecommendationsService } from '../recommendations/recommendations.service';

/** What a withheld value reads as in an export: never the value, never an empty cell that looks like "none". */
export const WITHHELD = '[withheld]';

/** What a contact detail reads as when the person has not consented to being contacted (CONTACT). */
export const NO_CONTACT_CONSENT = '[no consent to contact]';

/** Consent purposes as the people export's "Consented to" column names them. */
export const CONSENT_LABELS: Record<ConsentPurpose, string> = {
  [ConsentPurpose.CONTACT]: 'Contact',
  [ConsentPurpose.LIST_AS_PARTICIPANT]: 'Listed as participant',
  [ConsentPurpose.PHOTOGRAPH_OR_RECORD]: 'Photographed or recorded',
  [ConsentPurpose.QUOTE]: 'Quoted',
  [ConsentPurpose.SHARE_WITH_MEMBER_STATES]: 'Shared with Member States',
  [ConsentPurpose.SHARE_WITH_UN_ENTITIES]: 'Shared with UN entities',
  [ConsentPurpose.PUBLIC_ATTRIBUTION]: 'Public attribution',
};

/** A cell as the writers take it: text, a number, a date or a yes/no; null is an empty cell. */
export type ExportCell = string | number | boolean | Date | null;

export const EXPORT_LISTS = [
  'organizations',
  'people',
  'engagements',
  'follow-ups',
  'collaborations',
  'recommendations',
  'participants',
] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];

export interface ExportColumn {
  key: string;
  header: string;
}

/** The services each list reads through: the same ones (and so the same rules) as the list on screen. */
export interface ListServices {
  db: DataSource;
  organizations: OrganizationsService;
  people: PeopleService;
  engagements: EngagementsService;
  followUps: FollowUpsService;
  collaborations: CollaborationsService;
  recommendations: RecommendationsService;
  participations: ParticipationsService;
}

/** Names looked up once per export, in the viewer's language. */
export interface ExportReference {
  countries: Map<string, string>;
  themes: Map<string, string>;
  policyProcesses: Map<string, string>;
  dialogues: Map<string, string>;
  /** The app's address, for the link column. */
  publicUrl: string;
}

export interface PageArgsOf {
  first: number;
  after?: string;
}

/** One list that can be exported: its arguments (the list's own args class), how to page it and its columns. */
export interface ListExporter<Row extends { id: string }> {
  list: ExportList;
  /** The read action of the list on screen. */
  action: Action;
  /** The list's GraphQL args class: the export validates its arguments with it, exactly as the list does. */
  argsClass: new () => object;
  /** The argument names the list takes besides paging, e.g. filter and sort. */
  argNames: readonly string[];
  columns(viewer: CurrentUser): ExportColumn[];
  page(s: ListServices, viewer: CurrentUser, args: object & PageArgsOf): Promise<Connection<Row>>;
  /**
   * For lists that leave out people who did not consent to the list's purpose: how many rows the list would
   * have without that rule (the export says how many it left out), and the note that closes the file.
   */
  consent?: {
    purpose: ConsentPurpose;
    countWithoutConsent(s: ListServices, viewer: CurrentUser, args: object): Promise<number>;
    note(leftOut: number): string;
  };
  /** Values for a batch of rows, keyed by column; relations are looked up for the whole batch at once. */
  values(
    s: ListServices,
    viewer: CurrentUser,
    rows: Row[],
    ref: ExportReference,
  ): Promise<Record<string, ExportCell>[]>;
}

// ---- shared look-ups ----

const withheld = (value: ExportCell, isWithheld: boolean): ExportCell => (isWithheld ? WITHHELD : value);

/** Names joined with "; ", by name, withheld ones last (their order says nothing about them). */
function joined(values: string[]): string {
  const known = values.filter((v) => !v.startsWith(WITHHELD)).sort((a, b) => a.localeCompare(b));
  return [...known, ...values.filter((v) => v.startsWith(WITHHELD))].join('; ');
}

function names(keys: readonly string[] | null, map: Map<string, string>): string {
  return (keys ?? []).map((k) => map.get(k) ?? k).join('; ');
}

function country(code: string | null, ref: ExportReference): string | null {
  return code ? (ref.countries.get(code) ?? code) : null;
}

/** Organisations by id as the viewer may see them: a protected one the viewer is not cleared for is withheld. */
async function organizationNames(
  s: ListServices,
  viewer: CurrentUser,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await s.db
    .getRepository(OrganizationEntity)
    .find({ where: { id: In(unique) }, withDeleted: true });
  return new Map(
    rows.map((entity) => {
      const o = s.organizations.present(entity, viewer);
      return [o.id, o.withheld.includes('name') ? WITHHELD : (o.name ?? '')];
    }),
  );
}

/** People by id as the viewer may see them (name and email withheld when protected). */
async function peopleById(
  s: ListServices,
  viewer: CurrentUser,
  ids: readonly string[],
): Promise<Map<string, Person>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await s.db.getRepository(PersonEntity).find({ where: { id: In(unique) }, withDeleted: true });
  return new Map(rows.map((entity) => [entity.id, s.people.present(entity, viewer)]));
}

const personName = (p: Person | undefined): string =>
  !p ? '' : p.withheld.includes('fullName') ? WITHHELD : (p.fullName ?? '');

/** Rows of a join table for a batch, grouped by the parent id. */
async function grouped<T extends Record<string, string>>(
  db: DataSource,
  sql: string,
  ids: string[],
): Promise<Map<string, T[]>> {
  const map = new Map<string, T[]>();
  if (!ids.length) return map;
  const rows: (T & { parent: string })[] = await db.query(sql, [ids]);
  for (const row of rows) {
    const list = map.get(row.parent);
    if (list) list.push(row);
    else map.set(row.parent, [row]);
  }
  return map;
}

const link = (ref: ExportReference, path: string) => `${ref.publicUrl}${path}`;
const riskColumn = (viewer: CurrentUser): ExportColumn[] =>
  can(viewer, Action.ManageProtection) ? [{ key: 'riskLevel', header: 'Risk level' }] : [];

// ---- the lists ----

const organizations: ListExporter<Organization> = {
  list: 'organizations',
  action: Action.ReadRegister,
  argsClass: OrganizationsArgs,
  argNames: ['filter', 'sort'],
  columns: (viewer) => [
    { key: 'id', header: 'ID' },
    { key: 'name', header: 'Name' },
    { key: 'acronym', header: 'Acronym' },
    { key: 'kind', header: 'Kind' },
    { key: 'country', header: 'Country' },
    { key: 'scope', header: 'Scope' },
    { key: 'coreGroup', header: 'Core Group member' },
    { key: 'themes', header: 'Themes' },
    { key: 'website', header: 'Website' },
    { key: 'description', header: 'Description' },
    ...riskColumn(viewer),
    { key: 'createdAt', header: 'Created' },
    { key: 'updatedAt', header: 'Updated' },
    { key: 'link', header: 'Link' },
  ],
  page: (s, viewer, args) => s.organizations.list(viewer, args),
  async values(s, _viewer, rows, ref) {
    const current: { organization_id: string }[] = rows.length
      ? await s.db.query(
          `SELECT DISTINCT organization_id FROM core_group_memberships WHERE organization_id = ANY($1) AND deleted_at IS NULL
             AND start_date <= current_date AND (end_date IS NULL OR end_date >= current_date)`,
          [rows.map((r) => r.id)],
        )
      : [];
    const members = new Set(current.map((r) => r.organization_id));
    return rows.map((o) => {
      const w = (field: string) => o.withheld.includes(field);
      return {
        id: o.id,
        name: withheld(o.name, w('name')),
        acronym: withheld(o.acronym, w('acronym')),
        kind: o.kind,
        country: withheld(country(o.countryCode, ref), w('countryCode')),
        scope: withheld(o.scope, w('scope')),
        coreGroup: members.has(o.id),
        themes: withheld(names(o.themes, ref.themes), w('themes')),
        website: withheld(o.website, w('website')),
        description: withheld(o.description, w('description')),
        riskLevel: o.riskLevel,
        createdAt: o.createdAt,
        updatedAt: o.updatedAt,
        link: link(ref, `/organizations/${o.id}`),
      };
    });
  },
};

const people: ListExporter<Person> = {
  list: 'people',
  action: Action.ReadRegister,
  argsClass: PeopleArgs,
  argNames: ['filter', 'sort'],
  // Minimised: gender, age band and notes stay on the record page and out of bulk copies.
  columns: (viewer) => [
    { key: 'id', header: 'ID' },
    { key: 'fullName', header: 'Full name' },
    { key: 'email', header: 'Email' },
    { key: 'phone', header: 'Phone' },
    { key: 'country', header: 'Country' },
    { key: 'organizations', header: 'Organisations' },
    { key: 'languages', header: 'Languages' },
    { key: 'themes', header: 'Themes' },
    { key: 'consent', header: 'Consented to' },
    ...riskColumn(viewer),
    { key: 'createdAt', header: 'Created' },
    { key: 'updatedAt', header: 'Updated' },
    { key: 'link', header: 'Link' },
  ],
  page: (s, viewer, args) => s.people.list(viewer, args),
  async values(s, viewer, rows, ref) {
    // Current affiliations; a protected person's affiliations are withheld with the rest of them.
    const affiliations = await grouped<{ organization_id: string }>(
      s.db,
      `SELECT person_id AS parent, organization_id FROM affiliations
        WHERE person_id = ANY($1) AND deleted_at IS NULL AND (end_date IS NULL OR end_date >= current_date)`,
      rows.filter((p) => !p.withheld.length).map((p) => p.id),
    );
    const orgs = await organizationNames(
      s,
      viewer,
      [...affiliations.values()].flat().map((a) => a.organization_id),
    );
    // Consent is as protected as the person: looked up only for people the viewer may see.
    const consents = await givenPurposesOf(
      s.db,
      rows.filter((p) => !p.withheld.length).map((p) => p.id),
    );
    return rows.map((p) => {
      // Masked contact details (a protected person's) are withheld in every file, revealed on screen or not.
      const w = (field: string) => p.withheld.includes(field) || p.masked.includes(field);
      const given = consents.get(p.id) ?? [];
      const contact = (value: string | null) =>
        value && !given.includes(ConsentPurpose.CONTACT) ? NO_CONTACT_CONSENT : value;
      return {
        id: p.id,
        fullName: withheld(p.fullName, w('fullName')),
        email: withheld(contact(p.email), w('email')),
        phone: withheld(contact(p.phone), w('phone')),
        country: withheld(country(p.countryCode, ref), w('countryCode')),
        organizations: p.withheld.length
          ? WITHHELD
          : joined((affiliations.get(p.id) ?? []).map((a) => orgs.get(a.organization_id) ?? '')),
        languages: withheld((p.languages ?? []).join('; '), w('languages')),
        themes: withheld(names(p.themes, ref.themes), w('themes')),
        consent: p.withheld.length ? WITHHELD : given.map((c) => CONSENT_LABELS[c]).join('; '),
        riskLevel: p.riskLevel,
        createdAt: p.createdAt,
        updatedAt: p.updatedAt,
        link: link(ref, `/people/${p.id}`),
      };
    });
  },
};

const engagements: ListExporter<Engagement> = {
  list: 'engagements',
  action: Action.ReadEngagements,
  argsClass: EngagementsArgs,
  argNames: ['filter', 'order'],
  columns: () => [
    { key: 'id', header: 'ID' },
    { key: 'date', header: 'Date' },
    { key: 'title', header: 'Title' },
    { key: 'type', header: 'Type' },
    { key: 'organizations', header: 'Organisations' },
    { key: 'people', header: 'People' },
    { key: 'country', header: 'Country' },
    { key: 'place', header: 'Place' },
    { key: 'online', header: 'Online' },
    { key: 'themes', header: 'Themes' },
    { key: 'policyProcesses', header: 'Policy processes' },
    { key: 'summary', header: 'Summary' },
    { key: 'outcome', header: 'Outcome' },
    { key: 'createdAt', header: 'Created' },
    { key: 'link', header: 'Link' },
  ],
  page: (s, viewer, args) => s.engagements.list(viewer, args),
  async values(s, viewer, rows, ref) {
    const ids = rows.map((e) => e.id);
    const orgRows = await grouped<{ organization_id: string; side: string }>(
      s.db,
      `SELECT eo.engagement_id AS parent, eo.organization_id, eo.side FROM engagement_organizations eo
        WHERE eo.engagement_id = ANY($1) `,
      ids,
    );
    const personRows = await grouped<{ person_id: string }>(
      s.db,
      `SELECT ep.engagement_id AS parent, ep.person_id FROM engagement_people ep
        WHERE ep.engagement_id = ANY($1) `,
      ids,
    );
    const orgs = await organizationNames(
      s,
      viewer,
      [...orgRows.values()].flat().map((r) => r.organization_id),
    );
    const persons = await peopleById(
      s,
      viewer,
      [...personRows.values()].flat().map((r) => r.person_id),
    );
    return rows.map((e) => ({
      id: e.id,
      date: e.date,
      title: e.title,
      type: e.type,
      organizations: joined(
        (orgRows.get(e.id) ?? []).map((r) => `${orgs.get(r.organization_id) ?? ''} (${r.side})`),
      ),
      people: joined((personRows.get(e.id) ?? []).map((r) => personName(persons.get(r.person_id)))),
      country: country(e.countryCode, ref),
      place: e.place,
      online: e.online,
      themes: names(e.themes, ref.themes),
      policyProcesses: names(e.policyProcesses, ref.policyProcesses),
      summary: e.summary,
      outcome: e.outcome,
      createdAt: e.createdAt,
      link: link(ref, `/engagements/${e.id}`),
    }));
  },
};

const SUBJECT_PATHS: Record<string, string> = {
  ENGAGEMENT: '/engagements/',
  ORGANIZATION: '/organizations/',
  COLLABORATION: '/collaborations/',
  RECOMMENDATION: '/recommendations/',
};

const followUps: ListExporter<FollowUp> = {
  list: 'follow-ups',
  action: Action.ReadEngagements,
  argsClass: FollowUpsArgs,
  argNames: ['filter', 'order'],
  columns: () => [
    { key: 'id', header: 'ID' },
    { key: 'title', header: 'Title' },
    { key: 'dueDate', header: 'Due' },
    { key: 'status', header: 'Status' },
    { key: 'priority', header: 'Priority' },
    { key: 'overdue', header: 'Overdue' },
    { key: 'owner', header: 'Owner' },
    { key: 'subjectType', header: 'Follows up' },
    { key: 'description', header: 'Description' },
    { key: 'completedAt', header: 'Completed' },
    { key: 'link', header: 'Link' },
  ],
  page: (s, viewer, args) => s.followUps.list(viewer, args),
  async values(s, _viewer, rows, ref) {
    const owners: { id: string; display_name: string }[] = rows.length
      ? await s.db.query('SELECT id, display_name FROM users WHERE id = ANY($1)', [
          [...new Set(rows.map((f) => f.ownerId))],
        ])
      : [];
    const ownerNames = new Map(owners.map((u) => [u.id, u.display_name]));
    return rows.map((f) => ({
      id: f.id,
      title: withheld(f.title, f.withheld.includes('title')),
      dueDate: f.dueDate,
      status: f.status,
      priority: f.priority,
      overdue: f.overdue,
      owner: ownerNames.get(f.ownerId) ?? '',
      subjectType: f.subjectType,
      description: withheld(f.description, f.withheld.includes('description')),
      completedAt: f.completedAt,
      // A follow-up about a withheld record links nowhere that would name it.
      link: f.withheld.length ? null : link(ref, `${SUBJECT_PATHS[f.subjectType] ?? '/'}${f.subjectId}`),
    }));
  },
};

const collaborations: ListExporter<Collaboration> = {
  list: 'collaborations',
  action: Action.ReadCollaborations,
  argsClass: CollaborationsArgs,
  argNames: ['filter', 'order'],
  columns: () => [
    { key: 'id', header: 'ID' },
    { key: 'title', header: 'Title' },
    { key: 'status', header: 'Status' },
    { key: 'partners', header: 'Partners' },
    { key: 'startDate', header: 'Start' },
    { key: 'endDate', header: 'End' },
    { key: 'themes', header: 'Themes' },
    { key: 'description', header: 'Description' },
    { key: 'createdAt', header: 'Created' },
    { key: 'link', header: 'Link' },
  ],
  page: (s, viewer, args) => s.collaborations.list(viewer, args),
  async values(s, viewer, rows, ref) {
    const partners = await grouped<{ organization_id: string; role: string }>(
      s.db,
      `SELECT collaboration_id AS parent, organization_id, role FROM collaboration_partners
        WHERE collaboration_id = ANY($1) `,
      rows.map((c) => c.id),
    );
    const orgs = await organizationNames(
      s,
      viewer,
      [...partners.values()].flat().map((p) => p.organization_id),
    );
    return rows.map((c) => ({
      id: c.id,
      title: c.title,
      status: c.status,
      partners: joined(
        (partners.get(c.id) ?? []).map((p) => `${orgs.get(p.organization_id) ?? ''} (${p.role})`),
      ),
      startDate: c.startDate,
      endDate: c.endDate,
      themes: names(c.themes, ref.themes),
      description: c.description,
      createdAt: c.createdAt,
      link: link(ref, `/collaborations/${c.id}`),
    }));
  },
};

const recommendations: ListExporter<Recommendation> = {
  list: 'recommendations',
  action: Action.ReadRecommendations,
  argsClass: RecommendationsArgs,
  argNames: ['filter', 'order'],
  columns: () => [
    { key: 'id', header: 'ID' },
    { key: 'title', header: 'Title' },
    { key: 'dialogue', header: 'Dialogue' },
    { key: 'policyProcess', header: 'Policy process' },
    { key: 'status', header: 'Status' },
    { key: 'organizations', header: 'Organisations' },
    { key: 'themes', header: 'Themes' },
    { key: 'evidence', header: 'Evidence' },
    { key: 'body', header: 'Text' },
    { key: 'createdAt', header: 'Created' },
    { key: 'link', header: 'Link' },
  ],
  page: (s, _viewer, args) => s.recommendations.list(args),
  async values(s, viewer, rows, ref) {
    const contributors = await grouped<{ organization_id: string }>(
      s.db,
      `SELECT recommendation_id AS parent, organization_id FROM recommendation_organizations
        WHERE recommendation_id = ANY($1)`,
      rows.map((r) => r.id),
    );
    const orgs = await organizationNames(
      s,
      viewer,
      [...contributors.values()].flat().map((c) => c.organization_id),
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      dialogue: ref.dialogues.get(r.dialogueId) ?? null,
      policyProcess: r.policyProcess ? (ref.policyProcesses.get(r.policyProcess) ?? r.policyProcess) : null,
      status: r.status,
      organizations: joined((contributors.get(r.id) ?? []).map((c) => orgs.get(c.organization_id) ?? '')),
      themes: names(r.themes, ref.themes),
      evidence: r.evidence
        .map((e) => [e.documentSymbol, e.paragraph].filter(Boolean).join(' para. '))
        .join('; '),
      body: r.body,
      createdAt: r.createdAt,
      link: link(ref, `/recommendations/${r.id}`),
    }));
  },
};

const participants: ListExporter<Participation> = {
  list: 'participants',
  action: Action.ReadRegister,
  argsClass: ParticipationsArgs,
  argNames: ['dialogueId', 'filter'],
  columns: () => [
    { key: 'id', header: 'ID' },
    { key: 'dialogue', header: 'Dialogue' },
    { key: 'person', header: 'Person' },
    { key: 'email', header: 'Email' },
    { key: 'country', header: 'Country' },
    { key: 'organization', header: 'Organisation' },
    { key: 'role', header: 'Role' },
    { key: 'status', header: 'Status' },
    { key: 'link', header: 'Link' },
  ],
  // Only people who consented to being listed as participants; the file ends with how many were left out.
  page: (s, viewer, args) =>
    s.participations.list(viewer, args as ParticipationsArgs, {
      consentedTo: ConsentPurpose.LIST_AS_PARTICIPANT,
    }),
  consent: {
    purpose: ConsentPurpose.LIST_AS_PARTICIPANT,
    countWithoutConsent: async (s, viewer, args) =>
      (await s.participations.list(viewer, { ...(args as ParticipationsArgs), first: 1 })).totalCount,
    note: (n) =>
      `Note: ${n} ${n === 1 ? 'participant is' : 'participants are'} left out of this list: they have not consented to being listed as participants (see Consent on their person page in Convene).`,
  },
  async values(s, viewer, rows, ref) {
    const persons = await peopleById(
      s,
      viewer,
      rows.map((p) => p.personId),
    );
    const consents = await givenPurposesOf(
      s.db,
      [...persons.values()].filter((p) => !p.withheld.length).map((p) => p.id),
    );
    const orgs = await organizationNames(
      s,
      viewer,
      rows.flatMap((p) => (p.organizationId ? [p.organizationId] : [])),
    );
    return rows.map((p) => {
      const person = persons.get(p.personId);
      const hidden = !person || person.withheld.length > 0;
      return {
        id: p.id,
        dialogue: ref.dialogues.get(p.dialogueId) ?? null,
        person: personName(person),
        email:
          hidden || person.masked.includes('email')
            ? WITHHELD
            : person.email && !consents.get(person.id)?.includes(ConsentPurpose.CONTACT)
              ? NO_CONTACT_CONSENT
              : (person.email ?? null),
        country: hidden ? WITHHELD : country(person.countryCode, ref),
        organization: p.organizationId ? (orgs.get(p.organizationId) ?? '') : null,
        role: p.role,
        status: p.status,
        // A withheld person's link would name who took part.
        link: hidden ? null : link(ref, `/people/${p.personId}`),
      };
    });
  },
};

export const LIST_EXPORTERS: Record<ExportList, ListExporter<{ id: string }>> = {
  organizations,
  people,
  engagements,
  'follow-ups': followUps,
  collaborations,
  recommendations,
  participants,
};
