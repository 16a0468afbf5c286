import { RiskLevel, Role } from '@convene/domain';
import { DashboardRollups } from '../../apps/api/src/dashboard/dashboard-rollups';
import { RetentionService } from '../../apps/api/src/retention/retention.service';
import { LOGIN, PASSWORD, signedIn } from '../support/factories';
import { GraphqlClient } from '../support/graphql-client';
import { COMMIT, SET_CHOICES, uploadAndCheck, waitForImport } from '../support/imports';
import { startTestApp, type TestApp } from '../support/test-app';

/*
 * Erasure of a person and the retention job, over HTTP against a real database. Unique strings are planted in
 * every personal field, in an import file's cells, a saved view, a duplicate pair and another person's notes;
 * after the erasure no text, JSON or text-array column of any table holds them, while the tombstone keeps the
 * person's engagements, participations and dashboard counts.
 */

const CREATE_PERSON = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id version } }`;
const UPDATE_PERSON = `mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id version } }`;
const ERASE = `mutation($i: ErasePersonInput!) { erasePerson(input: $i) { id erasedAt } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id fullName email phone notes gender languages erasedAt version
  history(first: 50) { edges { node { action actorId changes { field before after } } } } } }`;
const PARTICIPANTS = `query($d: ID!) { participations(dialogueId: $d, first: 50) { totalCount } }`;
const DASHBOARD = `{ partnershipDashboard { representation { peopleEngaged { total { count } } } } }`;
const POLICIES = `{ retentionPolicies { id kind periodDays action allowedActions enabled version } }`;
const UPDATE_POLICY = `mutation($i: UpdateRetentionPolicyInput!) { updateRetentionPolicy(input: $i) { id kind periodDays action enabled version } }`;
const FLAGS = `{ retentionFlags { id kind status dueOn person { id fullName } } }`;
const RESOLVE = `mutation($i: ResolveRetentionFlagInput!) { resolveRetentionFlag(input: $i) { id status keepUntil } }`;
const JOB = `{ retentionJob { lastStartedAt lastFinishedAt nextRunAt lastOutcome lastSummary } }`;

const NAME = 'Zqxa Plantova';
const OLD_NAME = 'Zqxa Oldname';
const EMAIL = 'zqxmail@example.org';
const PHONE = '+99 917 0042 881';
const MARK = /zqx|917 0042/i;
const DAY = 86_400_000;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.db.truncate());

/** Every text, JSON and text-array column of every table holding `pattern` (case-insensitive): "table.column: n". */
async function hits(pattern: string): Promise<string[]> {
  const columns: { table_name: string; column_name: string }[] = await t.db.dataSource.query(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND (data_type IN ('text', 'character varying', 'jsonb', 'json', 'character')
        OR (data_type = 'ARRAY' AND udt_name IN ('_text', '_varchar')))`,
  );
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [{ n }]: { n: number }[] = await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text ~* $1`,
      [pattern],
    );
    if (n) found.push(`${table}.${column}: ${n}`);
  }
  return found;
}

async function person(client: GraphqlClient, input: Record<string, unknown>) {
  return (await client.ok<{ createPerson: { id: string; version: number } }>(CREATE_PERSON, { i: input }))
    .createPerson;
}

describe('erasing a person', () => {
  it('removes their personal data from every table and keeps an anonymous tombstone that keeps counts', async () => {
    const admin = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const staff = await signedIn(t, Role.STAFF, RiskLevel.HIGH);
    const c = admin.client;
    const { createOrganization: org } = await c.ok<{ createOrganization: { id: string } }>(
      `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
      { i: { name: 'Sahel Peace Network', kind: 'CSO_NETWORK', countryCode: 'ML' } },
    );
    const target = await person(c, {
      fullName: OLD_NAME,
      email: EMAIL,
      phone: PHONE,
      gender: 'zqxgender',
      notes: 'zqxnotes: met in Bamako',
      countryCode: 'ML',
      languages: ['fr'],
    });
    await c.ok(UPDATE_PERSON, {
      i: { id: target.id, version: target.version, fullName: NAME },
    });
    await c.ok(`mutation($i: AddAffiliationInput!) { addAffiliation(input: $i) { id } }`, {
      i: { personId: target.id, organizationId: org.id, role: 'zqxrole coordinator', isPrimary: true },
    });
    const others = [];
    for (let i = 0; i < 5; i++)
      others.push(
        await person(c, {
          fullName: `Colleague ${'ABCDE'[i]} Person`,
          countryCode: 'KE',
          notes: i === 0 ? `Travelled with ${NAME}` : null,
        }),
      );
    const everyone = [target, ...others];
    const { createDialogue: dialogue } = await c.ok<{ createDialogue: { id: string } }>(
      `mutation($i: CreateDialogueInput!) { createDialogue(input: $i) { id } }`,
      { i: { number: 1, title: 'First Dialogue', startDate: '2026-01-10', endDate: '2026-01-11' } },
    );
    for (const p of everyone)
      await c.ok(`mutation($i: CreateParticipationInput!) { createParticipation(input: $i) { id } }`, {
        i: { dialogueId: dialogue.id, personId: p.id, status: 'ATTENDED' },
      });
    await c.ok(`mutation($i: CreateEngagementInput!) { createEngagement(input: $i) { id } }`, {
      i: {
        type: 'MEETING',
        title: 'Consultation in Bamako',
        date: '2026-06-01',
        summary: `Notes taken by ${NAME}`,
        people: everyone.map((p) => ({ personId: p.id })),
      },
    });
    await c.ok(`mutation($i: CreateSavedViewInput!) { createSavedView(input: $i) { id } }`, {
      i: { list: 'people', name: `Following ${NAME}`, state: `q=${encodeURIComponent(NAME)}` },
    });
    await c.ok(`mutation($i: NotDuplicateInput!) { markNotDuplicate(input: $i) }`, {
      i: { kind: 'PERSON', recordIds: [target.id, others[1].id] },
    });
    // A duplicate of theirs, merged into them (kept in the trash for undo); an export log entry naming them.
    const duplicate = await person(c, {
      fullName: 'Zqxa P.',
      email: 'zqxdup@example.org',
      notes: 'zqxdupnote',
    });
    const { person: current } = await c.ok<{ person: { version: number } }>(PERSON, { id: target.id });
    const { mergePeople } = await c.ok<{ mergePeople: { merge: { id: string } } }>(
      `mutation($i: MergeRecordsInput!) { mergePeople(input: $i) { merge { id } } }`,
      {
        i: {
          survivorId: target.id,
          survivorVersion: current.version,
          mergedId: duplicate.id,
          mergedVersion: duplicate.version,
        },
      },
    );
    await t.db.dataSource.query(
      `INSERT INTO export_log (user_id, list, format, arguments, columns, row_count, status)
         VALUES ($1, 'people', 'csv', $2, '{id,fullName}', 1, 'COMPLETE')`,
      [admin.user.id, JSON.stringify({ filter: { text: NAME } })],
    );
    // An import whose row names them, merged into their record; its file and cells hold the planted strings.
    const csv = `Full name,Email,Phone,Notes\n${NAME},${EMAIL},${PHONE},zqxcell from the spreadsheet\n`;
    const checked = await uploadAndCheck(t.url, c, 'PEOPLE', 'participants.csv', Buffer.from(csv));
    await c.ok(SET_CHOICES, {
      i: { importId: checked.id, choices: [{ rowNumber: 2, choice: 'MERGE', targetId: target.id }] },
    });
    await c.ok(COMMIT, { i: { importId: checked.id } });
    await waitForImport(c, checked.id, ['COMMITTED']);

    const search = `query($q: String!) { search(text: $q) { id } }`;
    expect((await c.ok<{ search: unknown[] }>(search, { q: 'Zqxa Plantova' })).search.length).toBeGreaterThan(
      0,
    );
    expect(await hits('zqx')).not.toEqual([]);
    const participants = async () =>
      (await c.ok<{ participations: { totalCount: number } }>(PARTICIPANTS, { d: dialogue.id }))
        .participations.totalCount;
    const engaged = async () =>
      (
        await c.ok<{
          partnershipDashboard: { representation: { peopleEngaged: { total: { count: number } } } };
        }>(DASHBOARD)
      ).partnershipDashboard.representation.peopleEngaged.total.count;
    expect(await participants()).toBe(6);
    expect(await engaged()).toBe(6);
    await t.app.get(DashboardRollups).refresh();
    expect(await engaged()).toBe(6);

    // Administrators only, with a reason.
    expect((await staff.client.errorOf(ERASE, { i: { id: target.id, reason: 'Asked' } })).code).toBe(
      'FORBIDDEN',
    );
    expect((await c.errorOf(ERASE, { i: { id: target.id, reason: '  ' } })).code).toBe('BAD_USER_INPUT');
    const reason = `Erasure request by email from ${NAME}`;
    const { erasePerson } = await c.ok<{ erasePerson: { id: string; erasedAt: string } }>(ERASE, {
      i: { id: target.id, reason },
    });
    expect(erasePerson.erasedAt).toBeTruthy();

    // Nowhere any more: not in a single text column of the database.
    expect(await hits('zqx|917 0042')).toEqual([]);
    const [file]: { file: Buffer | null }[] = await t.db.dataSource.query(
      'SELECT file FROM imports WHERE id = $1',
      [checked.id],
    );
    expect(file.file).toBeNull();
    expect((await c.ok<{ search: unknown[] }>(search, { q: 'Zqxa Plantova' })).search).toEqual([]);

    // The tombstone: same id, "Erased person", an ERASED entry with who and why (not the name).
    const { person: tomb } = await c.ok<{
      person: {
        fullName: string;
        email: string | null;
        erasedAt: string;
        version: number;
        history: {
          edges: { node: { action: string; actorId: string; changes: { field: string; after: string }[] } }[];
        };
      };
    }>(PERSON, { id: target.id });
    expect(tomb).toMatchObject({ fullName: 'Erased person', email: null, erasedAt: erasePerson.erasedAt });
    const entries = tomb.history.edges.map((e) => e.node);
    expect(entries[0]).toMatchObject({
      action: 'ERASED',
      actorId: admin.user.id,
      changes: [{ field: 'reason', after: JSON.stringify('Erasure request by email from [erased]') }],
    });
    expect(JSON.stringify(entries)).not.toMatch(MARK);
    expect(JSON.stringify(entries)).toMatch(/\[erased\]/);
    // The other person's notes lost the name, not their own.
    const { person: colleague } = await c.ok<{ person: { notes: string; fullName: string } }>(PERSON, {
      id: others[0].id,
    });
    expect(colleague).toMatchObject({ fullName: 'Colleague A Person', notes: 'Travelled with [erased]' });

    // Counts keep their numbers, live and from the refreshed rollups.
    expect(await participants()).toBe(6);
    expect(await engaged()).toBe(6);
    await t.app.get(DashboardRollups).refresh();
    expect(await engaged()).toBe(6);

    // Final: not edited, not merged, not erased twice, not listed; the history stays append-only otherwise.
    const edit = await c.errorOf(UPDATE_PERSON, {
      i: { id: target.id, version: tomb.version, notes: 'back' },
    });
    expect(edit).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(edit.message).toMatch(/erased/);
    const merge = await c.errorOf(
      `mutation($i: MergeRecordsInput!) { mergePeople(input: $i) { merge { id } } }`,
      {
        i: {
          survivorId: others[2].id,
          survivorVersion: 1,
          mergedId: target.id,
          mergedVersion: tomb.version,
        },
      },
    );
    expect(merge.message).toMatch(/erased/);
    expect((await c.errorOf(ERASE, { i: { id: target.id, reason: 'again' } })).message).toMatch(
      /already erased/,
    );
    const list = await c.ok<{ people: { edges: { node: { id: string } }[] } }>(
      `{ people(first: 50) { edges { node { id } } } }`,
    );
    expect(list.people.edges.map((e) => e.node.id)).not.toContain(target.id);
    const undo = await c.errorOf(`mutation($id: ID!) { undoMerge(id: $id) { merge { id } } }`, {
      id: mergePeople.merge.id,
    });
    expect(undo).toMatchObject({ code: 'CONFLICT' });
    expect(undo.message).toMatch(/erased/);
    const [dup]: { full_name: string; email: string | null }[] = await t.db.dataSource.query(
      'SELECT full_name, email FROM people WHERE id = $1',
      [duplicate.id],
    );
    expect(dup).toEqual({ full_name: 'Erased person', email: null });
    await expect(t.db.dataSource.query(`UPDATE history_entries SET changes = '{}'`)).rejects.toThrow(
      /append-only/,
    );
  }, 60_000);

  it('refuses a person the administrator is not cleared for, and changes nothing', async () => {
    const cleared = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const admin = await signedIn(t, Role.ADMIN, RiskLevel.STANDARD);
    const p = await person(cleared.client, { fullName: 'Protected Zqxb' });
    await cleared.client.ok(`mutation($i: SetRiskLevelInput!) { setPersonRiskLevel(input: $i) { id } }`, {
      i: { id: p.id, version: p.version, riskLevel: 'HIGH' },
    });
    const refused = await admin.client.errorOf(ERASE, { i: { id: p.id, reason: 'request' } });
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).not.toMatch(/zqxb/i);
    expect(await hits('Protected Zqxb')).toContain('people.full_name: 1');
  });
});

