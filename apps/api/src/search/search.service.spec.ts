import { RiskLevel, Role } from '@convene/domain';
import { SearchKind } from './search.model';
import { editsAllowed, searchStatement } from './search.service';

const staff = { role: Role.STAFF, clearance: RiskLevel.STANDARD, locale: 'en', organizationId: null };

/** The kinds a statement searches, from the literals each branch selects. */
function kindsOf(sql: string): string[] {
  return [...sql.matchAll(/'([A-Z]+)' AS kind/g)].map((m) => m[1]);
}

describe('searchStatement', () => {
  it('searches every kind by default, in one statement whose parameters are all used', () => {
    const statement = searchStatement(staff, { text: 'peace', first: 20 });
    expect(kindsOf(statement?.sql ?? '')).toEqual(Object.values(SearchKind));
    const used = new Set([...(statement?.sql ?? '').matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
    expect([...used].sort((a, b) => a - b)).toEqual(statement?.params.map((_, i) => i + 1));
  });

  it('searches only the kinds asked for', () => {
    const statement = searchStatement(staff, { text: 'peace', first: 5, kinds: [SearchKind.DIALOGUE] });
    expect(kindsOf(statement?.sql ?? '')).toEqual(['DIALOGUE']);
  });

  it('leaves engagements and collaborations out for a Core Group user without an organisation', () => {
    const member = { ...staff, role: Role.CORE_GROUP };
    expect(kindsOf(searchStatement(member, { text: 'peace', first: 5 })?.sql ?? '')).toEqual([
      'ORGANIZATION',
      'PERSON',
      'RECOMMENDATION',
      'DIALOGUE',
    ]);
    const linked = searchStatement(
      { ...member, organizationId: 'a1f1c7a0-0000-4000-8000-000000000000' },
      {
        text: 'peace',
        first: 5,
      },
    );
    expect(kindsOf(linked?.sql ?? '')).toEqual(Object.values(SearchKind));
    expect(linked?.params).toContain('a1f1c7a0-0000-4000-8000-000000000000');
  });

  it('matches an email only when one is typed, whole and in lower case', () => {
    expect(searchStatement(staff, { text: 'Amina Okafor', first: 5 })?.sql).not.toMatch(/lower\(t\.email\)/);
    const byEmail = searchStatement(staff, { text: 'Amina.Okafor@Example.org', first: 5 });
    expect(byEmail?.sql).toMatch(/lower\(t\.email\) = \$\d+/);
    expect(byEmail?.params).toContain('amina.okafor@example.org');
  });

  it('takes a Dialogue number as "2", "2nd" or "2nd Dialogue"', () => {
    for (const text of ['2', '2nd', '2nd dialogue', '2e']) {
      expect(searchStatement(staff, { text, first: 5 })?.params).toContain(2);
    }
    expect(searchStatement(staff, { text: '2nd round', first: 5 })?.params).not.toContain(2);
  });

  it('matches organisations and people word by word, other kinds by similarity from 6 letters on, a part of a name from 3; engagements never by similarity', () => {
    const sqlOf = (text: string, kinds: SearchKind[] = [SearchKind.ORGANIZATION]) =>
      searchStatement(staff, { text, first: 5, kinds })?.sql ?? '';
    expect(sqlOf('Concilation')).toMatch(/search_word_ids\('organizations'/);
    expect(sqlOf('Concilation')).not.toMatch(/<%/);
    expect(sqlOf('Amnia', [SearchKind.PERSON])).toMatch(/search_word_ids\('people'/);
    expect(sqlOf('Concilation', [SearchKind.COLLABORATION])).toMatch(/<% t\.search_text/);
    expect(sqlOf('peace', [SearchKind.COLLABORATION])).not.toMatch(/<%/);
    expect(sqlOf('peace')).toMatch(/t\.search_text LIKE \('%'/);
    expect(sqlOf('un')).not.toMatch(/<%|LIKE \('%'|search_word_ids/);
    expect(sqlOf('Concilation Resorces', [SearchKind.ENGAGEMENT])).not.toMatch(/<%|search_word_ids/);
  });

  it('passes the words of 3 letters or more, the edits each may differ by, and whether the last is still being typed', () => {
    const params = (text: string) =>
      searchStatement(staff, { text, first: 5, kinds: [SearchKind.ORGANIZATION] })?.params ?? [];
    expect(params('Highand Comons of Iraq')).toEqual(
      expect.arrayContaining([['Highand', 'Comons', 'Iraq'], [2, 2, 1], true]),
    );
    // "Côte-d’Ivoire": split where folding puts a space; an apostrophe joins.
    expect(params('Côte-d’Ivoire network')).toEqual(
      expect.arrayContaining([['Côte', 'd’Ivoire', 'network'], [1, 2, 2], true]),
    );
    // The last word is too short to require: the words before it are not being typed.
    expect(params('Women for Peace X')).toEqual(
      expect.arrayContaining([['Women', 'for', 'Peace'], [2, 0, 2], false]),
    );
    expect(editsAllowed(3)).toBe(0);
    expect(editsAllowed(4)).toBe(1);
    expect(editsAllowed(9)).toBe(2);
  });

  it('searches nothing for text that is only punctuation (it would fold to nothing)', () => {
    expect(searchStatement(staff, { text: '__', first: 5 })).toBeNull();
    expect(searchStatement(staff, { text: "'%'", first: 5 })).toBeNull();
  });

  it('passes the text as a parameter, never in the SQL', () => {
    const statement = searchStatement(staff, { text: "x'); DROP TABLE people; --", first: 5 });
    expect(statement?.sql).not.toContain('DROP TABLE');
    expect(statement?.params[0]).toBe("x'); DROP TABLE people; --");
  });
});
