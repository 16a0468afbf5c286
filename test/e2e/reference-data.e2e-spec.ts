import { Role } from '@convene/domain';
import { signedIn } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type CountryRow = {
  iso2: string;
  name: string;
  regionCode: string | null;
  subRegionCode: string | null;
  isGlobalSouth: boolean | null;
  unRegionalGroup: string | null;
};
const COUNTRIES = `query($unStatus: String, $regionCode: String, $globalSouth: Boolean) {
  countries(unStatus: $unStatus, regionCode: $regionCode, globalSouth: $globalSouth) {
    iso2 name regionCode subRegionCode isGlobalSouth unRegionalGroup names { en fr es ar ru zh } } }`;

describe('reference data loaded at start', () => {
  it('has exactly 193 Member States and the two observer States, each with a region and a classification', async () => {
    const { client } = await signedIn(t, Role.VIEWER);
    const members = (
      await client.ok<{ countries: (CountryRow & { names: Record<string, string> })[] }>(COUNTRIES, {
        unStatus: 'MEMBER',
      })
    ).countries;
    expect(members).toHaveLength(193);
    for (const m of members) {
      expect(m.regionCode).toMatch(/^\d{3}$/);
      expect(m.subRegionCode).toMatch(/^\d{3}$/);
      expect(typeof m.isGlobalSouth).toBe('boolean');
      for (const lang of ['en', 'fr', 'es', 'ar', 'ru', 'zh']) expect(m.names[lang]).toBeTruthy();
    }
    const observers = (
      await client.ok<{ countries: CountryRow[] }>(COUNTRIES, { unStatus: 'OBSERVER_STATE' })
    ).countries;
    expect(observers.map((o) => o.iso2).sort()).toEqual(['PS', 'VA']);
    const groups = new Map<string, number>();
    for (const m of members)
      if (m.unRegionalGroup) groups.set(m.unRegionalGroup, (groups.get(m.unRegionalGroup) ?? 0) + 1);
    expect(Object.fromEntries(groups)).toEqual({
      AFRICAN: 54,
      ASIA_PACIFIC: 54,
      EASTERN_EUROPEAN: 23,
      LATIN_AMERICAN_CARIBBEAN: 33,
      WESTERN_EUROPEAN_OTHERS: 28,
    });
  });

  it('names countries in the user’s language', async () => {
    const { client } = await signedIn(t, Role.VIEWER);
    await client.ok(`mutation { updateMyPreferences(input: { locale: "fr" }) { locale } }`);
    const rows = (await client.ok<{ countries: CountryRow[] }>(COUNTRIES, { unStatus: 'MEMBER' })).countries;
    expect(rows.find((c) => c.iso2 === 'DE')?.name).toBe('Allemagne');
  });

  it('classifies the Global South by UNCTAD by default, and an administrator can switch it', async () => {
    const admin = await signedIn(t, Role.ADMIN);
    const south = async (iso2: string) =>
      (await admin.client.ok<{ countries: CountryRow[] }>(COUNTRIES, {})).countries.find(
        (c) => c.iso2 === iso2,
      )?.isGlobalSouth;
    expect(await south('NG')).toBe(true);
    expect(await south('KR')).toBe(false);
    expect(await south('JP')).toBe(false);
    const list = await admin.client.ok<{
      globalSouthClassifications: { id: string; active: boolean; memberStatesInGlobalSouth: number }[];
    }>(`{ globalSouthClassifications { id active memberStatesInGlobalSouth } }`);
    expect(list.globalSouthClassifications.find((c) => c.active)).toMatchObject({
      id: 'unctad-developing-2024',
      memberStatesInGlobalSouth: 142,
    });

    const SET = `mutation($id: ID!) { setGlobalSouthClassification(id: $id) { id active } }`;
    const staff = await signedIn(t, Role.STAFF);
    expect((await staff.client.errorOf(SET, { id: 'undesa-less-developed-regions' })).code).toBe('FORBIDDEN');
    expect((await admin.client.errorOf(SET, { id: 'made-up' })).code).toBe('BAD_USER_INPUT');
    await admin.client.ok(SET, { id: 'undesa-less-developed-regions' });
    try {
      expect(await south('KR')).toBe(true); // less developed region under UN DESA's convention
    } finally {
      await admin.client.ok(SET, { id: 'unctad-developing-2024' });
    }
  });

  it('ships UN entities, Member and observer States and known partners as organisations, and the two Dialogues', async () => {
    const { client } = await signedIn(t, Role.VIEWER);
    const count = async (filter: Record<string, unknown>) =>
      (
        await client.ok<{ organizations: { totalCount: number } }>(
          `query($f: OrganizationFilter) { organizations(filter: $f) { totalCount } }`,
          { f: filter },
        )
      ).organizations.totalCount;
    expect(await count({ kinds: ['MEMBER_STATE'] })).toBe(193);
    expect(await count({ kinds: ['OBSERVER_STATE'] })).toBe(2);
    expect(await count({ kinds: ['UN_ENTITY'], text: 'DPPA' })).toBe(1);
    expect(await count({ text: 'Interpeace' })).toBe(1);

    const { dialogues } = await client.ok<{
      dialogues: {
        number: number;
        startDate: string;
        endDate: string;
        venue: string | null;
        coChairs: { acronym: string | null; name: string }[];
      }[];
    }>(`{ dialogues { number startDate endDate venue coChairs { name acronym } } }`);
    expect(dialogues.map((d) => [d.number, d.startDate, d.endDate])).toEqual([
      [2, '2024-12-12', '2024-12-13'],
      [1, '2023-11-30', '2023-12-01'],
    ]);
    expect(dialogues[0].venue).toBe('UN Headquarters, New York');
    expect(dialogues[0].coChairs.map((c) => c.acronym ?? c.name)).toEqual(['DPPA', 'Interpeace']);
    const cycle = await client.ok<{ currentCycle: { number: number; from: string } }>(
      `{ currentCycle { number from to } }`,
    );
    expect(cycle.currentCycle).toMatchObject({ number: 2, from: '2024-12-12' });
  });

  it('filters organisations by region and Global South from their country of base', async () => {
    const { client } = await signedIn(t, Role.VIEWER);
    const names = async (f: Record<string, unknown>) =>
      (
        await client.ok<{ organizations: { edges: { node: { name: string } }[] } }>(
          `query($f: OrganizationFilter) { organizations(first: 100, filter: $f) { edges { node { name } } } }`,
          { f },
        )
      ).organizations.edges.map((e) => e.node.name);
    const eastAfrica = await names({ kinds: ['MEMBER_STATE'], regionCodes: ['014'] });
    expect(eastAfrica).toEqual(expect.arrayContaining(['Kenya', 'Ethiopia', 'Uganda']));
    expect(eastAfrica).not.toContain('Nigeria');
    const north = await names({ kinds: ['MEMBER_STATE'], globalSouth: false, regionCodes: ['150'] });
    expect(north).toContain('Germany');
    expect(await names({ kinds: ['MEMBER_STATE'], globalSouth: true, regionCodes: ['150'] })).toEqual([]);
  });

  it('refuses unknown country codes and themes on write', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const create = `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`;
    expect(
      (await client.errorOf(create, { i: { name: 'X', kind: 'CSO', countryCode: 'QQ' } })).extensions.fields,
    ).toEqual([{ field: 'countryCode', message: 'is not a known ISO 3166-1 country code' }]);
    expect(
      (await client.errorOf(create, { i: { name: 'X', kind: 'CSO', themes: ['astrology'] } })).extensions
        .fields,
    ).toEqual([{ field: 'themes', message: 'has unknown themes: astrology' }]);
  });
});
