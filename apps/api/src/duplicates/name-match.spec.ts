import {
  DuplicateIndex,
  foldText,
  isAcronymOf,
  LIKELY_DUPLICATE_SCORE,
  nameSimilarity,
  scorePair,
  type MatchRecord,
} from './name-match';

describe('foldText', () => {
  it('drops accents and case, transliterates other scripts and keeps letters and digits', () => {
    expect(foldText('Côte d’Ivoire')).toBe('cote divoire');
    expect(foldText('  ÉCOLE   de la Paix!! ')).toBe('ecole de la paix');
    expect(foldText('Кот-д’Ивуар')).toBe('kot divuar');
    expect(foldText('Müller-Lüdenscheidt')).toBe('muller ludenscheidt');
  });
});

describe('isAcronymOf', () => {
  it.each([
    ['WANEP', 'West Africa Network for Peacebuilding'],
    ['GPPAC', 'Global Partnership for the Prevention of Armed Conflict'],
    ['UNICEF', "United Nations International Children's Emergency Fund"],
    ['W.I.L.P.F.', "Women's International League for Peace and Freedom"],
  ])('reads %s as the initials of %s', (acronym, name) => {
    expect(isAcronymOf(acronym, name)).toBe(true);
  });

  it.each([
    ['WANEP', 'Women Acting for Nonviolence'],
    ['UN', 'United'],
    ['ABC', 'Peace Direct'],
  ])('does not read %s as %s', (acronym, name) => {
    expect(isAcronymOf(acronym, name)).toBe(false);
  });
});

describe('nameSimilarity', () => {
  it('ignores accents, case, word order and legal forms', () => {
    expect(nameSimilarity('Amina Mohammed', 'MOHAMMED, Amina', 'person')).toBe(1);
    expect(nameSimilarity('Fondation Hirondelle', 'Hirondelle', 'organization')).toBe(1);
    expect(
      nameSimilarity('Réseau des Femmes Africaines', 'reseau des femmes africaines', 'organization'),
    ).toBe(1);
  });

  it('tolerates typos and transliteration variants but not different names', () => {
    expect(nameSimilarity('Aminah Mohamed', 'Amina Mohammed', 'person')).toBeGreaterThan(0.7);
    expect(nameSimilarity('Olga Petrova', 'Ольга Петрова', 'person')).toBe(1);
    expect(nameSimilarity('Peace Direct', 'Search for Common Ground', 'organization')).toBeLessThan(0.2);
  });
});

describe('scorePair', () => {
  const org = (id: string, name: string, extra: Partial<MatchRecord> = {}): MatchRecord => ({
    id,
    name,
    ...extra,
  });

  it('is certain on the same email whatever the names', () => {
    const match = scorePair(
      { id: 'a', name: 'A. Diallo', email: 'A.Diallo@example.org ' },
      { id: 'b', name: 'Aissatou Diallo', email: 'a.diallo@example.org' },
      'person',
    );
    expect(match.score).toBe(1);
    expect(match.reasons[0]).toBe('SAME_EMAIL');
  });

  it('matches an acronym to the name it stands for', () => {
    const match = scorePair(
      org('a', 'WANEP', { countryCode: 'GH' }),
      org('b', 'West Africa Network for Peacebuilding', { countryCode: 'GH' }),
      'organization',
    );
    expect(match.reasons).toEqual(expect.arrayContaining(['ACRONYM_OF_NAME', 'SAME_COUNTRY']));
    expect(match.score).toBeGreaterThanOrEqual(LIKELY_DUPLICATE_SCORE);
  });

  it('holds back similar names in different countries', () => {
    const same = scorePair(
      org('a', 'Women for Peace', { countryCode: 'KE' }),
      org('b', 'Women 4 Peace', { countryCode: 'KE' }),
      'organization',
    );
    const apart = scorePair(
      org('a', 'Women for Peace', { countryCode: 'KE' }),
      org('b', 'Women 4 Peace', { countryCode: 'CO' }),
      'organization',
    );
    expect(same.score).toBeGreaterThan(apart.score);
  });
});

describe('DuplicateIndex', () => {
  const records: MatchRecord[] = [
    { id: '1', name: 'West Africa Network for Peacebuilding', acronym: 'WANEP', countryCode: 'GH' },
    { id: '2', name: 'Conciliation Resources', countryCode: 'GB' },
    { id: '3', name: 'Peace Direct', countryCode: 'GB' },
    { id: '4', name: 'Réseau Ivoirien pour la Paix', countryCode: 'CI' },
  ];
  const index = new DuplicateIndex(records, 'organization');

  it('finds a misspelt, unaccented or abbreviated name and nothing unrelated', () => {
    expect(
      index.matches({ id: 'x', name: 'Conciliation Resorces', countryCode: 'GB' }).map((m) => m.id),
    ).toEqual(['2']);
    expect(index.matches({ id: 'x', name: 'RESEAU IVOIRIEN POUR LA PAIX' }).map((m) => m.id)).toEqual(['4']);
    expect(index.matches({ id: 'x', name: 'WANEP', countryCode: 'GH' }).map((m) => m.id)).toEqual(['1']);
    expect(index.matches({ id: 'x', name: 'Saferworld', countryCode: 'GB' })).toEqual([]);
  });

  it('never reports a record as its own duplicate', () => {
    expect(index.matches(records[1])).toEqual([]);
  });
});

describe('different acronyms', () => {
  it('hold back alike names of two bodies with their own acronyms, but not an acronym and its name', () => {
    const undp = { id: 'a', name: 'United Nations Development Programme', acronym: 'UNDP' };
    const dco = { id: 'b', name: 'United Nations Development Coordination Office', acronym: 'DCO' };
    const withoutAcronyms = scorePair({ ...undp, acronym: null }, { ...dco, acronym: null }, 'organization');
    const withAcronyms = scorePair(undp, dco, 'organization');
    expect(withAcronyms.score).toBeCloseTo(withoutAcronyms.score - 0.2, 5);
    expect(withAcronyms.score).toBeLessThan(LIKELY_DUPLICATE_SCORE);
    const wanep = scorePair(
      { id: 'c', name: 'West Africa Network for Peacebuilding', acronym: 'WANEP', countryCode: 'GH' },
      { id: 'd', name: 'WANEP', acronym: 'W.A.N.E.P.', countryCode: 'GH' },
      'organization',
    );
    expect(wanep.reasons).toContain('SAME_ACRONYM');
    expect(wanep.score).toBeGreaterThanOrEqual(LIKELY_DUPLICATE_SCORE);
  });
});

describe('DuplicateIndex.pairsOf', () => {
  it('finds every likely pair once, from the earlier record of the two', () => {
    const records = [
      { id: '1', name: 'Fundación Paz y Democracia', countryCode: 'CO' },
      { id: '2', name: 'Women Peacemakers Initiative', countryCode: 'KE' },
      { id: '3', name: 'FUNDACION PAZ Y DEMOCRACIA', countryCode: 'CO' },
      { id: '4', name: 'Women Peacemakers Initiatives', countryCode: 'KE' },
      { id: '5', name: 'Youth Voices Sahel', countryCode: 'ML' },
    ];
    const index = new DuplicateIndex(records, 'organization');
    const pairs = records.flatMap((r, i) => index.pairsOf(i).map((m) => `${r.id}-${m.id}`));
    expect(pairs.sort()).toEqual(['1-3', '2-4']);
  });
});
