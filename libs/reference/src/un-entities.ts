import { deepFreeze, type ReferenceSource } from './freeze';

/**
 * How a UN entity sits in the UN system, following the categories of the UN System Chart. `OTHER_ENTITY` is the
 * chart's "other entities" (UN-Women, UNHCR); `INTERGOVERNMENTAL_BODY` is a body of Member States (the PBC).
 */
export const UN_ENTITY_KINDS = deepFreeze([
  'DEPARTMENT',
  'OFFICE',
  'FUND_PROGRAMME',
  'OTHER_ENTITY',
  'SPECIALIZED_AGENCY',
  'RELATED_ORGANIZATION',
  'INTERGOVERNMENTAL_BODY',
  'FUND',
] as const);
export type UnEntityKind = (typeof UN_ENTITY_KINDS)[number];

export interface UnEntity {
  /** Stable key, e.g. `dppa`, `un-women`, `pbf`. */
  readonly key: string;
  readonly acronym: string;
  /** Official names; French and Spanish only where Convene is sure of the UN's wording. */
  readonly name: { readonly en: string; readonly fr?: string; readonly es?: string };
  readonly kind: UnEntityKind;
  /** Key of the entity it is part of, hosted by or managed by (PBSO in DPPA, the PBF by PBSO, UNOSSC by UNDP). */
  readonly parent?: string;
  readonly website: string;
}

export const UN_ENTITIES_SOURCE: ReferenceSource = deepFreeze({
  source: "The UN System Chart's categories and each entity's own website; selection from the Convene brief.",
  asOf: '2025-12-01',
  note: 'A seed list: administrators add further UN entities as organisations of kind UN_ENTITY.',
});

