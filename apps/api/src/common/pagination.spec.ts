import { DomainError } from './domain-error';
import { decodeCursor, encodeCursor, toConnection } from './pagination';

describe('pagination', () => {
  it('round-trips cursors', () => {
    expect(decodeCursor(encodeCursor(['ana@example.org', 3]), 2)).toEqual(['ana@example.org', 3]);
  });

  it.each(['garbage', encodeCursor(['a']), Buffer.from('{"a":1}').toString('base64url')])(
    'refuses a cursor that is not from this list: %s',
    (cursor) => {
      expect(() => decodeCursor(cursor, 2)).toThrow(DomainError);
      expect(() => decodeCursor(cursor, 2)).toThrow('after: is not a cursor from this list');
    },
  );

  it('uses the extra row only to know there is a next page', () => {
    const page = toConnection([1, 2, 3], 2, 10, (n) => `c${n}`);
    expect(page.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: 'c2' });
    expect(toConnection([1], 2, 1, (n) => `c${n}`).pageInfo).toEqual({ hasNextPage: false, endCursor: 'c1' });
  });
});
