import { createHash } from 'node:crypto';
import { findCountry } from '@convene/reference';
import { foldText } from '../duplicates/name-match';

/** What a file holds. */
export enum ImportKind {
  ORGANIZATIONS = 'ORGANIZATIONS',
  PEOPLE = 'PEOPLE',
  PARTICIPANTS = 'PARTICIPANTS',
}

export enum ImportStatus {
  PARSING = 'PARSING',
  MAPPING = 'MAPPING',
  CHECKING = 'CHECKING',
  CHECKED = 'CHECKED',
  COMMITTING = 'COMMITTING',
  COMMITTED = 'COMMITTED',
  FAILED = 'FAILED',
  INTERRUPTED = 'INTERRUPTED',
  CANCELLED = 'CANCELLED',
}

/** A field a column can fill. */
export type ImportField =
  | 'name'
  | 'acronym'
  | 'kind'
  | 'country'
  | 'scope'
  | 'website'
  | 'description'
  | 'themes'
  | 'fullName'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'phone'
  | 'organization'
  | 'jobTitle'
  | 'languages'
  | 'gender'
  | 'notes'
  | 'participationRole'
  | 'participationStatus';

const PERSON_FIELDS: ImportField[] = [
  'fullName',
  'firstName',
  'lastName',
  'email',
  'phone',
  'country',
  'organization',
  'jobTitle',
  'languages',
  'gender',
  'themes',
  'notes',
];

/** The fields of each kind of file, in the order the mapping step shows them. */
export const FIELDS_OF: Record<ImportKind, ImportField[]> = {
  [ImportKind.ORGANIZATIONS]: [
    'name',
    'acronym',
    'kind',
    'country',
    'scope',
    'website',
    'description',
    'themes',
  ],
  [ImportKind.PEOPLE]: PERSON_FIELDS,
  [ImportKind.PARTICIPANTS]: [...PERSON_FIELDS, 'participationRole', 'participationStatus'],
};

/** Header words that name each field, in English, French, Spanish and a few others seen in real lists. */
const SYNONYMS: Record<ImportField, string[]> = {
  name: [
    'name',
    'organisation',
    'organization',
    'organisation name',
    'organization name',
    'org',
    'org name',
    'nom',
    'nom de l organisation',
    'organisme',
    'structure',
    'nombre',
    'organizacion',
    'nombre de la organizacion',
    'entidad',
    'institution',
    'institucion',
    'raison sociale',
    'naimenovanie',
    'ism',
    'mingcheng',
  ],
  acronym: [
    'acronym',
    'abbreviation',
    'short name',
    'sigle',
    'acronyme',
    'sigla',
    'siglas',
    'acronimo',
    'abreviatura',
  ],
  kind: [
    'kind',
    'type',
    'category',
    'organisation type',
    'organization type',
    'type d organisation',
    'categorie',
    'tipo',
    'tipo de organizacion',
    'categoria',
  ],
  country: [
    'country',
    'pays',
    'pais',
    'nation',
    'country of base',
    'based in',
    'location country',
    'country code',
    'iso',
    'strana',
    'balad',
    'guojia',
  ],
  scope: ['scope', 'level', 'portee', 'niveau', 'alcance', 'nivel'],
  website: [
    'website',
    'web site',
    'web',
    'url',
    'site',
    'site web',
    'site internet',
    'sitio web',
    'pagina web',
    'homepage',
  ],
  description: [
    'description',
    'about',
    'mission',
    'descripcion',
    'presentation',
    'summary',
    'resume',
    'resumen',
  ],
  themes: [
    'themes',
    'theme',
    'topics',
    'thematic areas',
    'areas of work',
    'focus',
    'thematiques',
    'thematique',
    'domaines',
    'temas',
    'tema',
    'ejes',
  ],
  fullName: [
    'full name',
    'name',
    'participant',
    'participant name',
    'contact',
    'contact name',
    'person',
    'nom complet',
    'nom et prenom',
    'nom prenom',
    'prenom et nom',
    'nom',
    'nombre completo',
    'nombre y apellido',
    'nombre',
    'fio',
    'imya',
  ],
  firstName: [
    'first name',
    'given name',
    'forename',
    'prenom',
    'prenoms',
    'nombre de pila',
    'nombres',
    'primer nombre',
  ],
  lastName: ['last name', 'surname', 'family name', 'nom de famille', 'apellido', 'apellidos', 'familiya'],
  email: [
    'email',
    'e mail',
    'email address',
    'mail',
    'courriel',
    'adresse e mail',
    'adresse electronique',
    'correo',
    'correo electronico',
    'correo e',
    'pochta',
  ],
  phone: [
    'phone',
    'telephone',
    'tel',
    'mobile',
    'cell',
    'phone number',
    'numero de telephone',
    'portable',
    'telefono',
    'celular',
    'movil',
    'whatsapp',
  ],
  organization: [
    'organisation',
    'organization',
    'organisation name',
    'organization name',
    'affiliation',
    'employer',
    'institution',
    'company',
    'org',
    'organisme',
    'structure',
    'organizacion',
    'institucion',
    'entidad',
    'empresa',
  ],
  jobTitle: [
    'title',
    'job title',
    'position',
    'role at organisation',
    'function',
    'fonction',
    'poste',
    'titre',
    'cargo',
    'puesto',
    'designation',
  ],
  languages: [
    'languages',
    'language',
    'langues',
    'langue',
    'idiomas',
    'idioma',
    'lenguas',
    'working languages',
  ],
  gender: ['gender', 'sex', 'genre', 'sexe', 'genero', 'sexo'],
  notes: [
    'notes',
    'note',
    'comments',
    'comment',
    'remarks',
    'remarques',
    'commentaires',
    'observaciones',
    'comentarios',
    'notas',
  ],
  participationRole: [
    'role',
    'participation role',
    'role in dialogue',
    'capacity',
    'role au dialogue',
    'rol',
    'papel',
  ],
  participationStatus: [
    'status',
    'attendance',
    'participation status',
    'statut',
    'presence',
    'estado',
    'asistencia',
    'registration status',
  ],
};

