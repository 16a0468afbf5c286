import { OrganizationKind } from '@convene/domain';
import { findCountry } from '@convene/reference';
import { headerSignature, ImportKind, suggestMapping } from './import-fields';
import { RowChecker } from './row-checker';

const THEMES = [{ key: 'yps', names: { en: 'Youth, Peace and Security', fr: 'Jeunesse, paix et sécurité' } }];

describe('import mapping suggestions', () => {
  it('recognises headers in several languages and columns by their values', () => {
    const headers = ['Nom', 'Sigle', 'País', 'Courriel', 'Misc'];
    const samples = [
      ['Réseau', 'RP', 'Mali', 'a@b.org', 'x'],
      ['Red', 'R', 'Perú', 'c@d.org', 'y'],
    ];
    expect(suggestMapping(ImportKind.ORGANIZATIONS, headers, samples).map((m) => m.field)).toEqual([
      'name',
      'acronym',
      'country',
      null,
      null,
    ]);
    const people = suggestMapping(
      ImportKind.PEOPLE,
      ['Nombre completo', 'Organización', 'Correo electrónico', 'Where'],
      [['Ana', 'WANEP', 'ana@x.org', 'Ivory Coast']],
    );
    expect(people.map((m) => m.field)).toEqual(['fullName', 'organization', 'email', 'country']);
    expect(
      suggestMapping(ImportKind.PEOPLE, ['Contact', 'Data'], [['A', 'ana@x.org']]).map((m) => m.field),
    ).toEqual(['fullName', 'email']);
  });

  it('gives files of the same shape the same signature, whatever the accents, case and spaces', () => {
    expect(headerSignature(ImportKind.PEOPLE, ['E-mail', 'Prénom '])).toBe(
      headerSignature(ImportKind.PEOPLE, ['e mail', 'PRENOM']),
    );
    expect(headerSignature(ImportKind.PEOPLE, ['Email'])).not.toBe(
      headerSignature(ImportKind.ORGANIZATIONS, ['Email']),
    );
  });
});

describe('countries as people write them', () => {
  it.each([
    ["Côte d'Ivoire", 'CI'],
    ['Ivory Coast', 'CI'],
    ['CIV', 'CI'],
    ['cote divoire', 'CI'],
    ['Costa de Marfil', 'CI'],
    ['ساحل العاج', 'CI'],
    ['Кот-д’Ивуар', 'CI'],
    ['科特迪瓦', 'CI'],
    ['DRC', 'CD'],
    ['UK', 'GB'],
    ['USA', 'US'],
    ['Russia', 'RU'],
    ['Syria', 'SY'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Burma', 'MM'],
    ['Swaziland', 'SZ'],
    ['Cape Verde', 'CV'],
    ['Palestine', 'PS'],
    ['Viet Nam', 'VN'],
    ['Pays-Bas', 'NL'],
  ])('%s is %s', (text, iso2) => {
    expect(findCountry(text)?.iso2).toBe(iso2);
  });
});

describe('checking rows', () => {
  const orgs = new RowChecker(
    ImportKind.ORGANIZATIONS,
    ['Name', 'Acronym', 'Type', 'Country', 'Website', 'Themes'],
    [0, 1, 2, 3, 4, 5].map((column) => ({
      column,
      field: (['name', 'acronym', 'kind', 'country', 'website', 'themes'] as const)[column],
    })),
    THEMES,
  );

  it('reads kinds, countries, web addresses and themes as people write them', () => {
    const row = orgs.check([
      'Réseau Ouest',
      'RO',
      'Réseau',
      'Ivory Coast',
      'www.ro.org',
      'Jeunesse, paix et sécurité',
    ]);
    expect(row.errors).toEqual([]);
    expect(row.values).toMatchObject({
      name: 'Réseau Ouest',
      kind: OrganizationKind.CSO_NETWORK,
      countryCode: 'CI',
      website: 'https://www.ro.org',
      themes: ['yps'],
    });
  });

  it('says which cell is wrong, with the column as the file names it', () => {
    const row = orgs.check(['', 'X', 'Spaceship', 'Atlantis', 'not a site', 'Knitting']);
    expect(row.values).toBeNull();
    expect(row.errors).toEqual(
      expect.arrayContaining([
        {
          field: 'kind',
          column: 'Type',
          message: expect.stringMatching(/"Spaceship" is not a kind of organisation/),
        },
        { field: 'country', column: 'Country', message: '"Atlantis" is not a country Convene knows' },
        { field: 'themes', column: 'Themes', message: expect.stringMatching(/"Knitting" is not a theme/) },
        { field: 'name', column: 'Name', message: 'must be 1 to 300 characters' },
        { field: 'website', column: 'Website', message: 'must be a web address starting with https://' },
      ]),
    );
  });

  it('validates people with the create mutation rules and warns about formula-looking cells', () => {
    const people = new RowChecker(
      ImportKind.PEOPLE,
      ['First', 'Last', 'E-mail', 'Langues'],
      [
        { column: 0, field: 'firstName' },
        { column: 1, field: 'lastName' },
        { column: 2, field: 'email' },
        { column: 3, field: 'languages' },
      ],
      THEMES,
    );
    const good = people.check(['Amina', '=Mohammed', 'Amina@Example.ORG', 'français, Arabic; sw']);
    expect(good.values).toMatchObject({
      fullName: 'Amina =Mohammed',
      email: 'amina@example.org',
      languages: ['fr', 'ar', 'sw'],
    });
    expect(good.warnings[0]).toMatchObject({
      column: 'Last',
      message: expect.stringMatching(/formula; stored as plain text/),
    });
    const bad = people.check(['Ana', 'B', 'not-an-email', 'Klingon']);
    expect(bad.errors).toEqual([
      {
        field: 'languages',
        column: 'Langues',
        message: expect.stringMatching(/"Klingon" is not a language/),
      },
      { field: 'email', column: 'E-mail', message: 'must be an email address such as name@example.org' },
    ]);
  });
});
