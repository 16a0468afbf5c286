import { COUNTRIES, type Country } from '@convene/reference';

/**
 * A realistic, clearly fictional data set for demonstrations and benchmarks. Deterministic: the same seed and
 * sizes give the same data (engagement dates run up to the day of generation, so those move with the calendar). Every organisation's description and every person's notes say it is demo data,
 * emails use example.org, and names are drawn from invented combinations.
 */
export interface DemoSizes {
  organizations: number;
  people: number;
  engagements?: number;
}

/** Organisations already in the database (UN entities, States) that demo engagements can involve. */
export interface ExistingOrganization {
  id: string;
  kind: string;
}

export interface DemoEngagement {
  id: string;
  title: string;
  type: string;
  date: string;
  summary: string;
  online: boolean;
  countryCode: string | null;
  themes: string[];
  organizations: { id: string; side: string }[];
  people: string[];
}

export interface DemoFollowUp {
  engagementId: string;
  title: string;
  ownerIndex: number;
  dueDate: string;
  status: string;
}

export interface DemoOrganization {
  id: string;
  name: string;
  acronym: string | null;
  kind: string;
  countryCode: string;
  scope: string;
  themes: string[];
  riskLevel: string;
  description: string;
}

export interface DemoPerson {
  id: string;
  fullName: string;
  email: string;
  countryCode: string;
  languages: string[];
  gender: string | null;
  ageBand: string | null;
  themes: string[];
  riskLevel: string;
  organizationId: string;
  role: string;
}

export interface DemoRelationship {
  sourceId: string;
  targetId: string;
  type: string;
  startDate: string;
}

export interface DemoData {
  organizations: DemoOrganization[];
  people: DemoPerson[];
  relationships: DemoRelationship[];
  coreGroup: { organizationId: string; startDate: string }[];
  engagements: DemoEngagement[];
  followUps: DemoFollowUp[];
}

/** Demo staff who own the demo follow-ups (they cannot sign in: no password). */
export const DEMO_STAFF = [
  'Demo Staff Alpha',
  'Demo Staff Beta',
  'Demo Staff Gamma',
  'Demo Staff Delta',
  'Demo Staff Epsilon',
];

/** mulberry32: a small, fast, seedable PRNG. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A UUID (v4 layout) from the PRNG, so ids are stable across runs. */
function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(next() * 4)];
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const THEMES = ['conflict-prevention', 'financing', 'civil-society-inclusion', 'yps', 'wps'];
const ORG_WORDS = [
  'Peace',
  'Dialogue',
  'Reconciliation',
  'Mediation',
  'Solidarity',
  'Hope',
  'Bridges',
  'Harmony',
  'Voices',
  'Horizons',
  'Commons',
  'Unity',
];
const ORG_FORMS = [
  'Network',
  'Collective',
  'Initiative',
  'Forum',
  'Alliance',
  'Centre',
  'Coalition',
  'Foundation',
  'Institute',
  'Movement',
];
const ORG_FOCUS = [
  'Women',
  'Youth',
  'Community',
  'Grassroots',
  'Civic',
  'Rural',
  'Coastal',
  'Highland',
  'Urban',
  'Border',
];
const FIRST = [
  'Amina',
  'Kofi',
  'Lucía',
  'Thandiwe',
  'Ravi',
  'Mei',
  'Omar',
  'Fatou',
  'Diego',
  'Aigerim',
  'Samira',
  'Joseph',
  'Nadia',
  'Tupac',
  'Leila',
  'Ama',
  'Hugo',
  'Ines',
  'Yusuf',
  'Sina',
  'Marisol',
  'Tendai',
  'Anh',
  'Rania',
];
const LAST = [
  'Demo-Okafor',
  'Demo-Mensah',
  'Demo-Quispe',
  'Demo-Haddad',
  'Demo-Nguyen',
  'Demo-Diallo',
  'Demo-Kovac',
  'Demo-Rahman',
  'Demo-Mbeki',
  'Demo-Silva',
  'Demo-Karimova',
  'Demo-Tuilagi',
  'Demo-Abebe',
  'Demo-Moreau',
  'Demo-Sato',
  'Demo-Banda',
];
const ROLES = [
  'Executive Director',
  'Programme Officer',
  'Coordinator',
  'Researcher',
  'Youth Delegate',
  'Policy Adviser',
  'Founder',
  'Board Member',
];
const LANGS: Record<string, string[]> = {
  '002': ['en', 'fr', 'ar'],
  '019': ['es', 'en', 'pt'],
  '142': ['en', 'ar', 'ru', 'zh'],
  '150': ['en', 'fr', 'ru'],
  '009': ['en', 'fr'],
};
const KINDS: [string, number][] = [
  ['CSO', 0.6],
  ['CSO_NETWORK', 0.12],
  ['INTERNATIONAL_NGO', 0.1],
  ['ACADEMIC', 0.08],
  ['FOUNDATION_DONOR', 0.05],
  ['REGIONAL_ORGANIZATION', 0.03],
  ['OTHER', 0.02],
];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