export const UN_ENTITIES: readonly UnEntity[] = deepFreeze([
  {
    key: 'dppa',
    acronym: 'DPPA',
    name: {
      en: 'Department of Political and Peacebuilding Affairs',
      fr: 'Département des affaires politiques et de la consolidation de la paix',
      es: 'Departamento de Asuntos Políticos y de Consolidación de la Paz',
    },
    kind: 'DEPARTMENT',
    website: 'https://dppa.un.org',
  },
  {
    key: 'pbso',
    acronym: 'PBSO',
    name: {
      en: 'Peacebuilding Support Office',
      fr: "Bureau d'appui à la consolidation de la paix",
      es: 'Oficina de Apoyo a la Consolidación de la Paz',
    },
    kind: 'OFFICE',
    parent: 'dppa',
    website: 'https://www.un.org/peacebuilding/',
  },
  {
    key: 'dpo',
    acronym: 'DPO',
    name: {
      en: 'Department of Peace Operations',
      fr: 'Département des opérations de paix',
      es: 'Departamento de Operaciones de Paz',
    },
    kind: 'DEPARTMENT',
    website: 'https://peacekeeping.un.org',
  },
  {
    key: 'eosg',
    acronym: 'EOSG',
    name: {
      en: 'Executive Office of the Secretary-General',
      fr: 'Cabinet du Secrétaire général',
      es: 'Oficina Ejecutiva del Secretario General',
    },
    kind: 'OFFICE',
    website: 'https://www.un.org/sg/',
  },
  {
    key: 'dco',
    acronym: 'DCO',
    name: {
      en: 'United Nations Development Coordination Office',
      fr: 'Bureau de la coordination des activités de développement',
    },
    kind: 'OFFICE',
    website: 'https://un-dco.org',
  },
  {
    key: 'undp',
    acronym: 'UNDP',
    name: {
      en: 'United Nations Development Programme',
      fr: 'Programme des Nations Unies pour le développement',
      es: 'Programa de las Naciones Unidas para el Desarrollo',
    },
    kind: 'FUND_PROGRAMME',
    website: 'https://www.undp.org',
  },
  {
    key: 'unossc',
    acronym: 'UNOSSC',
    name: {
      en: 'United Nations Office for South-South Cooperation',
      fr: 'Bureau des Nations Unies pour la coopération Sud-Sud',
      es: 'Oficina de las Naciones Unidas para la Cooperación Sur-Sur',
    },
    kind: 'OFFICE',
    parent: 'undp',
    website: 'https://unsouthsouth.org',
  },
  {
    key: 'un-women',
    acronym: 'UN-Women',
    name: {
      en: 'United Nations Entity for Gender Equality and the Empowerment of Women',
      fr: "Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes",
      es: 'Entidad de las Naciones Unidas para la Igualdad de Género y el Empoderamiento de las Mujeres',
    },
    kind: 'OTHER_ENTITY',
    website: 'https://www.unwomen.org',
  },
  {
    key: 'unicef',
    acronym: 'UNICEF',
    name: {
      en: "United Nations Children's Fund",
      fr: "Fonds des Nations Unies pour l'enfance",
      es: 'Fondo de las Naciones Unidas para la Infancia',
    },
    kind: 'FUND_PROGRAMME',
    website: 'https://www.unicef.org',
  },
  {
    key: 'ohchr',
    acronym: 'OHCHR',
    name: {
      en: 'Office of the United Nations High Commissioner for Human Rights',
      fr: "Haut-Commissariat des Nations Unies aux droits de l'homme",
      es: 'Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos',
    },
    kind: 'OFFICE',
    website: 'https://www.ohchr.org',
  },
  {
    key: 'unhcr',
    acronym: 'UNHCR',
    name: {
      en: 'Office of the United Nations High Commissioner for Refugees',
      fr: 'Haut-Commissariat des Nations Unies pour les réfugiés',
      es: 'Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados',
    },
    kind: 'OTHER_ENTITY',
    website: 'https://www.unhcr.org',
  },
  {
    key: 'unfpa',
    acronym: 'UNFPA',
    name: {
      en: 'United Nations Population Fund',
      fr: 'Fonds des Nations Unies pour la population',
      es: 'Fondo de Población de las Naciones Unidas',
    },
    kind: 'FUND_PROGRAMME',
    website: 'https://www.unfpa.org',
  },
  {
    key: 'unesco',
    acronym: 'UNESCO',
    name: {
      en: 'United Nations Educational, Scientific and Cultural Organization',
      fr: "Organisation des Nations Unies pour l'éducation, la science et la culture",
      es: 'Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura',
    },
    kind: 'SPECIALIZED_AGENCY',
    website: 'https://www.unesco.org',
  },
  {
    key: 'ocha',
    acronym: 'OCHA',
    name: {
      en: 'Office for the Coordination of Humanitarian Affairs',
      fr: 'Bureau de la coordination des affaires humanitaires',
      es: 'Oficina de Coordinación de Asuntos Humanitarios',
    },
    kind: 'OFFICE',
    website: 'https://www.unocha.org',
  },
  {
    key: 'unoct',
    acronym: 'UNOCT',
    name: {
      en: 'United Nations Office of Counter-Terrorism',
      fr: 'Bureau de lutte contre le terrorisme',
    },
    kind: 'OFFICE',
    website: 'https://www.un.org/counterterrorism/',
  },
  {
    key: 'unodc',
    acronym: 'UNODC',
    name: {
      en: 'United Nations Office on Drugs and Crime',
      fr: 'Office des Nations Unies contre la drogue et le crime',
      es: 'Oficina de las Naciones Unidas contra la Droga y el Delito',
    },
    kind: 'OFFICE',
    website: 'https://www.unodc.org',
  },
  {
    key: 'unoda',
    acronym: 'UNODA',
    name: {
      en: 'United Nations Office for Disarmament Affairs',
      fr: 'Bureau des affaires de désarmement',
      es: 'Oficina de Asuntos de Desarme',
    },
    kind: 'OFFICE',
    website: 'https://disarmament.unoda.org',
  },
  {
    key: 'iom',
    acronym: 'IOM',
    name: {
      en: 'International Organization for Migration',
      fr: 'Organisation internationale pour les migrations',
      es: 'Organización Internacional para las Migraciones',
    },
    kind: 'RELATED_ORGANIZATION',
    website: 'https://www.iom.int',
  },
  {
    key: 'un-youth-office',
    acronym: 'UN Youth Office',
    name: {
      en: 'United Nations Youth Office',
      fr: 'Bureau des Nations Unies pour la jeunesse',
    },
    kind: 'OFFICE',
    website: 'https://www.un.org/youthaffairs/',
  },
  {
    key: 'pbc',
    acronym: 'PBC',
    name: {
      en: 'Peacebuilding Commission',
      fr: 'Commission de consolidation de la paix',
      es: 'Comisión de Consolidación de la Paz',
    },
    kind: 'INTERGOVERNMENTAL_BODY',
    website: 'https://www.un.org/peacebuilding/commission',
  },
  {
    key: 'pbf',
    acronym: 'PBF',
    name: {
      en: "Secretary-General's Peacebuilding Fund",
      fr: 'Fonds pour la consolidation de la paix',
      es: 'Fondo para la Consolidación de la Paz',
    },
    kind: 'FUND',
    parent: 'pbso',
    website: 'https://www.un.org/peacebuilding/fund',
  },
]);

const byKey = new Map(UN_ENTITIES.map((entity) => [entity.key, entity]));

/** The UN entity with this key (e.g. `dppa`), or undefined. */
export function getUnEntity(key: string): UnEntity | undefined {
  return byKey.get(key);
}
