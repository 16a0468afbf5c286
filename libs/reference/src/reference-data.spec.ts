import { getCountry } from './countries';
import { DIALOGUES, DIALOGUES_SOURCE } from './dialogues';
import { ORGANIZATION_KINDS, OrganizationKind } from './organization-kinds';
import { getKnownPartner, KNOWN_PARTNERS, PARTNERS_SOURCE } from './partners';
import { getPolicyProcess, POLICY_PROCESSES, POLICY_PROCESSES_SOURCE } from './policy-processes';
import { getTheme, THEME_KEYS, THEMES, THEMES_SOURCE } from './themes';
import { getUnEntity, UN_ENTITIES, UN_ENTITIES_SOURCE } from './un-entities';

const unique = (values: readonly string[]) => new Set(values).size === values.length;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('organisation kinds', () => {
  it('lists the ten kinds once, matching the enum object', () => {
    expect(ORGANIZATION_KINDS).toEqual([
      'CSO',
      'CSO_NETWORK',
      'INTERNATIONAL_NGO',
      'UN_ENTITY',
      'MEMBER_STATE',
      'OBSERVER_STATE',
      'REGIONAL_ORGANIZATION',
      'ACADEMIC',
      'FOUNDATION_DONOR',
      'OTHER',
    ]);
    expect([...ORGANIZATION_KINDS].sort()).toEqual(Object.values(OrganizationKind).sort());
  });
});

describe('UN entities', () => {
  it('include every entity and body the brief names', () => {
    const acronyms = UN_ENTITIES.map((e) => e.acronym);
    for (const acronym of [
      'DPPA',
      'PBSO',
      'DPO',
      'EOSG',
      'DCO',
      'UNDP',
      'UNOSSC',
      'UN-Women',
      'UNICEF',
      'OHCHR',
      'UNHCR',
      'UNFPA',
      'UNESCO',
      'OCHA',
      'UNOCT',
      'UNODC',
      'UNODA',
      'IOM',
      'UN Youth Office',
      'PBC',
      'PBF',
    ]) {
      expect(acronyms).toContain(acronym);
    }
    expect(getUnEntity('pbc')?.kind).toBe('INTERGOVERNMENTAL_BODY');
    expect(getUnEntity('pbf')?.kind).toBe('FUND');
    expect(getUnEntity('dppa')?.name.en).toBe('Department of Political and Peacebuilding Affairs');
  });

  it('have unique keys, parents that exist and secure websites', () => {
    expect(unique(UN_ENTITIES.map((e) => e.key))).toBe(true);
    expect(unique(UN_ENTITIES.map((e) => e.acronym))).toBe(true);
    for (const entity of UN_ENTITIES) {
      if (entity.parent !== undefined) expect(getUnEntity(entity.parent)).toBeDefined();
      expect(entity.website).toMatch(/^https:\/\/[a-z0-9.-]+\.(org|int)(\/|$)/);
      expect(entity.name.en).not.toBe('');
    }
    expect(UN_ENTITIES_SOURCE.asOf).toMatch(DATE);
  });
});

describe('themes', () => {
  it('are the five built-in themes with stable keys, conflict prevention overarching', () => {
    expect(THEMES.map((t) => t.key)).toEqual([...THEME_KEYS]);
    expect(THEME_KEYS).toEqual(['conflict-prevention', 'financing', 'civil-society-inclusion', 'yps', 'wps']);
    expect(THEMES.filter((t) => t.overarching).map((t) => t.key)).toEqual(['conflict-prevention']);
    for (const theme of THEMES) {
      expect([theme.name.en, theme.name.fr, theme.name.es].every((name) => name.length > 0)).toBe(true);
    }
    expect(getTheme('yps')?.name.en).toBe('Youth, Peace and Security');
    expect(getTheme('nope')).toBeUndefined();
    expect(THEMES_SOURCE.asOf).toMatch(DATE);
  });
});

