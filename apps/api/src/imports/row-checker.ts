import { OrganizationKind, OrganizationScope, ParticipationRole, ParticipationStatus } from '@convene/domain';
import { findCountry } from '@convene/reference';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { foldText } from '../duplicates/name-match';
import { CreateOrganizationInput } from '../organizations/dto/organization.inputs';
import { CreatePersonInput } from '../people/dto/person.inputs';
import { looksLikeFormula } from './file-reader';
import { ImportKind, type ColumnMapping, type ImportField } from './import-fields';

/** A problem with one cell of one row: the column as the file names it, and what is wrong. */
export interface CellProblem {
  field: ImportField | 'row';
  column: string | null;
  message: string;
}

/** An organisation's values, as `createOrganization` takes them. */
export interface OrganizationValues {
  name: string;
  acronym: string | null;
  kind: OrganizationKind;
  countryCode: string | null;
  scope: OrganizationScope | null;
  website: string | null;
  description: string | null;
  themes: string[];
}

/** A person's values, as `createPerson` takes them, plus where they work and (participant lists) the Dialogue. */
export interface PersonValues {
  fullName: string;
  email: string | null;
  phone: string | null;
  countryCode: string | null;
  languages: string[];
  gender: string | null;
  themes: string[];
  notes: string | null;
  /** The organisation as written in the file; resolved to an id by the service. */
  organization: string | null;
  jobTitle: string | null;
  participationRole?: ParticipationRole;
  participationStatus?: ParticipationStatus;
}

export type RowValues = OrganizationValues | PersonValues;

export interface CheckedRow {
  values: RowValues | null;
  errors: CellProblem[];
  warnings: CellProblem[];
}

/** Theme keys and the names they go by. */
export type ThemeNames = { key: string; names: Record<string, string> }[];

const key = (text: string) => foldText(text);

const KIND_WORDS: [OrganizationKind, string[]][] = [
  [
    OrganizationKind.CSO,
    [
      'cso',
      'civil society',
      'civil society organisation',
      'civil society organization',
      'ngo',
      'ong',
      'osc',
      'local ngo',
      'national ngo',
      'cbo',
      'community based organisation',
      'sociedad civil',
      'societe civile',
      'association',
    ],
  ],
  [
    OrganizationKind.CSO_NETWORK,
    ['network', 'cso network', 'coalition', 'platform', 'reseau', 'red', 'alliance', 'plateforme'],
  ],
  [
    OrganizationKind.INTERNATIONAL_NGO,
    [
      'international ngo',
      'ingo',
      'international organisation',
      'international organization',
      'ong internationale',
      'ong internacional',
    ],
  ],
  [
    OrganizationKind.UN_ENTITY,
    ['un', 'un entity', 'un agency', 'united nations', 'nations unies', 'naciones unidas', 'onu', 'agency'],
  ],
  [
    OrganizationKind.MEMBER_STATE,
    [
      'member state',
      'state',
      'government',
      'etat membre',
      'gouvernement',
      'estado miembro',
      'gobierno',
      'mission',
      'permanent mission',
    ],
  ],
  [OrganizationKind.OBSERVER_STATE, ['observer state', 'observer', 'etat observateur', 'estado observador']],
  [
    OrganizationKind.REGIONAL_ORGANIZATION,
    [
      'regional organisation',
      'regional organization',
      'regional',
      'intergovernmental',
      'organisation regionale',
      'organizacion regional',
      'igo',
    ],
  ],
  [
    OrganizationKind.ACADEMIC,
    [
      'academic',
      'academia',
      'university',
      'universite',
      'universidad',
      'research',
      'think tank',
      'institute',
      'recherche',
      'investigacion',
    ],
  ],
  [
    OrganizationKind.FOUNDATION_DONOR,
    ['foundation', 'donor', 'funder', 'fondation', 'bailleur', 'fundacion', 'donante', 'foundation donor'],
  ],
  [OrganizationKind.OTHER, ['other', 'autre', 'otro', 'otra']],
];
const KINDS = new Map<string, OrganizationKind>();
for (const [kind, words] of KIND_WORDS) {
  KINDS.set(key(kind), kind);
  for (const w of words) KINDS.set(key(w), kind);
}

