import anyAscii from 'any-ascii';

/**
 * How Convene decides that two records may be the same organisation or person. Shared by the duplicate finder
 * and by imports (likely duplicates of each row), so both say the same thing for the same pair.
 *
 * Names are compared after folding: transliterated to ASCII (any-ascii: "Кот-д’Ивуар" → "Kot-d'Ivuar", accents
 * dropped), lower-cased, punctuation turned into spaces and words that name a kind of body rather than a body
 * ("the", "of", "de", "association") left out. Folded names are compared by trigram similarity over their words
 * in sorted order, so word order ("Mohammed Amina" / "Amina Mohammed") does not matter.
 */

/** Words that do not tell one organisation or person from another. */
const NOISE_WORDS = new Set([
  'the',
  'of',
  'and',
  'for',
  'in',
  'on',
  'a',
  'an',
  'to',
  'at', // English
  'de',
  'la',
  'le',
  'les',
  'des',
  'du',
  'd',
  'l',
  'et',
  'pour',
  'en',
  'au',
  'aux', // French
  'el',
  'los',
  'las',
  'del',
  'y',
  'para',
  'por',
  'e', // Spanish, Portuguese
  'al',
  'wa',
  'fi', // Arabic transliterated
]);

/** Legal forms and generic words dropped from organisation names before comparing (not for people). */
const ORGANIZATION_NOISE_WORDS = new Set([
  'inc',
  'ltd',
  'llc',
  'ngo',
  'ong',
  'asbl',
  'ev',
  'association',
  'asociacion',
  'associacao',
  'organisation',
  'organization',
  'organizacion',
  'foundation',
  'fondation',
  'fundacion',
  'society',
  'societe',
]);

export type MatchKind = 'organization' | 'person';

const NON_ASCII = /[\u0080-\uffff]/;

/** ASCII, lower case, letters and digits separated by single spaces. */
export function foldText(value: string): string {
  // ASCII text is its own NFKC form and its own transliteration: the common case skips both.
  return (NON_ASCII.test(value) ? anyAscii(value.normalize('NFKC')) : value)
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a name that tell it apart, folded. */
export function nameWords(name: string, kind: MatchKind): string[] {
  const words = foldText(name)
    .split(' ')
    .filter((w) => w && !NOISE_WORDS.has(w));
  if (kind === 'person') return words;
  const kept = words.filter((w) => !ORGANIZATION_NOISE_WORDS.has(w));
  return kept.length ? kept : words;
}

/** A folded email address, or null when there is none. */
export function emailKey(email: string | null | undefined): string | null {
  const key = email?.trim().toLowerCase();
  return key?.includes('@') ? key : null;
}

/** A folded acronym ("W.A.N.E.P." → "wanep"), or null when there is none or it is too short to mean anything. */
export function acronymKey(acronym: string | null | undefined): string | null {
  const key = acronym ? foldText(acronym).replace(/ /g, '') : '';
  return key.length >= 2 ? key : null;
}

/**
 * Whether `acronym` can be read as the initials of `name`: every word of the name (noise words may be skipped)
 * gives the acronym its first letter and maybe a few more in order ("WANEP" = West Africa NEtwork for
 * Peacebuilding; "GPPAC" = Global Partnership for the Prevention of Armed Conflict).
 */
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronymKey(acronym);
  return !!letters && readsAsInitials(letters, acronymWords(name));
}

interface AcronymWord {
  w: string;
  optional: boolean;
}

function acronymWords(name: string): AcronymWord[] {
  return foldText(name)
    .split(' ')
    .filter(Boolean)
    .map((w) => ({ w, optional: NOISE_WORDS.has(w) || ORGANIZATION_NOISE_WORDS.has(w) }));
}

const MEMO = new Uint8Array(32 * 64);

