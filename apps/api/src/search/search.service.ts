import { levelsClearedFor } from '@convene/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Action, can } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import type { SearchArgs } from './dto/search.args';
import { MATCH_BY_TIER, SearchKind, type SearchHit } from './search.model';

/**
 * Candidates each source (names starting with the text; similar words; a whole email) gives a kind before
 * ranking: a common word ("peace") matches thousands of records, and ranking all of them would cost hundreds of
 * milliseconds. Prefix candidates come in order, so exact and prefix matches always make the list.
 */
export const SEARCH_CANDIDATES = 50;

/** From how many letters a text is also matched as a possible misspelling (shorter: as part of a name). */
export const SEARCH_FUZZY_FROM = 6;

/**
 * Organisations and people are matched word by word (see the SearchTerms migration): candidates taken among the
 * records that have every typed word, each word as typed, misspelt, or (the last) begun. More than from one
 * similarity source: these are all good matches, and ranking a couple of hundred costs a few milliseconds.
 */
export const SEARCH_WORD_CANDIDATES = 200;

/** The edits a typed word of this many letters may differ by from a word of a name (a swap counts two). */
export const editsAllowed = (letters: number): number => (letters >= 5 ? 2 : letters === 4 ? 1 : 0);

/** Splits a text into words where `search_fold` turns punctuation into spaces. */
const WORD_SPLIT = /[\s\-‐‑–—_/\\,;:()&+]+/u;

const ALL_KINDS = Object.values(SearchKind);

/** The action that lets a viewer read each kind. */
const READ: Record<SearchKind, Action> = {
  [SearchKind.ORGANIZATION]: Action.ReadRegister,
  [SearchKind.PERSON]: Action.ReadRegister,
  [SearchKind.DIALOGUE]: Action.ReadRegister,
  [SearchKind.ENGAGEMENT]: Action.ReadEngagements,
  [SearchKind.COLLABORATION]: Action.ReadCollaborations,
  [SearchKind.RECOMMENDATION]: Action.ReadRecommendations,
};

/** A Dialogue asked for by its number: "2", "2nd", "2nd Dialogue". */
const DIALOGUE_NUMBER = /^(\d{1,3})(?:st|nd|rd|th|e|er|re|º|°)?(?:\s+dialogue)?$/i;

interface Row {
  kind: SearchKind;
  id: string;
  label: string;
  acronym: string | null;
  secondary: string | null;
  category: string | null;
  date: string | null;
  tier: number;
  score: number;
}

/** Collects positional parameters for one statement. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}

/**
 * Search everywhere: one SQL statement whatever is typed and however many kinds are searched. Each kind takes
 * its candidates from its indexes (see the Search migration: `search_text` holds the searched text folded by
 * `search_fold`), ranks them by match and similarity, and keeps its best `first`; the statement then keeps the
 * best `first` of all. Protected records are filtered where the candidates are taken, so a withheld name can
 * never be confirmed by searching for it; records in the trash are not indexed at all.
 */
@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async search(viewer: CurrentUser, args: SearchArgs): Promise<SearchHit[]> {
    const statement = searchStatement(viewer, args);
    if (!statement) return [];
    const rows: Row[] = await this.db.query(statement.sql, statement.params);
    return rows.map((r) => ({
      kind: r.kind,
      id: r.id,
      label: r.label,
      acronym: r.acronym,
      secondary: r.secondary,
      category: r.category,
      date: r.date,
      match: MATCH_BY_TIER[r.tier],
      score: Math.round(Number(r.score) * 1000) / 1000,
    }));
  }
}