const SCOPES = new Map<string, OrganizationScope>([
  ...Object.values(OrganizationScope).map((s) => [key(s), s] as [string, OrganizationScope]),
  ['locale', OrganizationScope.LOCAL],
  ['nationale', OrganizationScope.NATIONAL],
  ['nacional', OrganizationScope.NATIONAL],
  ['regionale', OrganizationScope.REGIONAL],
  ['mondial', OrganizationScope.GLOBAL],
  ['mondiale', OrganizationScope.GLOBAL],
  ['international', OrganizationScope.GLOBAL],
  ['internacional', OrganizationScope.GLOBAL],
  ['global', OrganizationScope.GLOBAL],
]);

const ROLES = new Map<string, ParticipationRole>([
  ...Object.values(ParticipationRole).map(
    (r) => [key(r.replace('_', ' ')), r] as [string, ParticipationRole],
  ),
  ['participante', ParticipationRole.PARTICIPANT],
  ['intervenant', ParticipationRole.SPEAKER],
  ['orateur', ParticipationRole.SPEAKER],
  ['panelist', ParticipationRole.SPEAKER],
  ['panellist', ParticipationRole.SPEAKER],
  ['ponente', ParticipationRole.SPEAKER],
  ['moderateur', ParticipationRole.MODERATOR],
  ['moderador', ParticipationRole.MODERATOR],
  ['cochair', ParticipationRole.CO_CHAIR],
  ['co president', ParticipationRole.CO_CHAIR],
  ['copresidente', ParticipationRole.CO_CHAIR],
  ['observateur', ParticipationRole.OBSERVER],
  ['observador', ParticipationRole.OBSERVER],
  ['organizer', ParticipationRole.ORGANISER],
  ['organisateur', ParticipationRole.ORGANISER],
  ['organizador', ParticipationRole.ORGANISER],
]);

const STATUSES = new Map<string, ParticipationStatus>([
  ...Object.values(ParticipationStatus).map(
    (s) => [key(s.replace('_', ' ')), s] as [string, ParticipationStatus],
  ),
  ['noshow', ParticipationStatus.NO_SHOW],
  ['absent', ParticipationStatus.NO_SHOW],
  ['invite', ParticipationStatus.INVITED],
  ['invitado', ParticipationStatus.INVITED],
  ['inscrit', ParticipationStatus.REGISTERED],
  ['registrado', ParticipationStatus.REGISTERED],
  ['confirmed', ParticipationStatus.REGISTERED],
  ['present', ParticipationStatus.ATTENDED],
  ['presente', ParticipationStatus.ATTENDED],
  ['yes', ParticipationStatus.ATTENDED],
  ['oui', ParticipationStatus.ATTENDED],
  ['si', ParticipationStatus.ATTENDED],
  ['attended yes', ParticipationStatus.ATTENDED],
  ['decline', ParticipationStatus.DECLINED],
  ['refuse', ParticipationStatus.DECLINED],
  ['annule', ParticipationStatus.CANCELLED],
  ['cancelado', ParticipationStatus.CANCELLED],
  ['canceled', ParticipationStatus.CANCELLED],
]);