/** A header reduced for comparing: transliterated, accents and punctuation gone, lower case. */
export function headerKey(header: string): string {
  return foldText(header.replace(/[_-]+/g, ' '));
}

/** The shape of a file: its kind and normalised headers, in order. Mappings are remembered by it. */
export function headerSignature(kind: ImportKind, headers: string[]): string {
  return createHash('sha256')
    .update(`${kind}\n${headers.map(headerKey).join('\n')}`)
    .digest('hex');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_LIKE = /^(https?:\/\/|www\.)\S+\.\S+$/i;

/** A column mapped to a field (or to nothing). `column` counts from 0. */
export interface ColumnMapping {
  column: number;
  field: ImportField | null;
}

/**
 * Suggests a field for each column: first by its header (exact synonym, then a synonym contained in it), then
 * by its values (mostly email addresses, countries or web addresses). Each field goes to at most one column.
 */
export function suggestMapping(kind: ImportKind, headers: string[], samples: string[][]): ColumnMapping[] {
  const allowed = FIELDS_OF[kind];
  const taken = new Set<ImportField>();
  const result: ColumnMapping[] = headers.map((_, column) => ({ column, field: null }));
  const keys = headers.map(headerKey);
  const assign = (column: number, field: ImportField) => {
    if (taken.has(field) || result[column].field) return;
    // An organisation's name and a person's organisation share synonyms: the kind decides which field they mean.
    result[column].field = field;
    taken.add(field);
  };
  // 1. Exact synonyms, in field order (a person file's "Organisation" is the organisation, not the name).
  for (const field of allowed) {
    keys.forEach((key, column) => {
      if (SYNONYMS[field].includes(key)) assign(column, field);
    });
  }
  // 2. A synonym as a whole word inside the header ("Contact email", "Pays / Country").
  for (const field of allowed) {
    keys.forEach((key, column) => {
      if (SYNONYMS[field].some((s) => s.length >= 3 && ` ${key} `.includes(` ${s} `))) assign(column, field);
    });
  }
  // 3. By values.
  headers.forEach((_, column) => {
    if (result[column].field) return;
    const values = samples.map((r) => r[column] ?? '').filter(Boolean);
    if (values.length < 1) return;
    const share = (test: (v: string) => boolean) => values.filter(test).length / values.length;
    if (allowed.includes('email') && share((v) => EMAIL.test(v)) >= 0.6) assign(column, 'email');
    else if (allowed.includes('country') && share((v) => !!findCountry(v)) >= 0.6) assign(column, 'country');
    else if (allowed.includes('website') && share((v) => URL_LIKE.test(v)) >= 0.6) assign(column, 'website');
  });
  // A person file with first and last names but no full name is fine; one with a full name ignores neither.
  return result;
}

/** Checks a mapping: known fields for the kind, each used once, and the fields a record cannot do without. */
export function mappingProblems(kind: ImportKind, headers: string[], mapping: ColumnMapping[]): string[] {
  const problems: string[] = [];
  const used = new Map<ImportField, number>();
  for (const { column, field } of mapping) {
    if (column < 0 || column >= headers.length) {
      problems.push(`Column ${column + 1} does not exist (the file has ${headers.length}).`);
      continue;
    }
    if (!field) continue;
    if (!FIELDS_OF[kind].includes(field)) {
      problems.push(`"${headers[column]}": ${field} is not a field of this kind of import.`);
      continue;
    }
    if (used.has(field))
      problems.push(
        `"${headers[used.get(field) ?? 0]}" and "${headers[column]}" are both mapped to ${field}.`,
      );
    used.set(field, column);
  }
  if (kind === ImportKind.ORGANIZATIONS && !used.has('name'))
    problems.push('Choose the column with the organisation name.');
  if (
    kind !== ImportKind.ORGANIZATIONS &&
    !used.has('fullName') &&
    !(used.has('firstName') || used.has('lastName'))
  )
    problems.push("Choose the column with the person's full name (or first and last names).");
  return problems;
}
