import { deepFreeze, type ReferenceSource } from './freeze';
import type { OrganizationKind } from './organization-kinds';

/** How far an organisation's work reaches. */
export const PARTNER_SCOPES = deepFreeze(['GLOBAL', 'REGIONAL', 'NATIONAL', 'LOCAL'] as const);
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

/**
 * A well-known civil society partner of the Dialogue, from public sources only. Membership of the Core Group is
 * not public and is never recorded here: administrators enter it as data.
 */
export interface KnownPartner {
  readonly key: string;
  readonly name: string;
  readonly acronym: string | null;
  readonly kind: Extract<OrganizationKind, 'CSO' | 'CSO_NETWORK' | 'INTERNATIONAL_NGO'>;
  /** ISO alpha-2 code of the country of the head office or secretariat. */
  readonly countryOfBase: string;
  /** City or cities of the head office or secretariat. */
  readonly offices: readonly string[];
  readonly scope: PartnerScope;
  readonly website: string;
  readonly description?: string;
}

export const PARTNERS_SOURCE: ReferenceSource = deepFreeze({
  source: "The organisations' own public websites; selection from the Convene brief.",
  asOf: '2025-12-01',
  note: 'Seed data for the organisation register. Never includes Core Group membership.',
});

export const KNOWN_PARTNERS: readonly KnownPartner[] = deepFreeze([
  {
    key: 'interpeace',
    name: 'Interpeace',
    acronym: null,
    kind: 'INTERNATIONAL_NGO',
    countryOfBase: 'CH',
    offices: ['Geneva'],
    scope: 'GLOBAL',
    website: 'https://www.interpeace.org',
    description:
      'International peacebuilding organisation; co-chairs the CSO–UN Dialogue on Peacebuilding with DPPA.',
  },
  {
    key: 'gppac',
    name: 'Global Partnership for the Prevention of Armed Conflict',
    acronym: 'GPPAC',
    kind: 'CSO_NETWORK',
    countryOfBase: 'NL',
    offices: ['The Hague'],
    scope: 'GLOBAL',
    website: 'https://gppac.net',
    description:
      'A network of 15 regional networks of civil society organisations working on conflict prevention.',
  },
  {
    key: 'peace-direct',
    name: 'Peace Direct',
    acronym: null,
    kind: 'INTERNATIONAL_NGO',
    countryOfBase: 'GB',
    offices: ['London'],
    scope: 'GLOBAL',
    website: 'https://www.peacedirect.org',
  },
  {
    key: 'quno',
    name: 'Quaker United Nations Office',
    acronym: 'QUNO',
    kind: 'INTERNATIONAL_NGO',
    countryOfBase: 'CH',
    offices: ['Geneva', 'New York'],
    scope: 'GLOBAL',
    website: 'https://quno.org',
  },
  {
    key: 'conciliation-resources',
    name: 'Conciliation Resources',
    acronym: null,
    kind: 'INTERNATIONAL_NGO',
    countryOfBase: 'GB',
    offices: ['London'],
    scope: 'GLOBAL',
    website: 'https://www.c-r.org',
  },
  {
    key: 'unoy',
    name: 'UNOY Peacebuilders',
    acronym: 'UNOY',
    kind: 'CSO_NETWORK',
    countryOfBase: 'NL',
    offices: ['The Hague'],
    scope: 'GLOBAL',
    website: 'https://unoy.org',
    description:
      'United Network of Young Peacebuilders: a global network of youth-led peacebuilding organisations.',
  },
  {
    key: 'wanep',
    name: 'West Africa Network for Peacebuilding',
    acronym: 'WANEP',
    kind: 'CSO_NETWORK',
    countryOfBase: 'GH',
    offices: ['Accra'],
    scope: 'REGIONAL',
    website: 'https://wanep.org',
  },
  {
    key: 'gnwp',
    name: 'Global Network of Women Peacebuilders',
    acronym: 'GNWP',
    kind: 'CSO_NETWORK',
    countryOfBase: 'US',
    offices: ['New York'],
    scope: 'GLOBAL',
    website: 'https://gnwp.org',
  },
]);

const byKey = new Map(KNOWN_PARTNERS.map((partner) => [partner.key, partner]));

/** The known partner with this key (e.g. `interpeace`), or undefined. */
export function getKnownPartner(key: string): KnownPartner | undefined {
  return byKey.get(key);
}