/** Languages people list most, by tag; their names in the six UN languages come from Intl. */
const LANGUAGE_TAGS = [
  'en',
  'fr',
  'es',
  'ar',
  'ru',
  'zh',
  'pt',
  'sw',
  'de',
  'it',
  'nl',
  'tr',
  'fa',
  'ur',
  'hi',
  'bn',
  'id',
  'ms',
  'am',
  'ha',
  'yo',
  'ig',
  'so',
  'ti',
  'om',
  'wo',
  'ln',
  'rw',
  'rn',
  'mg',
  'uk',
  'pl',
  'ro',
  'sr',
  'hr',
  'bs',
  'sq',
  'el',
  'he',
  'ku',
  'ps',
  'ne',
  'si',
  'ta',
  'th',
  'vi',
  'my',
  'km',
  'ja',
  'ko',
  'tl',
  'ht',
  'qu',
  'ff',
];
let languageIndex: Map<string, string> | undefined;
function languageOf(text: string): string | undefined {
  if (!languageIndex) {
    languageIndex = new Map();
    for (const display of ['en', 'fr', 'es', 'ar', 'ru', 'zh']) {
      const names = new Intl.DisplayNames([display], { type: 'language' });
      for (const tag of LANGUAGE_TAGS) {
        const name = names.of(tag);
        if (name) languageIndex.set(key(name), tag);
      }
    }
    for (const tag of LANGUAGE_TAGS) languageIndex.set(tag, tag);
    languageIndex.set('farsi', 'fa');
    languageIndex.set('kiswahili', 'sw');
    languageIndex.set('mandarin', 'zh');
  }
  const trimmed = text.trim();
  if (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(trimmed)) return trimmed;
  return languageIndex.get(key(trimmed)) ?? languageIndex.get(key(trimmed.toLowerCase()));
}