function readsAsInitials(letters: string, words: readonly AcronymWord[]): boolean {
  if (words.filter((x) => !x.optional).length < 2) return false;
  // Cheap test first: the first letter must start one of the leading words up to the first that counts.
  let starts = false;
  for (const x of words) {
    if (x.w[0] === letters[0]) starts = true;
    if (starts || !x.optional) break;
  }
  if (!starts) return false;
  if (letters.length > 31 || words.length > 63) return false;
  // memo[i * 64 + j]: 0 unknown, 1 yes, 2 no. One buffer for every call: the scan makes millions of them.
  const memo = MEMO.fill(0, 0, (letters.length + 1) * 64);
  // Can letters[i..] be read from words[j..]? A word either is skipped (if optional) or gives 1+ of its letters.
  const from = (i: number, j: number): boolean => {
    if (j === words.length) return i === letters.length;
    const key = i * 64 + j;
    if (memo[key]) return memo[key] === 1;
    let ok = words[j].optional && from(i, j + 1);
    const { w } = words[j];
    if (!ok && i < letters.length && letters[i] === w[0]) {
      // The word gives its first letter and then any of its later letters, in order, as a prefix of what is left.
      let next = i + 1;
      ok = from(next, j + 1);
      for (let k = 1; !ok && k < w.length && next < letters.length; k++) {
        if (w[k] === letters[next]) {
          next++;
          ok = from(next, j + 1);
        }
      }
    }
    memo[key] = ok ? 1 : 2;
    return ok;
  };
  return from(0, 0);
}

/** The distinct trigrams of a folded text, as sorted numbers (folded text is ASCII: one byte per letter). */
function trigrams(text: string): Int32Array {
  const padded = `  ${text} `;
  const grams = new Set<number>();
  for (let i = 0; i + 3 <= padded.length; i++)
    grams.add((padded.charCodeAt(i) << 16) | (padded.charCodeAt(i + 1) << 8) | padded.charCodeAt(i + 2));
  return Int32Array.from(grams).sort();
}

/** Similarity of two names from 0 to 1 (Dice coefficient of trigrams over their sorted words). */
export function nameSimilarity(a: string, b: string, kind: MatchKind): number {
  const left = nameWords(a, kind).sort().join(' ');
  const right = nameWords(b, kind).sort().join(' ');
  return similarityOf(left, trigrams(left), right, trigrams(right));
}

function similarityOf(left: string, x: Int32Array, right: string, y: Int32Array): number {
  if (!left || !right) return 0;
  if (left === right) return 1;
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return (2 * shared) / (x.length + y.length);
}

/** A record as the matcher sees it. */
export interface MatchRecord {
  id: string;
  /** An organisation's name or a person's full name. */
  name: string;
  acronym?: string | null;
  email?: string | null;
  countryCode?: string | null;
}

export type MatchReason = 'SAME_EMAIL' | 'SIMILAR_NAME' | 'SAME_ACRONYM' | 'ACRONYM_OF_NAME' | 'SAME_COUNTRY';

export interface Match {
  id: string;
  /** 0 to 1; 1 is certain (same email, or the same name in the same country). */
  score: number;
  /** Why the two look alike, strongest first. */
  reasons: MatchReason[];
}

/** Score at which a pair is reported as a likely duplicate. */
export const LIKELY_DUPLICATE_SCORE = 0.6;

/** Words shared by more records than this are too common to narrow the search (e.g. "peace", "network"). */
const COMMON_KEY_LIMIT = 500;
/** Pairs of words shared by more records than this are common too (in generated data, or "peace … network"). */
const COMMON_PAIR_LIMIT = 50;

/** An organisation's acronym, and its name when the name is one word that reads like an acronym ("WANEP"). */
function acronymsOf(record: MatchRecord): Set<string> {
  const keys = new Set<string>();
  const acronym = acronymKey(record.acronym);
  if (acronym) keys.add(acronym);
  const words = foldText(record.name).split(' ').filter(Boolean);
  if (words.length === 1 && words[0].length >= 2 && words[0].length <= 12) keys.add(words[0]);
  return keys;
}

