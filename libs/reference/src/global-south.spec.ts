import { COUNTRIES, MEMBER_STATES } from './countries';
import {
  DEFAULT_GLOBAL_SOUTH_CLASSIFICATION_ID,
  getGlobalSouthClassification,
  GLOBAL_SOUTH_CLASSIFICATIONS,
  isGlobalSouth,
} from './global-south';

describe('Global South classifications', () => {
  it('default to UNCTAD developing economies', () => {
    expect(DEFAULT_GLOBAL_SOUTH_CLASSIFICATION_ID).toBe('unctad-developing-2024');
    expect(getGlobalSouthClassification()).toMatchObject({ id: 'unctad-developing-2024', asOf: '2024' });
  });

  it('have unique ids, a source, a date and a description', () => {
    expect(new Set(GLOBAL_SOUTH_CLASSIFICATIONS.map((c) => c.id)).size).toBe(
      GLOBAL_SOUTH_CLASSIFICATIONS.length,
    );
    for (const c of GLOBAL_SOUTH_CLASSIFICATIONS) {
      expect(c.source).not.toBe('');
      expect(c.description).not.toBe('');
      expect(c.asOf).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    }
  });

  it('give every Member State an answer under every classification', () => {
    for (const c of GLOBAL_SOUTH_CLASSIFICATIONS) {
      for (const state of MEMBER_STATES) {
        expect([c.id, state.iso2, typeof c.isDeveloping(state.iso2)]).toEqual([c.id, state.iso2, 'boolean']);
      }
    }
  });

  describe('UNCTAD developing economies (default)', () => {
    it.each(['JP', 'IL', 'KR', 'AU', 'NZ', 'CY', 'US', 'CA', 'FR', 'RU', 'UA', 'GL'])(
      'counts %s as developed',
      (iso2) => {
        expect(isGlobalSouth(iso2)).toBe(false);
      },
    );

    it.each(['NG', 'BR', 'IN', 'FJ', 'CN', 'TR', 'KZ', 'GE', 'PS', 'HT', 'KI', 'ZA', 'SA', 'TW', 'PG'])(
      'counts %s as developing',
      (iso2) => {
        expect(isGlobalSouth(iso2)).toBe(true);
      },
    );

    it('counts 142 of the 193 Member States as developing', () => {
      // M49 places 54 Member States in Africa, 33 in Latin America and the Caribbean, 47 in Asia and 14 in
      // Oceania: 54 + 33 + (47 - Cyprus, Israel, Japan, Korea) + (14 - Australia, New Zealand) = 142.
      expect(MEMBER_STATES.filter((c) => isGlobalSouth(c.iso2)).map((c) => c.iso2)).toHaveLength(142);
    });

    it('accepts lower-case codes and leaves unknown codes and Antarctica unclassified', () => {
      expect(isGlobalSouth('ng')).toBe(true);
      expect(isGlobalSouth('ZZ')).toBeUndefined();
      expect(isGlobalSouth('AQ')).toBeUndefined();
    });
  });

  describe('UN DESA less developed regions (for comparison)', () => {
    const id = 'undesa-less-developed-regions';

    it('differs from UNCTAD on Israel, the Republic of Korea and Cyprus only', () => {
      const unctad = getGlobalSouthClassification();
      const undesa = getGlobalSouthClassification(id);
      const differ = COUNTRIES.filter((c) => unctad.isDeveloping(c.iso2) !== undesa.isDeveloping(c.iso2));
      expect(differ.map((c) => c.iso2)).toEqual(['CY', 'IL', 'KR']);
      expect(isGlobalSouth('IL', id)).toBe(true);
      expect(isGlobalSouth('JP', id)).toBe(false);
    });
  });

  it('lists developing codes sorted and frozen', () => {
    const { developingIso2 } = getGlobalSouthClassification();
    expect([...developingIso2].sort()).toEqual(developingIso2);
    expect(() => (developingIso2 as string[]).push('GB')).toThrow(TypeError);
    expect(isGlobalSouth('GB')).toBe(false);
  });

  it('rejects an unknown classification', () => {
    expect(() => isGlobalSouth('NG', 'world-bank-2030')).toThrow(/Unknown Global South classification/);
  });
});
