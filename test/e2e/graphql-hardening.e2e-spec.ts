import { Role } from '@convene/domain';
import { readFileSync } from 'node:fs';
import { buildSchemaText } from '../../apps/api/src/graphql/schema-text';
import { buildSchema, parse, print, specifiedRules, validate, type DocumentNode } from 'graphql';
import { GRAPHQL_LIMITS, limitRules } from '../../apps/api/src/graphql/graphql.options';
import { signedIn } from '../support/factories';
import { GraphqlClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

describe('GraphQL hardening (development settings)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps the committed schema.gql in step with the code', async () => {
    expect(readFileSync('schema.gql', 'utf8')).toBe(await buildSchemaText());
  });

  it('accepts every query the web app sends: valid, and within the depth, cost and token limits', () => {
    // The documents as generated for the web app (npm run codegen), each a parsed query.
    const generated = readFileSync('apps/web/src/gql/graphql.ts', 'utf8');
    const documents = [
      ...generated.matchAll(
        /export const (\w+Document) = (\{"kind":"Document".*?\}) as unknown as DocumentNode/g,
      ),
    ].map(([, name, json]) => ({ name, document: JSON.parse(json) as DocumentNode }));
    expect(documents.length).toBeGreaterThan(100);
    const schema = buildSchema(readFileSync('schema.gql', 'utf8'));
    const refused = documents.flatMap(({ name, document }) => {
      const errors = validate(schema, document, [...specifiedRules, ...limitRules()]).map((e) => e.message);
      try {
        parse(print(document), { maxTokens: GRAPHQL_LIMITS.maxTokens });
      } catch (error) {
        errors.push((error as Error).message);
      }
      return errors.map((message) => `${name}: ${message}`);
    });
    expect(refused).toEqual([]);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from(
      { length: GRAPHQL_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: setupStatus { needsFirstAdmin }`,
    );
    const error = await new GraphqlClient(t.url).errorOf(`{ ${aliases.join(' ')} }`);
    expect(error.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/alias/i);
  });

  it('refuses queries over the token limit', async () => {
    const fields = Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => 'needsFirstAdmin').join(' ');
    const error = await new GraphqlClient(t.url).errorOf(`{ setupStatus { ${fields} } }`);
    expect(error.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(error.message).toMatch(/token/i);
  });

  it('refuses request bodies over 256 kB', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(300_000) } }),
    });
    expect(response.status).toBe(413);
  });

  it('blocks cross-site simple requests (CSRF prevention) and caching of API answers', async () => {
    const simple = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/i);
    const form = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(form.status).toBe(400);
    const ok = await new GraphqlClient(t.url).request('{ me { id } }');
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown fields with a suggestion in development', async () => {
    const error = await new GraphqlClient(t.url).errorOf('{ setupStatu { needsFirstAdmin } }');
    expect(error.message).toMatch(/Did you mean "setupStatus"/);
  });

  it('serves /health and /ready', async () => {
    expect(await (await fetch(`${t.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('reports /ready as unavailable when a migration is missing', async () => {
    const [last] = await t.db.dataSource.query(
      'SELECT id, name, timestamp FROM migrations ORDER BY id DESC LIMIT 1',
    );
    await t.db.dataSource.query('DELETE FROM migrations WHERE id = $1', [last.id]);
    try {
      const ready = await fetch(`${t.url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'migrations pending' });
    } finally {
      await t.db.dataSource.query('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
  });

  it('turns an unexpected failure into a generic message with a reference, logged but not shown', async () => {
    const { client } = await signedIn(t, Role.ADMIN);
    await t.db.dataSource.query('ALTER TABLE invitations RENAME TO invitations_moved');
    try {
      const error = await client.errorOf('{ invitations { id } }');
      expect(error.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error.message).toMatch(/^Something went wrong on our side\. .* quote reference [a-z0-9]+\.$/);
      expect(error.message).not.toMatch(/invitations|relation|SELECT/);
      expect(JSON.stringify(error.extensions)).not.toMatch(/stack|relation/i);
      expect(t.logs.join('\n')).toContain(String(error.extensions.reference));
    } finally {
      await t.db.dataSource.query('ALTER TABLE invitations_moved RENAME TO invitations');
    }
  });
});

describe('GraphQL hardening (production settings)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', COOKIE_SECURE: 'false' });
  });
  afterAll(() => t.close());

  it('turns introspection off', async () => {
    const error = await new GraphqlClient(t.url).errorOf('{ __schema { types { name } } }');
    expect(error.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/introspection/i);
  });

  it('does not suggest field names', async () => {
    const error = await new GraphqlClient(t.url).errorOf('{ setupStatu { needsFirstAdmin } }');
    expect(error.message).not.toMatch(/Did you mean/);
  });
});

describe('secure cookies', () => {
  it('uses the __Host- prefix and the Secure flag when COOKIE_SECURE is on', async () => {
    const t = await startTestApp({ COOKIE_SECURE: 'true' });
    try {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($i: CreateFirstAdminInput!) { createFirstAdmin(input: $i) { id } }',
          variables: {
            i: { email: 'ana@example.org', displayName: 'Ana', password: 'correct horse battery staple' },
          },
        }),
      });
      const cookie = response.headers.getSetCookie()[0];
      expect(cookie).toMatch(/^__Host-convene_session=/);
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toMatch(/HttpOnly/);
    } finally {
      await t.close();
    }
  });
});