function weighted(next: () => number, items: [string, number][]): string {
  let r = next();
  for (const [item, weight] of items) {
    if ((r -= weight) < 0) return item;
  }
  return items[0][0];
}

function some<T>(next: () => number, items: readonly T[], max: number): T[] {
  const count = 1 + Math.floor(next() * max);
  return [...new Set(Array.from({ length: count }, () => pick(next, items)))];
}

function risk(next: () => number): string {
  const r = next();
  return r < 0.01 ? 'HIGH' : r < 0.03 ? 'ELEVATED' : 'STANDARD';
}

/** Countries weighted towards the Global South, as the Dialogue's participation is. */
function countryPool(): Country[] {
  const members = COUNTRIES.filter((c) => c.unStatus === 'MEMBER' && c.region);
  const southern = members.filter((c) => ['002', '019', '142', '009'].includes(c.region?.code ?? ''));
  return [...members, ...southern, ...southern];
}

export function generateDemoData(
  sizes: DemoSizes,
  seed = 2024,
  existing: ExistingOrganization[] = [],
): DemoData {
  const next = random(seed);
  const pool = countryPool();
  const organizations: DemoOrganization[] = [];
  const usedNames = new Set<string>();
  for (let i = 0; i < sizes.organizations; i += 1) {
    const country = pick(next, pool);
    const kind = weighted(next, KINDS);
    let name = `${pick(next, ORG_FOCUS)} ${pick(next, ORG_WORDS)} ${pick(next, ORG_FORMS)} of ${country.commonName}`;
    if (usedNames.has(name)) name = `${name} ${i}`;
    usedNames.add(name);
    const acronym =
      next() < 0.5
        ? name
            .split(' ')
            .filter((w) => /^[A-Z]/.test(w))
            .map((w) => w[0])
            .join('')
        : null;
    organizations.push({
      id: uuid(next),
      name,
      acronym,
      kind,
      countryCode: country.iso2,
      scope:
        kind === 'CSO_NETWORK' || kind === 'REGIONAL_ORGANIZATION'
          ? 'REGIONAL'
          : pick(next, ['LOCAL', 'NATIONAL', 'NATIONAL']),
      themes: some(next, THEMES, 3),
      riskLevel: risk(next),
      description: 'Demo data: a fictional organisation generated for demonstrations.',
    });
  }

  const people: DemoPerson[] = [];
  for (let i = 0; i < sizes.people; i += 1) {
    const org = organizations[Math.floor(next() * organizations.length)];
    const country = COUNTRIES.find((c) => c.iso2 === org.countryCode);
    const first = pick(next, FIRST);
    const last = pick(next, LAST);
    const youth = next() < 0.3;
    people.push({
      id: uuid(next),
      fullName: `${first} ${last}`,
      email: `${first.toLowerCase()}.${last.toLowerCase()}.${i}@example.org`
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, ''),
      countryCode: next() < 0.9 ? org.countryCode : pick(next, pool).iso2,
      languages: some(next, LANGS[country?.region?.code ?? '150'] ?? ['en'], 2),
      gender: next() < 0.8 ? pick(next, ['woman', 'man', 'woman', 'man', 'non-binary']) : null,
      ageBand: next() < 0.85 ? (youth ? 'AGE_18_29' : 'AGE_30_PLUS') : null,
      themes: some(next, THEMES, 2),
      riskLevel: risk(next),
      organizationId: org.id,
      role: youth ? 'Youth Delegate' : pick(next, ROLES),
    });
  }

  const networks = organizations.filter((o) => o.kind === 'CSO_NETWORK');
  const relationships: DemoRelationship[] = [];
  if (networks.length) {
    for (const org of organizations) {
      if (org.kind === 'CSO' && next() < 0.4) {
        const network = pick(next, networks);
        relationships.push({
          sourceId: org.id,
          targetId: network.id,
          type: 'MEMBER_OF',
          startDate: `20${10 + Math.floor(next() * 14)}-0${1 + Math.floor(next() * 9)}-01`,
        });
      }
    }
  }
  const coreGroup = networks
    .slice(0, Math.min(10, networks.length))
    .map((n) => ({ organizationId: n.id, startDate: '2023-06-01' }));
  const { engagements, followUps } = generateEngagements(
    next,
    sizes.engagements ?? 0,
    organizations,
    people,
    existing,
  );
  return { organizations, people, relationships, coreGroup, engagements, followUps };
}