/** A record folded once for many comparisons (the scan compares each record with many others). */
interface Prepared {
  record: MatchRecord;
  words: string[];
  sorted: string;
  /** Computed when first compared (most records looked up in an index meet no candidate at all). */
  grams: Int32Array | null;
  email: string | null;
  acronym: string | null;
  acronyms: Set<string>;
  acronymWords: AcronymWord[];
}

function prepare(record: MatchRecord, kind: MatchKind): Prepared {
  const words = nameWords(record.name, kind);
  const sorted = [...words].sort().join(' ');
  const organization = kind === 'organization';
  return {
    record,
    words,
    sorted,
    grams: null,
    email: emailKey(record.email),
    acronym: acronymKey(record.acronym),
    acronyms: organization ? acronymsOf(record) : new Set(),
    acronymWords: organization ? acronymWords(record.name) : [],
  };
}

/**
 * Scores one pair. Same email is decisive; otherwise the name's similarity, helped by a shared or explained
 * acronym and by the same country, and held back when both countries are known and differ.
 */
export function scorePair(a: MatchRecord, b: MatchRecord, kind: MatchKind): Match {
  return scorePrepared(prepare(a, kind), prepare(b, kind), kind);
}

function shares(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function explains(acronyms: Set<string>, words: readonly AcronymWord[]): boolean {
  for (const x of acronyms) if (readsAsInitials(x, words)) return true;
  return false;
}

function scorePrepared(pa: Prepared, pb: Prepared, kind: MatchKind): Match {
  const a = pa.record;
  const b = pb.record;
  const reasons: MatchReason[] = [];
  let score = 0;
  if (pa.email && pa.email === pb.email) {
    reasons.push('SAME_EMAIL');
    score = 1;
  }
  pa.grams ??= trigrams(pa.sorted);
  pb.grams ??= trigrams(pb.sorted);
  const similarity = similarityOf(pa.sorted, pa.grams, pb.sorted, pb.grams);
  if (similarity >= 0.5) reasons.push('SIMILAR_NAME');
  let nameScore = similarity;
  if (kind === 'organization') {
    if (pa.acronym && shares(pa.acronyms, pb.acronyms)) {
      reasons.push('SAME_ACRONYM');
      nameScore = Math.max(nameScore, 0.55 + similarity / 2);
    } else if (explains(pa.acronyms, pb.acronymWords) || explains(pb.acronyms, pa.acronymWords)) {
      reasons.push('ACRONYM_OF_NAME');
      nameScore = Math.max(nameScore, 0.6);
    } else if (pa.acronym && pb.acronym) {
      // Two different acronyms name two bodies, however alike their names ("UNDP" / "DCO": United Nations
      // Development Programme / United Nations Development Coordination Office).
      nameScore -= 0.2;
    }
  }
  if (a.countryCode && b.countryCode) {
    if (a.countryCode === b.countryCode) {
      reasons.push('SAME_COUNTRY');
      nameScore = Math.min(1, nameScore + 0.1);
    } else {
      nameScore -= 0.2;
    }
  }
  score = Math.max(score, Math.max(0, Math.min(1, nameScore)));
  return { id: b.id, score: Math.round(score * 1000) / 1000, reasons };
}

/**
 * The records of one kind, indexed so that a candidate is compared only with those sharing an email, an
 * acronym, a word or a word's first four letters (so a typo late in every word still meets its match).
 */
export class DuplicateIndex {
  private readonly byKey = new Map<string, number[]>();
  private readonly prepared: Prepared[];
  private readonly keys: string[][];

  constructor(
    private readonly records: readonly MatchRecord[],
    private readonly kind: MatchKind,
  ) {
    this.prepared = records.map((record) => prepare(record, kind));
    this.keys = this.prepared.map((p) => this.keysOf(p));
    this.keys.forEach((keys, i) => {
      for (const key of keys) {
        const list = this.byKey.get(key);
        if (list) list.push(i);
        else this.byKey.set(key, [i]);
      }
    });
  }

  get size(): number {
    return this.records.length;
  }

  private keysOf(p: Prepared): string[] {
    const keys = new Set<string>();
    if (p.email) keys.add(`e:${p.email}`);
    if (p.acronym) keys.add(`a:${p.acronym}`);
    // The whole name, so that the same name meets itself even when each of its words is common.
    if (p.sorted) keys.add(`n:${p.sorted}`);
    const words = p.words.filter((w) => w.length >= 2);
    for (const word of words) {
      keys.add(`w:${word}`);
      if (word.length > 4) keys.add(`w:${word.slice(0, 4)}`);
      // A name may be an acronym of another record's name, and an acronym may be written out as the name.
      keys.add(`a:${word}`);
    }
    // Pairs of words (their first four letters): two names sharing two words meet even when every word is
    // common ("Youth Peace Network of Kenya" / "Youth Peace Forum of Kenya"), and such keys stay selective.
    const prefixes = [...new Set(words.slice(0, 6).map((w) => w.slice(0, 4)))].sort();
    for (let x = 0; x < prefixes.length; x++)
      for (let y = x + 1; y < prefixes.length; y++) keys.add(`p:${prefixes[x]}|${prefixes[y]}`);
    if (this.kind === 'organization') {
      // An acronym meets the names it may stand for through their first initials ("wan" for WANEP and West
      // Africa Network for Peacebuilding): `i:` keys are names (initials with and without the small words),
      // `j:` keys acronyms (their first three letters, or two when that is all), looked up crosswise.
      const all = p.acronymWords.map((x) => x.w);
      for (const list of [p.words, all]) {
        if (list.length >= 2)
          keys.add(
            `i:${list
              .slice(0, 3)
              .map((w) => w[0])
              .join('')}`,
          );
        if (list.length === 2 || list.length >= 3) keys.add(`i:${list[0][0]}${list[1][0]}`);
      }
      for (const acronymish of p.acronyms) keys.add(`j:${acronymish.slice(0, 3)}`);
    }
    return [...keys];
  }

  /** The records sharing a key with `keys` (crosswise for initials), each once, common keys skipped. */
  private *candidates(keys: readonly string[]): Generator<number> {
    const seen = new Set<number>();
    for (const own of keys) {
      const key = own.startsWith('i:')
        ? `j:${own.slice(2)}`
        : own.startsWith('j:')
          ? `i:${own.slice(2)}`
          : own;
      const list = this.byKey.get(key);
      if (!list) continue;
      const limit = key.startsWith('e:')
        ? Infinity
        : key.startsWith('p:')
          ? COMMON_PAIR_LIMIT
          : COMMON_KEY_LIMIT;
      if (list.length > limit) continue;
      for (const i of list) {
        if (seen.has(i)) continue;
        seen.add(i);
        yield i;
      }
    }
  }

  /** Records that may be the same as `candidate`, best first (never the candidate itself). */
  matches(candidate: MatchRecord, minScore = LIKELY_DUPLICATE_SCORE, limit = 5): Match[] {
    if (!this.records.length) return [];
    const own = prepare(candidate, this.kind);
    const found: Match[] = [];
    for (const i of this.candidates(this.keysOf(own))) {
      const record = this.records[i];
      if (record.id === candidate.id) continue;
      const match = scorePrepared(own, this.prepared[i], this.kind);
      if (match.score >= minScore) found.push(match);
    }
    return found.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
  }

  /**
   * Every likely pair among the indexed records, each once (the duplicate finder's scan): the record at
   * position `i` is compared only with later ones, so each pair is scored once. At most `limit` per record.
   */
  pairsOf(i: number, minScore = LIKELY_DUPLICATE_SCORE, limit = 10): Match[] {
    const own = this.prepared[i];
    const found: Match[] = [];
    for (const j of this.candidates(this.keys[i])) {
      if (j <= i) continue;
      const match = scorePrepared(own, this.prepared[j], this.kind);
      if (match.score >= minScore) found.push(match);
    }
    return found.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
  }
}