describe('policy processes', () => {
  it('cover the processes in the brief, with their symbols', () => {
    expect(unique(POLICY_PROCESSES.map((p) => p.key))).toBe(true);
    expect(getPolicyProcess('pba-review-2025')).toMatchObject({
      symbols: ['A/RES/75/201', 'S/RES/2558 (2020)', 'S/RES/2805 (2025)'],
      adopted: '2025-11-26',
    });
    expect(getPolicyProcess('pact-for-the-future')?.symbols).toEqual(['A/RES/79/1']);
    expect(getPolicyProcess('wps-agenda')?.symbols[0]).toBe('S/RES/1325 (2000)');
    expect(getPolicyProcess('yps-agenda')?.symbols).toEqual([
      'S/RES/2250 (2015)',
      'S/RES/2419 (2018)',
      'S/RES/2535 (2020)',
    ]);
    for (const key of ['new-agenda-for-peace', 'pbc-programme-of-work', 'peacebuilding-fund']) {
      expect(getPolicyProcess(key)).toBeDefined();
    }
    for (const process of POLICY_PROCESSES) {
      if (process.adopted !== undefined) expect(process.adopted).toMatch(DATE);
      for (const symbol of process.symbols) expect(symbol).toMatch(/^[AS]\/RES\/\d+\/?\d*( \(\d{4}\))?$/);
    }
    expect(POLICY_PROCESSES_SOURCE.asOf).toMatch(DATE);
  });
});

describe('Dialogues', () => {
  it('are the two that have taken place, in order, with real dates', () => {
    expect(DIALOGUES.map((d) => [d.number, d.startDate, d.endDate])).toEqual([
      [1, '2023-11-30', '2023-12-01'],
      [2, '2024-12-12', '2024-12-13'],
    ]);
    expect(DIALOGUES[0].venue).toBeNull();
    expect(DIALOGUES[1].venue).toBe('UN Headquarters, New York');
    expect(DIALOGUES[1].themes[0]).toBe('conflict-prevention');
    expect(DIALOGUES_SOURCE.asOf).toMatch(DATE);
  });

  it('name co-chairs and themes that exist', () => {
    for (const dialogue of DIALOGUES) {
      expect(dialogue.coChairs).toEqual(['dppa', 'interpeace']);
      for (const key of dialogue.coChairs) expect(getUnEntity(key) ?? getKnownPartner(key)).toBeDefined();
      for (const key of dialogue.themes) expect(getTheme(key)).toBeDefined();
      expect(dialogue.startDate <= dialogue.endDate).toBe(true);
    }
  });
});

describe('known partners', () => {
  it('are the eight public partners, based in real countries', () => {
    expect(KNOWN_PARTNERS.map((p) => p.acronym ?? p.name)).toEqual([
      'Interpeace',
      'GPPAC',
      'Peace Direct',
      'QUNO',
      'Conciliation Resources',
      'UNOY',
      'WANEP',
      'GNWP',
    ]);
    expect(unique(KNOWN_PARTNERS.map((p) => p.key))).toBe(true);
    for (const partner of KNOWN_PARTNERS) {
      expect(getCountry(partner.countryOfBase)).toBeDefined();
      expect(partner.website).toMatch(/^https:\/\//);
    }
    expect(getKnownPartner('wanep')).toMatchObject({ countryOfBase: 'GH', scope: 'REGIONAL' });
    expect(PARTNERS_SOURCE.asOf).toMatch(DATE);
  });

  it('never record Core Group membership', () => {
    for (const partner of KNOWN_PARTNERS) {
      expect(Object.keys(partner).some((key) => /core/i.test(key))).toBe(false);
      expect(JSON.stringify(partner)).not.toMatch(/core group/i);
    }
  });

  it('are frozen', () => {
    expect(() => {
      (KNOWN_PARTNERS[0] as { name: string }).name = 'Someone else';
    }).toThrow(TypeError);
    expect(() => (UN_ENTITIES as unknown[]).pop()).toThrow(TypeError);
    expect(() => (THEMES as unknown[]).push({})).toThrow(TypeError);
    expect(() => ((DIALOGUES[0].coChairs as string[])[0] = 'x')).toThrow(TypeError);
  });
});
