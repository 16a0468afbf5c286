import { RiskLevel, Role } from '@convene/domain';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { signedIn } from '../support/factories';
import type { GraphqlClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const SEARCH = `query($text: String!, $first: Int, $kinds: [SearchKind!]) {
  search(text: $text, first: $first, kinds: $kinds) { kind id label acronym secondary category date match score } }`;

interface Hit {
  kind: string;
  id: string;
  label: string;
  acronym: string | null;
  secondary: string | null;
  category: string | null;
  date: string | null;
  match: string;
  score: number;
}

let t: TestApp;
let statements = 0;
let searches = 0;
const ids: Record<string, string> = {};

async function insert(sql: string, params: unknown[] = []): Promise<string> {
  const [row] = await t.db.dataSource.query<{ id: string }[]>(`${sql} RETURNING id`, params);
  return row.id;
}

async function search(client: GraphqlClient, text: string, extra: Record<string, unknown> = {}) {
  return (await client.ok<{ search: Hit[] }>(SEARCH, { text, ...extra })).search;
}

const labels = (hits: Hit[]) => hits.map((h) => h.label);

beforeAll(async () => {
  t = await startTestApp();
  await t.db.truncate(); // only the records below: rankings do not depend on reference data
  const org = (name: string, acronym: string | null = null, more = {}) => {
    const o = { kind: 'CSO', country: null as string | null, risk: 'STANDARD', deleted: false, ...more };
    return insert(
      `INSERT INTO organizations (name, acronym, kind, country_code, risk_level, deleted_at)
        VALUES ($1, $2, $3, $4, $5, CASE WHEN $6 THEN now() END)`,
      [name, acronym, o.kind, o.country, o.risk, o.deleted],
    );
  };
  ids.conciliation = await org('Conciliation Resources', null, { kind: 'INTERNATIONAL_NGO', country: 'GB' });
  ids.reseau = await org('Réseau des femmes de Côte d’Ivoire pour la paix', 'REFCI', { country: 'CI' });
  ids.wanep = await org('West Africa Network for Peacebuilding', 'WANEP', {
    kind: 'CSO_NETWORK',
    country: 'GH',
  });
  ids.peace = await org('Peace');
  ids.peaceDirect = await org('Peace Direct', null, { kind: 'INTERNATIONAL_NGO' });
  ids.interpeace = await org('Interpeace', null, { kind: 'INTERNATIONAL_NGO', country: 'CH' });
  ids.hidden = await org('Hidden Voices Collective', 'HVC', { risk: 'HIGH' });
  ids.trashed = await org('Trashed Peace Alliance', null, { deleted: true });
  ids.coreA = await org('Sahel Civil Society Platform', 'SCSP', { kind: 'CSO_NETWORK' });
  ids.coreB = await org('Pacific Islands Peace Network', 'PIPN', { kind: 'CSO_NETWORK' });

  const person = (name: string, email: string | null, risk = 'STANDARD', country: string | null = null) =>
    insert('INSERT INTO people (full_name, email, risk_level, country_code) VALUES ($1, $2, $3, $4)', [
      name,
      email,
      risk,
      country,
    ]);
  ids.amina = await person('Amina Okafor', 'amina.okafor@example.org', 'STANDARD', 'NG');
  ids.jose = await person('José García López', null, 'STANDARD', 'CO');
  ids.witness = await person('Nadia Witness', 'nadia.witness@example.org', 'ELEVATED');

  const dialogue = (n: number, title: string, venue: string, start: string) =>
    insert(
      `INSERT INTO dialogues (number, title, venue, start_date, end_date) VALUES ($1, $2, $3, $4::date, $4::date + 1)`,
      [n, title, venue, start],
    );
  ids.dialogue1 = await dialogue(1, '1st CSO–UN Dialogue on Peacebuilding', 'Online', '2023-11-30');
  ids.dialogue2 = await dialogue(
    2,
    '2nd CSO–UN Dialogue on Peacebuilding',
    'UN Headquarters, New York',
    '2024-12-12',
  );

  const engagement = async (title: string, summary: string, organizationId: string) => {
    const id = await insert(
      `INSERT INTO engagements (title, type, date, summary) VALUES ($1, 'CONSULTATION', '2025-03-04', $2)`,
      [title, summary],
    );
    await t.db.dataSource.query(
      `INSERT INTO engagement_organizations (engagement_id, organization_id, side) VALUES ($1, $2, 'CIVIL_SOCIETY')`,
      [id, organizationId],
    );
    return id;
  };
  ids.sahelConsultation = await engagement(
    'Consultation on youth financing',
    'Mediators from the Sahel asked for flexible grants.',
    ids.coreA,
  );
  ids.pacificBriefing = await engagement(
    'Briefing on climate security',
    'Pacific networks on sea-level rise and mediation.',
    ids.coreB,
  );
  // A protected person takes part: searching for her name must not find the engagement.
  await t.db.dataSource.query(
    `INSERT INTO engagement_people (engagement_id, person_id, side) VALUES ($1, $2, 'CIVIL_SOCIETY')`,
    [ids.pacificBriefing, ids.witness],
  );

  const collaboration = async (title: string, partner: string) => {
    const id = await insert(`INSERT INTO collaborations (title, status) VALUES ($1, 'ACTIVE')`, [title]);
    await t.db.dataSource.query(
      `INSERT INTO collaboration_partners (collaboration_id, organization_id, role) VALUES ($1, $2, 'LEAD')`,
      [id, partner],
    );
    return id;
  };
  ids.sahelMediation = await collaboration('Sahel mediation initiative', ids.coreA);
  ids.pacificMediation = await collaboration('Pacific mediation initiative', ids.coreB);
  ids.recommendation = await insert(
    `INSERT INTO recommendations (title, dialogue_id) VALUES ('Fund local mediators directly', $1)`,
    [ids.dialogue2],
  );

  const counting: TypeOrmLogger = {
    logQuery: (query: string) => {
      if (/^UPDATE sessions/.test(query)) return;
      statements += 1;
      if (query.includes('search_fold')) searches += 1;
    },
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  Object.assign(t.db.dataSource, { logger: counting });
});
afterAll(() => t.close());

describe('search', () => {
  it('tolerates typos: "Concilation Resorces" finds Conciliation Resources first', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const [first] = await search(client, 'Concilation Resorces');
    expect(first).toMatchObject({
      kind: 'ORGANIZATION',
      id: ids.conciliation,
      label: 'Conciliation Resources',
      category: 'INTERNATIONAL_NGO',
      secondary: 'United Kingdom of Great Britain and Northern Ireland',
      match: 'SIMILAR',
    });
    expect((await search(client, 'Amnia Okafor'))[0]).toMatchObject({ id: ids.amina, kind: 'PERSON' });
  });

  it('finds the name meant among many alike: a typo in several words, words in any order, the last one begun', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    // More look-alikes than a similarity search used to take as candidates (50), the one meant added last.
    await t.db.dataSource.query(
      `INSERT INTO organizations (name, kind) SELECT 'Highland Commons Movement of Zone ' || n, 'CSO' FROM generate_series(1, 60) n`,
    );
    const iraq = await insert(
      `INSERT INTO organizations (name, kind, country_code) VALUES ('Highland Commons Movement of Iraq', 'CSO', 'IQ')`,
    );
    expect((await search(client, 'highland commons movment of iraq'))[0]).toMatchObject({ id: iraq });
    expect((await search(client, 'Higlhand Comomns Movemnet Iraq'))[0]).toMatchObject({ id: iraq });
    expect((await search(client, 'iraq highland comm'))[0]).toMatchObject({ id: iraq });
    // Every word counts: a word no name has (within a typo) finds nothing, rather than the 61 look-alikes.
    expect(await search(client, 'highland commons zzyzx', { kinds: ['ORGANIZATION'] })).toEqual([]);
  });

  it('learns the words of new and renamed names at once, and forgets a renamed one’s old name', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const id = await insert(
      `INSERT INTO organizations (name, kind) VALUES ('Qamarun Solidarity Fund', 'CSO')`,
    );
    expect((await search(client, 'Qmaarun Solidarty'))[0]).toMatchObject({ id });
    await t.db.dataSource.query(`UPDATE organizations SET name = 'Zephyrine Solidarity Fund' WHERE id = $1`, [
      id,
    ]);
    expect((await search(client, 'Zephyrnie'))[0]).toMatchObject({ id, label: 'Zephyrine Solidarity Fund' });
    expect(await search(client, 'Qmaarun Solidarty')).toEqual([]);
    await t.db.dataSource.query(
      `INSERT INTO people (full_name) VALUES ('Oluwaseun Adeyemi-Okonkwo'), ('Oluwaseun Bello')`,
    );
    expect(labels(await search(client, 'Olwuaseun Okonkow', { kinds: ['PERSON'] }))).toEqual([
      'Oluwaseun Adeyemi-Okonkwo',
    ]);
  });

  it('forgives a typo in names written in other scripts (Cyrillic, Arabic), where trigrams do not apply', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const fatima = await insert(`INSERT INTO people (full_name) VALUES ('Фатима Абдуллаева')`);
    const zahra = await insert(`INSERT INTO people (full_name) VALUES ('فاطمة الزهراء')`);
    expect((await search(client, 'Фатима Абдулаева'))[0]).toMatchObject({ id: fatima });
    expect((await search(client, 'فاطمه'))[0]).toMatchObject({ id: zahra });
    expect((await search(client, 'الزهر'))[0]).toMatchObject({ id: zahra });
  });

  it('ignores accents, case and apostrophes both ways', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    expect((await search(client, 'cote divoire'))[0]).toMatchObject({ id: ids.reseau, match: 'WORD' });
    expect((await search(client, 'RESEAU DES FEMMES'))[0]).toMatchObject({ id: ids.reseau, match: 'PREFIX' });
    expect((await search(client, 'jose garcia'))[0]).toMatchObject({ id: ids.jose, secondary: 'Colombia' });
    expect((await search(client, 'José García López'))[0]).toMatchObject({ id: ids.jose, match: 'EXACT' });
  });

  it('finds organisations by acronym, an exact acronym first', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const [wanep] = await search(client, 'wanep');
    expect(wanep).toMatchObject({ id: ids.wanep, acronym: 'WANEP', match: 'EXACT', score: 4 });
    expect((await search(client, 'REFC'))[0]).toMatchObject({ id: ids.reseau, match: 'PREFIX' });
  });

  it('ranks exact above prefix above word above similar matches, with a score that says so', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const hits = await search(client, 'peace', { kinds: ['ORGANIZATION'] });
    expect(hits.map((h) => [h.label, h.match])).toEqual([
      ['Peace', 'EXACT'],
      ['Peace Direct', 'PREFIX'],
      ['Pacific Islands Peace Network', 'WORD'],
      ['West Africa Network for Peacebuilding', 'WORD'], // a word starts with it, less similar as a whole
      ['Interpeace', 'SIMILAR'],
    ]);
    expect(hits.map((h) => h.score)).toEqual([4, 3, 2, expect.any(Number), expect.any(Number)]);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(hits[3].score).toBeGreaterThan(1);
    expect(hits[4].score).toBeLessThan(1);
  });

  it('finds every kind, each with what the palette shows', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    expect(await search(client, 'youth financing', { first: 1 })).toEqual([
      expect.objectContaining({
        kind: 'ENGAGEMENT',
        id: ids.sahelConsultation,
        category: 'CONSULTATION',
        date: '2025-03-04',
      }),
    ]);
    // An engagement's summary counts too (as words or a part of one).
    expect(await search(client, 'flexible grants', { kinds: ['ENGAGEMENT'] })).toEqual([
      expect.objectContaining({ id: ids.sahelConsultation, match: 'WORD' }),
    ]);
    const mediation = await search(client, 'mediation initiative', { kinds: ['COLLABORATION'] });
    expect(mediation.map((h) => [h.label, h.category])).toEqual([
      ['Pacific mediation initiative', 'ACTIVE'],
      ['Sahel mediation initiative', 'ACTIVE'],
    ]);
    expect((await search(client, 'fund local mediatrs'))[0]).toMatchObject({
      kind: 'RECOMMENDATION',
      id: ids.recommendation,
      category: 'SUBMITTED',
      secondary: '2nd CSO–UN Dialogue on Peacebuilding',
    });
    // Dialogues by title, venue or number.
    expect((await search(client, 'new york'))[0]).toMatchObject({ kind: 'DIALOGUE', id: ids.dialogue2 });
    expect((await search(client, '2nd'))[0]).toMatchObject({
      kind: 'DIALOGUE',
      id: ids.dialogue2,
      match: 'EXACT',
      date: '2024-12-12',
      secondary: 'UN Headquarters, New York',
    });
    expect((await search(client, 'Dialogue on Peacebuilding', { kinds: ['DIALOGUE'] })).length).toBe(2);
    // Only the kinds asked for.
    const onlyPeople = await search(client, 'okafor', { kinds: ['PERSON'] });
    expect(onlyPeople.map((h) => h.kind)).toEqual(['PERSON']);
  });

  it('finds a person by a whole email, never by part of one', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    expect(await search(client, 'Amina.Okafor@example.org')).toEqual([
      expect.objectContaining({ id: ids.amina, match: 'EXACT' }),
    ]);
    expect(await search(client, 'amina.okafor@')).not.toContainEqual(
      expect.objectContaining({ match: 'EXACT' }),
    );
    expect(await search(client, '@example.org')).toEqual([]);
  });

  it('never returns protected records to an uncleared user, by name, acronym or email; a cleared one finds them', async () => {
    const uncleared = (await signedIn(t, Role.STAFF)).client;
    const cleared = (await signedIn(t, Role.STAFF, RiskLevel.HIGH)).client;
    // Misspelt too: the word dictionary holds their names' words, but only readable records are matched.
    for (const text of [
      'Hidden Voices Collective',
      'hvc',
      'Nadia Witness',
      'nadia.witness@example.org',
      'Hiddne Voics Colective',
      'Nadai Witnes',
      'witn',
    ]) {
      expect(await search(uncleared, text)).not.toContainEqual(
        expect.objectContaining({ id: expect.stringMatching(new RegExp(`${ids.hidden}|${ids.witness}`)) }),
      );
    }
    expect(labels(await search(uncleared, 'Hidden Voices Collective'))).not.toContain(
      'Hidden Voices Collective',
    );
    expect((await search(cleared, 'Hidden Voices Collective'))[0]).toMatchObject({ id: ids.hidden });
    expect((await search(cleared, 'hvc'))[0]).toMatchObject({ id: ids.hidden, match: 'EXACT' });
    expect((await search(cleared, 'Nadai Witnes'))[0]).toMatchObject({ id: ids.witness });
    // Her email is masked until revealed (need-to-know): a search by it does not confirm it, even to the cleared.
    expect((await search(cleared, 'nadia.witness@example.org')).map((h) => h.id)).not.toContain(ids.witness);
    // Engagement text search never covers participants' names: the briefing she attended is not found by her name.
    expect(await search(cleared, 'Nadia Witness', { kinds: ['ENGAGEMENT'] })).toEqual([]);
  });

  it('leaves out records in the trash', async () => {
    const { client } = await signedIn(t, Role.STAFF, RiskLevel.HIGH);
    expect(labels(await search(client, 'Trashed Peace Alliance'))).not.toContain('Trashed Peace Alliance');
    await t.db.dataSource.query('UPDATE collaborations SET deleted_at = now() WHERE id = $1', [
      ids.pacificMediation,
    ]);
    try {
      expect(labels(await search(client, 'mediation initiative', { kinds: ['COLLABORATION'] }))).toEqual([
        'Sahel mediation initiative',
      ]);
    } finally {
      await t.db.dataSource.query('UPDATE collaborations SET deleted_at = NULL WHERE id = $1', [
        ids.pacificMediation,
      ]);
    }
  });

  it('follows changes: a changed acronym is found at once', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    await t.db.dataSource.query(`UPDATE organizations SET acronym = 'CORES' WHERE id = $1`, [
      ids.conciliation,
    ]);
    expect((await search(client, 'cores'))[0]).toMatchObject({ id: ids.conciliation, match: 'EXACT' });
  });

  it('shows the Core Group only its own organisation’s engagements and collaborations', async () => {
    const member = await signedIn(t, Role.CORE_GROUP);
    await t.db.dataSource.query('UPDATE users SET organization_id = $1 WHERE id = $2', [
      ids.coreA,
      member.user.id,
    ]);
    const engagements = await search(member.client, 'consultation briefing', { kinds: ['ENGAGEMENT'] });
    const all = await search(member.client, 'on', { kinds: ['ENGAGEMENT', 'COLLABORATION'] });
    expect(engagements.map((h) => h.id)).not.toContain(ids.pacificBriefing);
    expect(all.map((h) => h.id)).not.toContain(ids.pacificBriefing);
    expect(await search(member.client, 'Briefing on climate security')).not.toContainEqual(
      expect.objectContaining({ kind: 'ENGAGEMENT' }),
    );
    expect(await search(member.client, 'Consultation on youth financing')).toContainEqual(
      expect.objectContaining({ id: ids.sahelConsultation }),
    );
    const collaborations = await search(member.client, 'mediation initiative', { kinds: ['COLLABORATION'] });
    expect(labels(collaborations)).toEqual(['Sahel mediation initiative']);
    // The register itself is not scoped: organisations of other networks are found.
    expect((await search(member.client, 'Pacific Islands Peace Network'))[0]).toMatchObject({
      id: ids.coreB,
    });
    // A Core Group user without an organisation sees no engagements or collaborations at all.
    const unlinked = (await signedIn(t, Role.CORE_GROUP)).client;
    expect(
      await search(unlinked, 'mediation initiative', { kinds: ['COLLABORATION', 'ENGAGEMENT'] }),
    ).toEqual([]);
  });

  it('refuses bad input with a precise error naming the field', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ text: 'a' }, 'text', 'must be 2 to 100 characters'],
      [{ text: '   ' }, 'text', 'must be 2 to 100 characters'],
      [{ text: 'x'.repeat(101) }, 'text', 'must be 2 to 100 characters'],
      [{ text: 'peace', first: 0 }, 'first', 'must be 1 to 50'],
      [{ text: 'peace', first: 51 }, 'first', 'must be 1 to 50'],
      [{ text: 'peace', kinds: ['PERSON', 'PERSON'] }, 'kinds', 'must not name a kind twice'],
    ];
    for (const [variables, field, message] of cases) {
      const error = await client.errorOf(SEARCH, variables);
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.fields).toEqual([{ field, message }]);
    }
    expect((await client.errorOf(SEARCH, { text: 'peace', kinds: ['PIRATE'] })).code).toBe('BAD_USER_INPUT');
    // SQL and LIKE wildcards are text like any other.
    expect(await search(client, "%' OR 1=1 --")).toEqual([]);
    expect(await search(client, '__')).toEqual([]);
  });

  it('costs one SQL statement whatever is typed, however many kinds and hits', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    await search(client, 'warm up'); // pool connections run set-up statements once
    const costs: number[] = [];
    for (const [text, extra] of [
      ['peace', {}],
      ['Concilation Resorces', { first: 50 }],
      ['amina.okafor@example.org', { first: 1 }],
      ['2nd', { kinds: ['DIALOGUE', 'PERSON'] }],
    ] as const) {
      statements = 0;
      searches = 0;
      await search(client, text, extra);
      expect(searches).toBe(1);
      costs.push(statements);
    }
    // The rest is the session check every request makes, the same each time.
    expect(new Set(costs).size).toBe(1);
  });
});