const splitList = (text: string) =>
  text
    .split(/\s*[,;|/\n]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Turns one row's cells into the values of a record of `kind`, reading countries, kinds, languages, themes,
 * roles and statuses the way people write them, then validates them with the same input classes as the create
 * mutations, so an import says the same thing about the same value as a form.
 */
export class RowChecker {
  private readonly columnOf = new Map<ImportField, number>();
  private readonly themes = new Map<string, string>();

  constructor(
    private readonly kind: ImportKind,
    private readonly headers: string[],
    mapping: ColumnMapping[],
    themes: ThemeNames,
    private readonly defaultKind: OrganizationKind = OrganizationKind.CSO,
  ) {
    for (const { column, field } of mapping) if (field) this.columnOf.set(field, column);
    for (const theme of themes) {
      this.themes.set(key(theme.key), theme.key);
      for (const name of Object.values(theme.names)) this.themes.set(key(name), theme.key);
    }
  }

  check(cells: string[]): CheckedRow {
    const errors: CellProblem[] = [];
    const warnings: CellProblem[] = [];
    const cell = (field: ImportField): string => {
      const column = this.columnOf.get(field);
      return column === undefined ? '' : (cells[column] ?? '');
    };
    const problem = (list: CellProblem[], field: ImportField, message: string) =>
      list.push({ field, column: this.header(field), message });
    for (const [field, column] of this.columnOf) {
      if (looksLikeFormula(cells[column] ?? ''))
        problem(warnings, field, 'looks like a spreadsheet formula; stored as plain text, never run');
    }
    const country = (): string | null => {
      const text = cell('country');
      if (!text) return null;
      const found = findCountry(text);
      if (!found) problem(errors, 'country', `"${text}" is not a country Convene knows`);
      return found?.iso2 ?? null;
    };
    const themes = (): string[] => {
      // Theme names may hold commas ("Youth, Peace and Security"): the longest run of pieces that names a theme wins.
      const pieces = splitList(cell('themes'));
      const out: string[] = [];
      for (let i = 0; i < pieces.length;) {
        let j = pieces.length;
        for (; j > i; j--) {
          const theme = this.themes.get(key(pieces.slice(i, j).join(', ')));
          if (theme) {
            out.push(theme);
            break;
          }
        }
        if (j === i) {
          problem(errors, 'themes', `"${pieces[i]}" is not a theme (see Admin › Themes)`);
          j = i + 1;
        }
        i = j;
      }
      return [...new Set(out)];
    };

    if (this.kind === ImportKind.ORGANIZATIONS) {
      const kindText = cell('kind');
      const kind = kindText ? KINDS.get(key(kindText)) : this.defaultKind;
      if (!kind)
        problem(
          errors,
          'kind',
          `"${kindText}" is not a kind of organisation (CSO, network, international NGO, UN entity, Member State, regional organisation, academic, foundation, other)`,
        );
      const scopeText = cell('scope');
      const scope = scopeText ? SCOPES.get(key(scopeText)) : null;
      if (scope === undefined)
        problem(errors, 'scope', `"${scopeText}" is not local, national, regional or global`);
      let website: string | null = cell('website') || null;
      if (website && !/^[a-z][a-z0-9+.-]*:\/\//i.test(website) && /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(website))
        website = `https://${website}`;
      const values: OrganizationValues = {
        name: cell('name'),
        acronym: cell('acronym') || null,
        kind: kind ?? this.defaultKind,
        countryCode: country(),
        scope: scope ?? null,
        website,
        description: cell('description') || null,
        themes: themes(),
      };
      const validated = this.validate(CreateOrganizationInput, values, errors);
      return { values: errors.length ? null : { ...values, ...validated }, errors, warnings };
    }

    let fullName = cell('fullName');
    if (!fullName) fullName = [cell('firstName'), cell('lastName')].filter(Boolean).join(' ');
    const languages: string[] = [];
    for (const item of splitList(cell('languages'))) {
      const tag = languageOf(item);
      if (tag) languages.push(tag);
      else
        problem(
          errors,
          'languages',
          `"${item}" is not a language Convene recognises (write e.g. English, français or fr)`,
        );
    }
    const values: PersonValues = {
      fullName,
      email: cell('email') || null,
      phone: cell('phone') || null,
      countryCode: country(),
      languages: [...new Set(languages)],
      gender: cell('gender') || null,
      themes: themes(),
      notes: cell('notes') || null,
      organization: cell('organization') || null,
      jobTitle: cell('jobTitle') || null,
    };
    if (values.jobTitle && values.jobTitle.length > 300)
      problem(errors, 'jobTitle', 'must be at most 300 characters');
    if (this.kind === ImportKind.PARTICIPANTS) {
      const roleText = cell('participationRole');
      const role = roleText ? ROLES.get(key(roleText)) : ParticipationRole.PARTICIPANT;
      if (!role)
        problem(
          errors,
          'participationRole',
          `"${roleText}" is not a role (participant, speaker, moderator, co-chair, observer, organiser)`,
        );
      const statusText = cell('participationStatus');
      const status = statusText ? STATUSES.get(key(statusText)) : ParticipationStatus.INVITED;
      if (!status)
        problem(
          errors,
          'participationStatus',
          `"${statusText}" is not a status (invited, registered, attended, no-show, declined, cancelled)`,
        );
      values.participationRole = role ?? ParticipationRole.PARTICIPANT;
      values.participationStatus = status ?? ParticipationStatus.INVITED;
    }
    const { organization, jobTitle, participationRole, participationStatus, ...personInput } = values;
    const validated = this.validate(CreatePersonInput, personInput, errors);
    return {
      values: errors.length
        ? null
        : { ...values, ...validated, organization, jobTitle, participationRole, participationStatus },
      errors,
      warnings,
    };
  }

  private header(field: ImportField): string | null {
    const column = this.columnOf.get(field);
    return column === undefined ? null : (this.headers[column] ?? null);
  }

  /** Runs the create mutation's validation; returns the transformed values (trimmed, emails lower-cased). */
  private validate<T extends object>(type: new () => T, values: object, errors: CellProblem[]): Partial<T> {
    const instance = plainToInstance(type, values);
    const problems = validateSync(instance, {
      whitelist: true,
      forbidNonWhitelisted: true,
      stopAtFirstError: true,
      validationError: { target: false, value: false },
    });
    for (const p of flatten(problems)) {
      const field = INPUT_TO_FIELD[p.property] ?? p.property;
      // Country codes come from findCountry; a failure there was already said in words.
      if (errors.some((e) => e.field === field)) continue;
      errors.push({ field, column: this.header(field), message: p.message });
    }
    return instance;
  }
}

const INPUT_TO_FIELD: Record<string, ImportField> = { countryCode: 'country' };

function flatten(errors: ValidationError[]): { property: string; message: string }[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((message) => ({ property: e.property, message })),
    ...flatten(e.children ?? []),
  ]);
}

/** "row 14, Email: not an email address" */
export function describeProblem(rowNumber: number, p: CellProblem): string {
  return `row ${rowNumber}${p.column ? `, ${p.column}` : ''}: ${p.message}`;
}
