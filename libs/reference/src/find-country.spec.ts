import { COUNTRIES, UN_LANGUAGES } from './countries';
import { findCountry, normalizeCountryName } from './find-country';

describe('findCountry', () => {
  it.each([
    ["Côte d'Ivoire", 'CI'],
    ['Côte d’Ivoire', 'CI'],
    ["Cote d'Ivoire", 'CI'],
    ['COTE D IVOIRE', 'CI'],
    ['Ivory Coast', 'CI'],
    ['CIV', 'CI'],
    ['CI', 'CI'],
    ['ci', 'CI'],
    ['384', 'CI'],
    ['Türkiye', 'TR'],
    ['Turkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Turquie', 'TR'],
    ['Viet Nam', 'VN'],
    ['Vietnam', 'VN'],
    ['Russian Federation', 'RU'],
    ['Russia', 'RU'],
    ['Россия', 'RU'],
    ['DRC', 'CD'],
    ['DR Congo', 'CD'],
    ['Democratic Republic of the Congo', 'CD'],
    ['Congo, the Democratic Republic of the', 'CD'],
    ['République démocratique du Congo', 'CD'],
    ['Republic of the Congo', 'CG'],
    ['Congo', 'CG'],
    ['Congo-Brazzaville', 'CG'],
    ['Korea, Republic of', 'KR'],
    ['South Korea', 'KR'],
    ["Democratic People's Republic of Korea", 'KP'],
    ['Bolivia', 'BO'],
    ['Bolivia (Plurinational State of)', 'BO'],
    ['Iran', 'IR'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['United States', 'US'],
    ['USA', 'US'],
    ['The Gambia', 'GM'],
    ['Gambia', 'GM'],
    ['St. Kitts & Nevis', 'KN'],
    ['Saint Lucia', 'LC'],
    ['Holy See', 'VA'],
    ['Vatican', 'VA'],
    ['State of Palestine', 'PS'],
    ['Palestine', 'PS'],
    ['Eswatini', 'SZ'],
    ['Swaziland', 'SZ'],
    ['Cabo Verde', 'CV'],
    ['Cape Verde', 'CV'],
    ['Timor-Leste', 'TL'],
    ['East Timor', 'TL'],
    ['Myanmar', 'MM'],
    ['Burma', 'MM'],
    ['Netherlands', 'NL'],
    ['Kosovo', 'XK'],
    ['Occupied Palestinian Territory', 'PS'],
    ['British Virgin Islands', 'VG'],
    ['Virgin Islands, U.S.', 'VI'],
    ['  nigeria  ', 'NG'],
    ['Niger', 'NE'],
    ['4', 'AF'],
    ['尼日利亚', 'NG'],
    ['نيجيريا', 'NG'],
  ])('finds %j as %s', (text, iso2) => {
    expect(findCountry(text)?.iso2).toBe(iso2);
  });

  it.each(['', '   ', 'Atlantis', 'Republic', '999', 'Guinea Congo', 'Korea', 'Virgin Islands'])(
    'finds nothing for %j',
    (text) => {
      expect(findCountry(text)).toBeUndefined();
    },
  );

  it('finds every country by each of its codes and each of its names in the six UN languages', () => {
    for (const country of COUNTRIES) {
      const texts = [
        country.iso2,
        country.iso3,
        country.m49,
        ...UN_LANGUAGES.map((lang) => country.names[lang]),
      ];
      for (const text of texts) {
        if (text === null) continue;
        const found = findCountry(text)?.iso2;
        // A name two countries share in some language (rare) may match neither, but never the wrong one.
        if (found !== undefined) expect([text, found]).toEqual([text, country.iso2]);
      }
      expect([country.iso2, findCountry(country.names.en)?.iso2]).toEqual([country.iso2, country.iso2]);
    }
  });
});

describe('normalizeCountryName', () => {
  it('drops accents, case, apostrophes and punctuation', () => {
    expect(normalizeCountryName('Côte d’Ivoire')).toBe('cote divoire');
    expect(normalizeCountryName('  The  Bahamas ')).toBe('bahamas');
    expect(normalizeCountryName('St. Vincent & the Grenadines')).toBe('saint vincent and the grenadines');
  });
});
