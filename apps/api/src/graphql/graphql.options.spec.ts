import { buildSchema, parse, validate } from 'graphql';
import { GRAPHQL_LIMITS, limitRules } from './graphql.options';

// A recursive schema, so depth and cost can be pushed past the limits the API enforces.
const schema = buildSchema(`
  type Node { id: ID! name: String children(first: Int): [Node!]! }
  type Query { node: Node }
`);

function errorsOf(query: string): string[] {
  return validate(schema, parse(query), limitRules()).map((e) => e.message);
}

const nested = (depth: number) => `{ node { ${'children { '.repeat(depth)} id ${'} '.repeat(depth)} } }`;

describe('GraphQL limits', () => {
  it(`accepts queries up to depth ${GRAPHQL_LIMITS.maxDepth} and refuses deeper ones`, () => {
    expect(errorsOf(nested(GRAPHQL_LIMITS.maxDepth - 2))).toEqual([]);
    expect(errorsOf(nested(GRAPHQL_LIMITS.maxDepth + 1))).toEqual([
      expect.stringMatching(/Query depth limit of 10 exceeded/),
    ]);
  });

  it('refuses more aliases than allowed', () => {
    const aliases = Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: node { id }`);
    expect(errorsOf(`{ ${aliases.join(' ')} }`)).toEqual([
      expect.stringMatching(/Aliases limit of 15 exceeded/),
    ]);
  });

  it('refuses queries whose cost is too high, even when shallow and alias-free', () => {
    const wide = `{ node { ${Array.from({ length: 9 }, () => 'children { children { children { id name } } }').join(' ')} } }`;
    const fragments = Array.from(
      { length: 60 },
      (_, i) => `fragment F${i} on Node { children { children { children { children { id name } } } } }`,
    );
    const query = `{ node { ${fragments.map((_, i) => `...F${i}`).join(' ')} } } ${fragments.join(' ')}`;
    expect(errorsOf(wide)).toEqual([]);
    expect(errorsOf(query)).toEqual([expect.stringMatching(/Query Cost limit of 5000 exceeded/)]);
  });
});
