import { COUNTRIES, type Country } from '@convene/reference';

/**
 * A realistic, clearly fictional data set for demonstrations and benchmarks. Deterministic: the same seed and
 * sizes give the same data. Every organisation's description and every person's notes say it is demo data,
 * emails use example.org, and names are drawn from invented combinations.
 */
export interface DemoSizes {
  organizations: number;
  people: number;
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
}

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

export function generateDemoData(sizes: DemoSizes, seed = 2024): DemoData {
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
  return { organizations, people, relationships, coreGroup };
}