const TYPES: [string, number][] = [
  ['MEETING', 0.3],
  ['CONSULTATION', 0.15],
  ['BRIEFING', 0.1],
  ['CALL', 0.15],
  ['EMAIL', 0.1],
  ['WORKSHOP', 0.08],
  ['EVENT', 0.06],
  ['WRITTEN_SUBMISSION', 0.04],
  ['JOINT_STATEMENT', 0.02],
];
const SUBJECTS = [
  'YPS financing',
  'the PBA Review consultations',
  'local mediation capacity',
  'women mediators networks',
  'early warning data',
  'Pact for the Future follow-up',
  'PBF project design',
  'civic space',
  'the next Dialogue agenda',
];
const FOLLOW_UPS = [
  'Send the briefing note',
  'Share the concept note',
  'Arrange a call with the PBSO focal point',
  'Circulate the meeting summary',
  'Propose speakers for the next Dialogue',
  'Follow up on the funding application',
];
/** From just after the 1st Dialogue (2023-11-30) to the day the data is generated: cycles 1 and 2. */
const FIRST_DAY = Date.UTC(2023, 11, 2);

function generateEngagements(
  next: () => number,
  count: number,
  organizations: DemoOrganization[],
  people: DemoPerson[],
  existing: ExistingOrganization[],
): { engagements: DemoEngagement[]; followUps: DemoFollowUp[] } {
  const engagements: DemoEngagement[] = [];
  const followUps: DemoFollowUp[] = [];
  if (!organizations.length) return { engagements, followUps };
  const peopleByOrg = new Map<string, string[]>();
  for (const p of people)
    peopleByOrg.set(p.organizationId, [...(peopleByOrg.get(p.organizationId) ?? []), p.id]);
  const un = existing.filter((o) => o.kind === 'UN_ENTITY');
  const states = existing.filter((o) => o.kind === 'MEMBER_STATE');
  const span = Date.now() - FIRST_DAY;
  for (let i = 0; i < count; i += 1) {
    const civil = some(next, organizations, 3);
    const orgs = civil.map((o) => ({ id: o.id, side: 'CIVIL_SOCIETY' }));
    if (un.length && next() < 0.7) orgs.push({ id: pick(next, un).id, side: 'UN' });
    if (states.length && next() < 0.25) orgs.push({ id: pick(next, states).id, side: 'MEMBER_STATE' });
    const attendees = civil.flatMap((o) =>
      (peopleByOrg.get(o.id) ?? []).slice(0, 1 + Math.floor(next() * 2)),
    );
    const date = new Date(FIRST_DAY + Math.floor(next() * span)).toISOString().slice(0, 10);
    const type = weighted(next, TYPES);
    const kind = type.toLowerCase().replace(/_/g, ' ');
    const subject = pick(next, SUBJECTS);
    const online = type === 'CALL' || type === 'EMAIL' || next() < 0.3;
    const id = uuid(next);
    engagements.push({
      id,
      title: `${kind.charAt(0).toUpperCase()}${kind.slice(1)} on ${subject}`,
      type,
      date,
      summary: `Demo data: a fictional ${kind} about ${subject}.`,
      online,
      countryCode: online ? null : (civil[0]?.countryCode ?? null),
      themes: some(next, THEMES, 2),
      organizations: orgs,
      people: [...new Set(attendees)],
    });
    if (next() < 0.4) {
      const due = new Date(Date.parse(date) + (7 + Math.floor(next() * 60)) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const r = next();
      followUps.push({
        engagementId: id,
        title: pick(next, FOLLOW_UPS),
        ownerIndex: Math.floor(next() * DEMO_STAFF.length),
        dueDate: due,
        status: r < 0.55 ? 'DONE' : r < 0.6 ? 'CANCELLED' : r < 0.75 ? 'IN_PROGRESS' : 'OPEN',
      });
    }
  }
  return { engagements, followUps };
}
