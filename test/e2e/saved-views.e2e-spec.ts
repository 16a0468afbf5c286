import { Role } from '@convene/domain';
import { signedIn } from '../support/factories';
import { GraphqlClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const FIELDS = 'id list name state version createdAt updatedAt deletedAt';
const LIST = `query($list: String!, $trash: Boolean) { savedViews(list: $list, trash: $trash) { ${FIELDS} } }`;
const CREATE = `mutation($i: CreateSavedViewInput!) { createSavedView(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateSavedViewInput!) { updateSavedView(input: $i) { ${FIELDS} } }`;
const DELETE = `mutation($i: RecordVersionInput!) { deleteSavedView(input: $i) { ${FIELDS} } }`;
const RESTORE = `mutation($id: ID!) { restoreSavedView(id: $id) { ${FIELDS} } }`;

interface View {
  id: string;
  list: string;
  name: string;
  state: string;
  version: number;
  deletedAt: string | null;
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.db.truncate());

async function create(client: GraphqlClient, input: Partial<View> = {}): Promise<View> {
  const data = await client.ok<{ createSavedView: View }>(CREATE, {
    i: { list: 'organizations', name: 'Sahel CSOs', state: 'q=sahel&kind=CSO', ...input },
  });
  return data.createSavedView;
}

const names = async (client: GraphqlClient, list = 'organizations', trash = false) =>
  (await client.ok<{ savedViews: View[] }>(LIST, { list, trash })).savedViews.map((v) => v.name);

const rowCount = async () =>
  Number((await t.db.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM saved_views'))[0].n);

describe('saved views', () => {
  it('creates, lists by name, renames, replaces the state, deletes and restores', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const sahel = await create(client, { state: '?q=sahel&kind=CSO&kind=CSO_NETWORK' });
    expect(sahel).toMatchObject({
      list: 'organizations',
      name: 'Sahel CSOs',
      state: 'q=sahel&kind=CSO&kind=CSO_NETWORK',
      version: 1,
      deletedAt: null,
    });
    await create(client, { name: 'Africa networks', state: 'region=002' });
    await create(client, { list: 'people', name: 'YPS people', state: 'theme=yps' });
    expect(await names(client)).toEqual(['Africa networks', 'Sahel CSOs']);
    expect(await names(client, 'people')).toEqual(['YPS people']);

    const renamed = (
      await client.ok<{ updateSavedView: View }>(UPDATE, {
        i: { id: sahel.id, version: 1, name: '  Sahel civil society  ' },
      })
    ).updateSavedView;
    expect(renamed).toMatchObject({ name: 'Sahel civil society', version: 2, state: sahel.state });
    const restated = (
      await client.ok<{ updateSavedView: View }>(UPDATE, {
        i: { id: sahel.id, version: 2, state: 'q=sahel&sort=-updated' },
      })
    ).updateSavedView;
    expect(restated).toMatchObject({
      name: 'Sahel civil society',
      version: 3,
      state: 'q=sahel&sort=-updated',
    });

    const deleted = (await client.ok<{ deleteSavedView: View }>(DELETE, { i: { id: sahel.id, version: 3 } }))
      .deleteSavedView;
    expect(deleted.deletedAt).not.toBeNull();
    expect(await names(client)).toEqual(['Africa networks']);
    expect(await names(client, 'organizations', true)).toEqual(['Sahel civil society']);
    // The name of a deleted view is free again.
    await create(client, { name: 'Sahel civil society' });

    // Restoring while another live view has its name: CONFLICT, nothing changes.
    const clash = await client.errorOf(RESTORE, { id: sahel.id });
    expect(clash.code).toBe('CONFLICT');
    expect(clash.message).toMatch(/another view named "Sahel civil society"/);
    const [live] = (
      await client.ok<{ savedViews: View[] }>(LIST, { list: 'organizations' })
    ).savedViews.filter((v) => v.name === 'Sahel civil society');
    await client.ok(DELETE, { i: { id: live.id, version: live.version } });
    const restored = (await client.ok<{ restoreSavedView: View }>(RESTORE, { id: sahel.id }))
      .restoreSavedView;
    expect(restored).toMatchObject({ deletedAt: null, state: 'q=sahel&sort=-updated' });
    expect(await names(client)).toEqual(['Africa networks', 'Sahel civil society']);
  });

  it('refuses bad input with a message naming the field, and writes nothing', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ list: 'engagements' }, 'list', /must be one of organizations, people/],
      [{ name: '   ' }, 'name', /1 to 80 characters/],
      [{ name: 'x'.repeat(81) }, 'name', /1 to 80 characters/],
      [{ state: `q=${'é'.repeat(2100)}` }, 'state', /at most 4 KB/],
    ];
    for (const [input, field, message] of cases) {
      const error = await client.errorOf(CREATE, {
        i: { list: 'organizations', name: 'A view', state: 'q=a', ...input },
      });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.fields).toEqual([{ field, message: expect.stringMatching(message) as string }]);
    }
    expect(await rowCount()).toBe(0);

    await create(client, { name: 'Global South' });
    const duplicate = await client.errorOf(CREATE, {
      i: { list: 'organizations', name: 'global south', state: '' },
    });
    expect(duplicate.code).toBe('BAD_USER_INPUT');
    expect(duplicate.message).toMatch(/name: you already have a view with this name/);
    // The same name on another list is fine.
    await create(client, { list: 'people', name: 'Global South' });
    expect(await rowCount()).toBe(2);

    const listError = await client.errorOf(LIST, { list: 'users' });
    expect(listError.code).toBe('BAD_USER_INPUT');
  });

  it('answers CONFLICT to a stale version and keeps the newer change', async () => {
    const { client } = await signedIn(t, Role.STAFF);
    const view = await create(client);
    await client.ok(UPDATE, { i: { id: view.id, version: 1, name: 'First tab' } });
    const stale = await client.errorOf(UPDATE, { i: { id: view.id, version: 1, name: 'Second tab' } });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/changed since you read it/);
    const staleDelete = await client.errorOf(DELETE, { i: { id: view.id, version: 1 } });
    expect(staleDelete.code).toBe('CONFLICT');
    expect(await names(client)).toEqual(['First tab']);
  });

  it('keeps each user to their own views: others can neither read nor change them', async () => {
    const amina = await signedIn(t, Role.STAFF);
    const jonas = await signedIn(t, Role.VIEWER);
    const mine = await create(amina.client, { name: 'Mine' });
    await create(jonas.client, { name: 'Mine' });

    const jonasViews = (await jonas.client.ok<{ savedViews: View[] }>(LIST, { list: 'organizations' }))
      .savedViews;
    expect(jonasViews).toHaveLength(1);
    expect(jonasViews[0].id).not.toBe(mine.id);

    for (const [query, variables] of [
      [UPDATE, { i: { id: mine.id, version: 1, name: 'Taken over' } }],
      [DELETE, { i: { id: mine.id, version: 1 } }],
      [RESTORE, { id: mine.id }],
    ] as const) {
      const error = await jonas.client.errorOf(query, variables);
      expect(error.code).toBe('NOT_FOUND');
    }
    const [after] = (await amina.client.ok<{ savedViews: View[] }>(LIST, { list: 'organizations' }))
      .savedViews;
    expect(after).toMatchObject({ id: mine.id, name: 'Mine', version: 1, deletedAt: null });
  });

  it('is open to every signed-in role, viewers included, and closed to anonymous callers', async () => {
    const { client } = await signedIn(t, Role.VIEWER);
    await create(client, { name: 'My network' });
    expect(await names(client)).toEqual(['My network']);
    const anonymous = new GraphqlClient(t.url);
    expect((await anonymous.errorOf(LIST, { list: 'organizations' })).code).toBe('UNAUTHENTICATED');
  });
});