describe('retention periods and the job', () => {
  it('lets administrators change periods (recorded in the history), with safe errors', async () => {
    const admin = await signedIn(t, Role.ADMIN);
    const staff = await signedIn(t, Role.STAFF);
    expect((await staff.client.errorOf(POLICIES)).code).toBe('FORBIDDEN');
    const { retentionPolicies } = await admin.client.ok<{
      retentionPolicies: { id: string; kind: string; periodDays: number; action: string; version: number }[];
    }>(POLICIES);
    expect(retentionPolicies.map((p) => [p.kind, p.periodDays, p.action])).toEqual([
      ['EXPORT_LOG', 730, 'DELETE'],
      ['IMPORT_FILES', 90, 'ANONYMISE'],
      ['INACTIVE_PEOPLE', 1826, 'FLAG'],
      ['SESSIONS', 30, 'DELETE'],
      ['TRASHED_PEOPLE', 365, 'FLAG'],
    ]);
    const inactive = retentionPolicies.find((p) => p.kind === 'INACTIVE_PEOPLE')!;
    const changed = await admin.client.ok<{ updateRetentionPolicy: { periodDays: number; version: number } }>(
      UPDATE_POLICY,
      { i: { id: inactive.id, version: inactive.version, periodDays: 365 } },
    );
    expect(changed.updateRetentionPolicy).toMatchObject({ periodDays: 365, version: 2 });
    const stale = await admin.client.errorOf(UPDATE_POLICY, {
      i: { id: inactive.id, version: 1, periodDays: 400 },
    });
    expect(stale.code).toBe('CONFLICT');
    const wrong = await admin.client.errorOf(UPDATE_POLICY, {
      i: { id: inactive.id, version: 2, action: 'DELETE' },
    });
    expect(wrong).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(wrong.message).toMatch(/action/);
    expect(
      (await admin.client.errorOf(UPDATE_POLICY, { i: { id: inactive.id, version: 2, periodDays: 0 } })).code,
    ).toBe('BAD_USER_INPUT');
    const history: { actor_id: string; changes: Record<string, { before: unknown; after: unknown }> }[] =
      await t.db.dataSource.query(
        `SELECT actor_id, changes FROM history_entries WHERE entity_type = 'retention_policy' AND entity_id = $1`,
        [inactive.id],
      );
    expect(history).toEqual([
      {
        actor_id: admin.user.id,
        changes: {
          kind: { before: 'INACTIVE_PEOPLE', after: 'INACTIVE_PEOPLE' },
          periodDays: { before: 1826, after: 365 },
        },
      },
    ]);
  });

  it('flags, anonymises and deletes what is past its time, leaves the rest, and runs once at a time', async () => {
    const admin = await signedIn(t, Role.ADMIN, RiskLevel.HIGH);
    const c = admin.client;
    const policies = (
      await c.ok<{ retentionPolicies: { id: string; kind: string; version: number }[] }>(POLICIES)
    ).retentionPolicies;
    const policy = (kind: string) => policies.find((p) => p.kind === kind)!;
    // Policies and the job's row outlive truncate() (they are configuration): set what this test relies on.
    await c.ok(UPDATE_POLICY, {
      i: { id: policy('INACTIVE_PEOPLE').id, version: policy('INACTIVE_PEOPLE').version, periodDays: 365 },
    });
    await t.db.dataSource.query(`UPDATE scheduled_jobs SET next_run_at = now()`);

    const now = Date.now();
    const idle = await person(c, { fullName: 'Idle Zqxc' });
    const busy = await person(c, { fullName: 'Busy Person' });
    const hidden = await person(c, { fullName: 'Hidden Person' });
    await c.ok(`mutation($i: SetRiskLevelInput!) { setPersonRiskLevel(input: $i) { id } }`, {
      i: { id: hidden.id, version: hidden.version, riskLevel: 'HIGH' },
    });
    const future = new Date(now + 100 * DAY).toISOString().slice(0, 10);
    await c.ok(`mutation($i: CreateEngagementInput!) { createEngagement(input: $i) { id } }`, {
      i: { type: 'CALL', title: 'Planned call', date: future, people: [{ personId: busy.id }] },
    });
    const trashed = await person(c, { fullName: 'Trashed Person' });
    await c.ok(`mutation($i: RecordVersionInput!) { deletePerson(input: $i) { id } }`, {
      i: { id: trashed.id, version: trashed.version },
    });
    const viewer = await signedIn(t, Role.VIEWER);
    const checked = await uploadAndCheck(t.url, c, 'PEOPLE', 'old.csv', Buffer.from('Full name\nZqxd Row\n'));
    await t.db.dataSource.query(
      `INSERT INTO export_log (user_id, list, format, arguments, columns, row_count, status)
         VALUES ($1, 'people', 'csv', '{}', '{}', 1, 'COMPLETE')`,
      [admin.user.id],
    );

    // Not yet due (the job's first run is due at once; a day later, nothing is old enough).
    const retention = t.app.get(RetentionService);
    const soon = await retention.run({ now: new Date(now + DAY) });
    expect(soon.ran).toBe(true);
    expect(soon.summary).toMatchObject({
      INACTIVE_PEOPLE: { count: 0 },
      TRASHED_PEOPLE: { count: 0 },
      IMPORT_FILES: { count: 0 },
      EXPORT_LOG: { count: 0 },
      SESSIONS: { count: 0 },
    });
    expect((await retention.run({ now: new Date(now + DAY + 3_600_000) })).ran).toBe(false); // next run: a day on

    // 400 days on: two runs at once; one does the work, the other nothing.
    const later = new Date(now + 400 * DAY);
    const [a, b] = await Promise.all([
      retention.run({ now: later, force: true }),
      retention.run({ now: later, force: true }),
    ]);
    expect([a.ran, b.ran].sort()).toEqual([false, true]);
    const done = a.ran ? a : b;
    expect(done.summary).toMatchObject({
      INACTIVE_PEOPLE: { action: 'FLAG', count: 2 }, // idle and hidden (busy has an engagement to come)
      TRASHED_PEOPLE: { action: 'FLAG', count: 1 },
      IMPORT_FILES: { action: 'ANONYMISE', count: 1 },
      EXPORT_LOG: { action: 'DELETE', count: 0 },
    });
    expect(done.summary?.SESSIONS?.count).toBeGreaterThanOrEqual(2);
    const flagged: { record_id: string; kind: string }[] = await t.db.dataSource.query(
      `SELECT record_id, kind FROM retention_flags WHERE status = 'OPEN' ORDER BY kind, record_id`,
    );
    expect(
      flagged
        .filter((f) => f.kind === 'INACTIVE_PEOPLE')
        .map((f) => f.record_id)
        .sort(),
    ).toEqual([idle.id, hidden.id].sort());
    expect(flagged.filter((f) => f.kind === 'TRASHED_PEOPLE').map((f) => f.record_id)).toEqual([trashed.id]);
    const [rows]: { n: number }[] = await t.db.dataSource.query(
      'SELECT count(*)::int AS n FROM import_rows WHERE import_id = $1',
      [checked.id],
    );
    expect(rows.n).toBe(0);
    // Sessions ended 30 days before the clock are gone: the viewer is signed out.
    expect(await viewer.client.ok('{ me { id } }')).toEqual({ me: null });
    const again = new GraphqlClient(t.url);
    await again.ok(LOGIN, { input: { email: admin.user.email, password: PASSWORD } });

    const job = (
      await again.ok<{ retentionJob: { lastOutcome: string; nextRunAt: string; lastSummary: string } }>(JOB)
    ).retentionJob;
    expect(job.lastOutcome).toBe('SUCCEEDED');
    expect(new Date(job.nextRunAt).getTime()).toBe(later.getTime() + DAY);
    expect(JSON.parse(job.lastSummary)).toMatchObject({ TRASHED_PEOPLE: { count: 1 } });

    // The review list: only those the viewer is cleared for.
    const standard = await signedIn(t, Role.ADMIN, RiskLevel.STANDARD);
    const seen = (await standard.client.ok<{ retentionFlags: { person: { id: string } }[] }>(FLAGS))
      .retentionFlags;
    expect(seen.map((f) => f.person.id)).not.toContain(hidden.id);
    expect(seen.map((f) => f.person.id)).toContain(idle.id);
    const all = (
      await again.ok<{ retentionFlags: { id: string; person: { id: string; fullName: string } }[] }>(FLAGS)
    ).retentionFlags;
    expect(all.map((f) => f.person.id)).toContain(hidden.id);

    // Keep one, dismiss another: the next run does not flag them again; the trashed one is erased when due.
    const flagOf = (id: string) => all.find((f) => f.person.id === id)!.id;
    await again.ok(RESOLVE, { i: { id: flagOf(idle.id), decision: 'KEEP', days: 1000 } });
    await again.ok(RESOLVE, { i: { id: flagOf(hidden.id), decision: 'DISMISS' } });
    expect((await again.errorOf(RESOLVE, { i: { id: flagOf(hidden.id), decision: 'KEEP' } })).code).toBe(
      'CONFLICT',
    );
    await again.ok(UPDATE_POLICY, {
      i: { id: policy('TRASHED_PEOPLE').id, version: 1, action: 'ANONYMISE' },
    });
    const third = await retention.run({ now: new Date(later.getTime() + 2 * DAY), force: true });
    expect(third.summary).toMatchObject({ INACTIVE_PEOPLE: { count: 0 }, TRASHED_PEOPLE: { count: 1 } });
    const [erased]: { full_name: string; erased_at: Date | null }[] = await t.db.dataSource.query(
      'SELECT full_name, erased_at FROM people WHERE id = $1',
      [trashed.id],
    );
    expect(erased.full_name).toBe('Erased person');
    expect(erased.erased_at).not.toBeNull();
    const [untouched]: { full_name: string }[] = await t.db.dataSource.query(
      'SELECT full_name FROM people WHERE id = $1',
      [busy.id],
    );
    expect(untouched.full_name).toBe('Busy Person');
    // Restoring the erased one from the trash brings nothing back (signed in again: the clock ended sessions).
    await again.ok(LOGIN, { input: { email: admin.user.email, password: PASSWORD } });
    const restore = await again.errorOf(`mutation($id: ID!) { restorePerson(id: $id) { id } }`, {
      id: trashed.id,
    });
    expect(restore.message).toMatch(/erased/);
  }, 60_000);
});