/** The statement a search runs (also what the benchmark sends straight to the database), or null: nothing to search. */
export function searchStatement(
  viewer: Pick<
    CurrentUser,
    'role' | 'clearance' | 'locale' | 'organizationId' | 'grantedIds' | 'revealedIds'
  >,
  args: Pick<SearchArgs, 'text' | 'first' | 'kinds'>,
): { sql: string; params: unknown[] } | null {
  const p = new Params();
  const text = args.text.trim();
  // Nothing but punctuation folds to nothing, which every record would start with.
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  const q = `search_fold(${p.add(text, 'text')})`;
  // A LIKE prefix of the folded text (folding already turned _ and \ into spaces; % is taken literally).
  const prefix = `(replace(${q}, '%', '\\%') || '%')`;
  const cap = p.add(SEARCH_CANDIDATES, 'int');
  const first = p.add(args.first, 'int');
  // Parameters only some kinds use are added when first used (PostgreSQL refuses an unused one it cannot type).
  const once = (add: () => string) => {
    let placeholder: string | undefined;
    return () => (placeholder ??= add());
  };
  const levels = once(() => p.add(levelsClearedFor(viewer.clearance), 'risk_level[]'));
  // Need-to-know: records the clearance covers, and those a named grant lets the viewer see.
  const granted = [...(viewer.grantedIds ?? [])];
  const grantedIds = once(() => p.add(granted, 'uuid[]'));
  const locale = once(() => p.add(viewer.locale, 'text'));
  // Whether pg_trgm sees any trigram in the text: scripts it does not split into words in this server's locale
  // fall back to a plain substring match (slower: no index can narrow it).
  const noTrigrams = `cardinality(show_trgm(${q})) = 0`;

  // Short texts ("Mei D", "peace") are read as a part of a name, not as a misspelling: their few trigrams are
  // shared by so many records that a similarity search would read and reject a hundred thousand of them.
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '').length;
  const contains = letters >= 3 ? `t.search_text LIKE ('%' || replace(${q}, '%', '\\%') || '%')` : null;
  const match =
    letters >= SEARCH_FUZZY_FROM
      ? `(${q} <% t.search_text OR (${noTrigrams} AND strpos(t.search_text, ${q}) > 0))`
      : contains;
  // Organisations and people, word by word: each typed word of 3 letters or more must be in the name as typed,
  // within editsAllowed() of a word of it, or (the last, still being typed) as the start of one. Shorter words
  // ("of", "de", an initial) are left to ranking.
  const typed = text.split(WORD_SPLIT).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const significant = typed
    .map((word, i) => ({
      word,
      letters: word.replace(/[^\p{L}\p{N}]/gu, '').length,
      last: i === typed.length - 1,
    }))
    .filter((w) => w.letters >= 3);
  const wordArgs = once(
    () =>
      `${p.add(
        significant.map((w) => w.word),
        'text[]',
      )}, ${p.add(
        significant.map((w) => editsAllowed(w.letters)),
        'int[]',
      )}, ${p.add(significant.at(-1)?.last ?? false, 'boolean')}`,
  );
  const wordCap = once(() => p.add(SEARCH_WORD_CANDIDATES, 'int'));
  /**
   * Candidate ids of `table` matching the text among `visible` rows (SQL on alias `t`). `parts`: the text must be
   * there as it is typed, never merely similar (engagements: see below); `words`: matched word by word.
   */
  const candidates = (
    table: string,
    visible: string,
    extra: string[] = [],
    mode: 'similar' | 'parts' | 'words' = 'similar',
  ) => {
    let where = mode === 'parts' ? contains : match;
    const sources = [...extra];
    if (mode === 'words') {
      where = letters >= SEARCH_FUZZY_FROM ? `(${noTrigrams} AND strpos(t.search_text, ${q}) > 0)` : contains;
      if (significant.length) {
        sources.push(
          `SELECT w.id FROM search_word_ids('${table}', ${wordArgs()}, ${levels()}, ${wordCap()}) AS w(id)`,
        );
        // Granted records above the clearance: matched among every level, kept only when granted.
        if (granted.length)
          sources.push(
            `SELECT w.id FROM search_word_ids('${table}', ${wordArgs()}, enum_range(NULL::risk_level), ${wordCap()}) AS w(id)
              WHERE w.id = ANY(${grantedIds()})`,
          );
      }
    }
    return `(
      (SELECT t.id FROM ${table} t WHERE t.deleted_at IS NULL AND ${visible} AND (t.search_text COLLATE "C") LIKE ${prefix}
        ORDER BY t.search_text COLLATE "C" LIMIT ${cap})
      ${where ? `UNION (SELECT t.id FROM ${table} t WHERE t.deleted_at IS NULL AND ${visible} AND ${where} LIMIT ${cap})` : ''}
      ${sources.map((e) => `UNION (${e})`).join('\n')})`;
  };
  /** The tier (3 exact … 0 similar) of a record whose folded text is `searchText` and name `name`. */
  const tier = (
    searchText: string,
    name: string,
    also: { exact?: string; prefix?: string; word?: string } = {},
  ) => `CASE
      WHEN ${searchText} LIKE ${prefix} AND search_fold(${name}) = ${q} OR ${also.exact ?? 'false'} THEN 3
      WHEN ${searchText} LIKE ${prefix} OR ${also.prefix ?? 'false'} THEN 2
      WHEN strpos(' ' || ${searchText}, ' ' || ${q}) > 0 OR ${also.word ?? 'false'} THEN 1 ELSE 0 END`;
  const ranked = (
    select: string,
    from: string,
    where: string,
    tierSql: string,
    searchText: string,
    label: string,
  ) => `(
    SELECT ${select}, r.tier, r.tier + word_similarity(${q}, ${searchText}) AS score
    FROM ${from}, LATERAL (SELECT ${tierSql} AS tier) r
    WHERE ${where}
    ORDER BY score DESC, ${label}, 2 LIMIT ${first})`;

  const kinds = (args.kinds?.length ? args.kinds : ALL_KINDS).filter((k) => can(viewer, READ[k]));
  const branches: string[] = [];
  const readable = () =>
    granted.length
      ? `(t.risk_level = ANY(${levels()}) OR t.id = ANY(${grantedIds()}))`
      : `t.risk_level = ANY(${levels()})`;
  for (const kind of ALL_KINDS.filter((k) => kinds.includes(k))) {
    if (kind === SearchKind.ORGANIZATION) {
      const acronym = `search_fold(o.acronym)`;
      branches.push(
        ranked(
          `'ORGANIZATION' AS kind, o.id, o.name AS label, o.acronym, c.names ->> ${locale()} AS secondary,
           o.kind::text AS category, NULL::text AS date`,
          'organizations o LEFT JOIN countries c ON c.iso2 = o.country_code',
          `o.id IN ${candidates('organizations', readable(), [], 'words')}`,
          tier('o.search_text', 'o.name', {
            exact: `${acronym} = ${q}`,
            prefix: `${acronym} LIKE ${prefix}`,
          }),
          'o.search_text',
          'o.name',
        ),
      );
    } else if (kind === SearchKind.PERSON) {
      // A whole email finds its person (never a fragment: that would let anyone probe addresses).
      const email = text.includes('@') ? p.add(text.toLowerCase(), 'text') : null;
      const byEmail = email
        ? [
            // A protected person's email is masked until revealed: searching it must not confirm it either.
            `SELECT t.id FROM people t WHERE t.deleted_at IS NULL AND ${readable()} AND lower(t.email) = ${email}
              AND t.email IS NOT NULL AND (t.risk_level = 'STANDARD' OR t.id = ANY(${p.add(
                [...(viewer.revealedIds ?? [])],
                'uuid[]',
              )})) LIMIT ${cap}`,
          ]
        : [];
      branches.push(
        ranked(
          `'PERSON' AS kind, pe.id, pe.full_name AS label, NULL::text AS acronym, c.names ->> ${locale()} AS secondary,
           NULL::text AS category, NULL::text AS date`,
          'people pe LEFT JOIN countries c ON c.iso2 = pe.country_code',
          `pe.id IN ${candidates('people', readable(), byEmail, 'words')}`,
          tier(
            'pe.search_text',
            'pe.full_name',
            email ? { exact: `lower(pe.email) = ${email} AND pe.risk_level = 'STANDARD'` } : {},
          ),
          'pe.search_text',
          'pe.full_name',
        ),
      );
    } else if (kind === SearchKind.ENGAGEMENT) {
      // Title and summary only: participants' names are never searched, so a search cannot confirm a protected
      // person's presence. The Core Group reads only its own organisation's engagements (as in the list).
      let visible = 'true';
      if (!can(viewer, Action.ReadAllEngagements)) {
        if (!viewer.organizationId) continue;
        visible = `EXISTS (SELECT 1 FROM engagement_organizations so
          WHERE so.engagement_id = t.id AND so.organization_id = ${p.add(viewer.organizationId, 'uuid')})`;
      }
      // Title and summary as words or parts of words, not as possible misspellings: at a million engagements
      // whose titles share their words ("Meeting on …"), a similarity search read and rejected over 100,000 titles
      // for a four-word text (2.8 s). A pattern shorter than a trigram could not use the index.
      const inSummary =
        letters >= 3
          ? [
              `SELECT t.id FROM engagements t WHERE t.deleted_at IS NULL AND ${visible}
                AND t.search_summary LIKE ('%' || replace(${q}, '%', '\\%') || '%') LIMIT ${cap}`,
            ]
          : [];
      branches.push(
        ranked(
          `'ENGAGEMENT' AS kind, e.id, e.title AS label, NULL::text AS acronym, NULL::text AS secondary,
           e.type::text AS category, e.date::text AS date`,
          'engagements e',
          `e.id IN ${candidates('engagements', visible, inSummary, 'parts')}`,
          tier('e.search_text', 'e.title', { word: `strpos(' ' || e.search_summary, ' ' || ${q}) > 0` }),
          'e.search_text',
          'e.title',
        ),
      );
    } else if (kind === SearchKind.COLLABORATION) {
      let visible = 'true';
      if (!can(viewer, Action.ReadAllCollaborations)) {
        if (!viewer.organizationId) continue;
        visible = `EXISTS (SELECT 1 FROM collaboration_partners sp
          WHERE sp.collaboration_id = t.id AND sp.organization_id = ${p.add(viewer.organizationId, 'uuid')})`;
      }
      branches.push(
        ranked(
          `'COLLABORATION' AS kind, co.id, co.title AS label, NULL::text AS acronym, NULL::text AS secondary,
           co.status::text AS category, co.start_date::text AS date`,
          'collaborations co',
          `co.id IN ${candidates('collaborations', visible)}`,
          tier('co.search_text', 'co.title'),
          'co.search_text',
          'co.title',
        ),
      );
    } else if (kind === SearchKind.RECOMMENDATION) {
      branches.push(
        ranked(
          `'RECOMMENDATION' AS kind, re.id, re.title AS label, NULL::text AS acronym, d.title AS secondary,
           re.status::text AS category, NULL::text AS date`,
          'recommendations re LEFT JOIN dialogues d ON d.id = re.dialogue_id',
          `re.id IN ${candidates('recommendations', 'true')}`,
          tier('re.search_text', 're.title'),
          're.search_text',
          're.title',
        ),
      );
    } else {
      const number = DIALOGUE_NUMBER.exec(text)?.[1];
      const n = number === undefined ? null : p.add(Number(number), 'int');
      branches.push(
        ranked(
          `'DIALOGUE' AS kind, di.id, di.title AS label, NULL::text AS acronym, di.venue AS secondary,
           NULL::text AS category, di.start_date::text AS date`,
          'dialogues di',
          `di.id IN ${candidates('dialogues', 'true', n ? [`SELECT t.id FROM dialogues t WHERE t.deleted_at IS NULL AND t.number = ${n}`] : [])}`,
          tier('di.search_text', 'di.title', n ? { exact: `di.number = ${n}` } : {}),
          'di.search_text',
          'di.title',
        ),
      );
    }
  }
  if (!branches.length) return null;
  return {
    sql: `SELECT * FROM (${branches.join('\nUNION ALL\n')}) hits ORDER BY score DESC, label, id LIMIT ${first}`,
    params: p.values,
  };
}
