import { isCleared, RiskLevel } from '@convene/domain';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import { InvalidInputError } from '../common/domain-error';
import { decodeCursor, encodeCursor } from '../common/pagination';
import type { DuplicateKind } from './merge.entity';
import { DuplicateIndex, LIKELY_DUPLICATE_SCORE, type MatchReason, type MatchRecord } from './name-match';

/** A pair the scan found; `a` < `b`. Countries and risk levels as they were when scanned. */
export interface ScannedPair {
  a: string;
  b: string;
  score: number;
  reasons: MatchReason[];
  countryA: string | null;
  countryB: string | null;
}

export interface DuplicateScanResult {
  kind: DuplicateKind;
  scannedAt: Date;
  durationMs: number;
  recordCount: number;
  pairs: ScannedPair[];
}

export interface FoundPair extends ScannedPair {
  kind: DuplicateKind;
}

export interface DuplicatePage {
  pairs: FoundPair[];
  totalCount: number;
  /** Position of the first pair in the whole list (cursors are positions). */
  offset: number;
  hasNextPage: boolean;
  endCursor: string | null;
  /** Null while the first scan of a large register runs in the background (`scanning`). */
  scan: DuplicateScanResult | null;
  /** A scan is running: the list will be (more) complete when it ends. */
  scanning: boolean;
  /** True when records changed since the scan and it was not repeated (too large to repeat on every request). */
  stale: boolean;
}

export interface DuplicateQuery {
  kind: DuplicateKind;
  countryCode?: string | null;
  recordId?: string | null;
  first: number;
  after?: string;
}

interface ScanRow {
  id: string;
  reference: boolean;
  name: string;
  acronym: string | null;
  email: string | null;
  country_code: string | null;
}

/** Options the finder reads once (tests lower them to exercise the cached path). */
export const DUPLICATE_FINDER_OPTIONS = Symbol('DUPLICATE_FINDER_OPTIONS');
export interface DuplicateFinderOptions {
  /** Up to this many live records, a changed register is scanned again on request; above it, on "scan again". */
  rescanOnRequestUpTo: number;
  /** Pairs kept per scan, best first. */
  maxPairs: number;
}
const DEFAULTS: DuplicateFinderOptions = { rescanOnRequestUpTo: 20_000, maxPairs: 50_000 };

const TABLE: Record<DuplicateKind, string> = { organization: 'organizations', person: 'people' };

/**
 * Finds likely duplicate organisations or people. A scan reads every live record of a kind (id, name, acronym,
 * email, country), compares each only with those sharing a blocking key (name-match.ts) and keeps the pairs
 * scoring at least LIKELY_DUPLICATE_SCORE. Scans are kept in memory per kind:
 * - small registers (up to `rescanOnRequestUpTo` live records) are scanned again whenever a record was added,
 *   edited or deleted since, so the list is always current;
 * - larger ones keep the last scan until someone asks to scan again (`scanDuplicates`), and the list says so.
 * Whatever the scan, each request drops pairs marked "not a duplicate" and records deleted or merged since, and
 * withholds pairs with a record the viewer is not cleared for (using risk levels as they are now).
 */
@Injectable()
export class DuplicateFinderService {
  private readonly scans = new Map<DuplicateKind, DuplicateScanResult>();
  private readonly running = new Map<DuplicateKind, Promise<DuplicateScanResult>>();
  private readonly options: DuplicateFinderOptions;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Optional() @Inject(DUPLICATE_FINDER_OPTIONS) options?: Partial<DuplicateFinderOptions>,
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Scans now (or joins a scan already running for the kind). */
  scan(kind: DuplicateKind): Promise<DuplicateScanResult> {
    const running = this.running.get(kind);
    if (running) return running;
    const work = this.runScan(kind).finally(() => this.running.delete(kind));
    this.running.set(kind, work);
    return work;
  }

  /** Forgets the kind's scan (after a merge or undo, a small register is then scanned again on request). */
  invalidate(kind: DuplicateKind): void {
    this.scans.delete(kind);
  }

  private async runScan(kind: DuplicateKind): Promise<DuplicateScanResult> {
    const started = Date.now();
    const scannedAt = new Date();
    const rows: ScanRow[] = await this.db.query(
      kind === 'organization'
        ? `SELECT id, name, acronym, NULL AS email, country_code, reference_key IS NOT NULL AS reference
             FROM organizations WHERE deleted_at IS NULL`
        : `SELECT id, full_name AS name, NULL AS acronym, email, country_code, false AS reference
             FROM people WHERE deleted_at IS NULL AND erased_at IS NULL`,
    );
    const records: MatchRecord[] = rows.map((r) => ({
      id: r.id,
      name: r.name,
      acronym: r.acronym,
      email: r.email,
      countryCode: r.country_code,
    }));
    const byId = new Map(records.map((r) => [r.id, r]));
    // Reference data Convene ships (UN entities, States, known partners) are distinct bodies by definition.
    const reference = new Set(rows.filter((r) => r.reference).map((r) => r.id));
    const index = new DuplicateIndex(records, kind);
    const found = new Map<string, ScannedPair>();
    let slice = performance.now();
    for (let i = 0; i < records.length; i++) {
      // A long scan must not hold up other requests: give the event loop a turn every 20 ms or so.
      if (i % 50 === 49 && performance.now() - slice > 20) {
        await yieldToEventLoop();
        slice = performance.now();
      }
      const record = records[i];
      for (const match of index.pairsOf(i, LIKELY_DUPLICATE_SCORE, 10)) {
        const [a, b] = record.id < match.id ? [record.id, match.id] : [match.id, record.id];
        const key = `${a}:${b}`;
        if (found.has(key) || (reference.has(a) && reference.has(b))) continue;
        found.set(key, {
          a,
          b,
          score: match.score,
          reasons: match.reasons,
          countryA: byId.get(a)?.countryCode ?? null,
          countryB: byId.get(b)?.countryCode ?? null,
        });
      }
    }
    const pairs = [...found.values()]
      .sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
      .slice(0, this.options.maxPairs);
    const result: DuplicateScanResult = {
      kind,
      scannedAt,
      durationMs: Date.now() - started,
      recordCount: records.length,
      pairs,
    };
    this.scans.set(kind, result);
    return result;
  }

  /**
   * The current scan of a kind, scanning first if there is none or a small register changed since. A large
   * register's first scan runs in the background (minutes at 100,000 records): the answer says so meanwhile.
   */
  private async current(kind: DuplicateKind): Promise<{ scan: DuplicateScanResult | null; stale: boolean }> {
    const scan = this.scans.get(kind);
    if (!scan) {
      const [{ n }]: { n: number }[] = await this.db.query(
        `SELECT count(*)::int AS n FROM ${TABLE[kind]} WHERE deleted_at IS NULL`,
      );
      if (n <= this.options.rescanOnRequestUpTo) return { scan: await this.scan(kind), stale: false };
      this.scan(kind).catch(() => undefined); // a failed background scan is simply tried again next time
      return { scan: null, stale: false };
    }
    const [state]: { n: number; changed: boolean }[] = await this.db.query(
      `SELECT count(*) FILTER (WHERE deleted_at IS NULL)::int AS n,
              coalesce(max(greatest(updated_at, created_at, deleted_at)) >= $1, false) AS changed
         FROM ${TABLE[kind]}`,
      [scan.scannedAt],
    );
    const changed = state.changed || state.n !== scan.recordCount;
    if (!changed) return { scan, stale: false };
    if (state.n <= this.options.rescanOnRequestUpTo) return { scan: await this.scan(kind), stale: false };
    return { scan, stale: true };
  }

  async find(viewer: CurrentUser, query: DuplicateQuery): Promise<DuplicatePage> {
    const { scan, stale } = await this.current(query.kind);
    const scanning = this.running.has(query.kind);
    let pairs = scan?.pairs ?? [];
    if (query.recordId) pairs = pairs.filter((p) => p.a === query.recordId || p.b === query.recordId);
    if (query.countryCode) {
      const code = query.countryCode.toUpperCase();
      pairs = pairs.filter((p) => p.countryA === code || p.countryB === code);
    }
    // Now, not as scanned: who is live and at what risk level, and which pairs were dismissed.
    const ids = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
    const live: { id: string; risk_level: RiskLevel }[] = ids.length
      ? await this.db.query(
          `SELECT id, risk_level FROM ${TABLE[query.kind]} WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
          [ids],
        )
      : [];
    const visible = new Set(live.filter((r) => isCleared(viewer.clearance, r.risk_level)).map((r) => r.id));
    const dismissed = new Set(
      (
        await this.db.query<{ record_a: string; record_b: string }[]>(
          'SELECT record_a, record_b FROM duplicate_dismissals WHERE kind = $1 AND (record_a = ANY($2::uuid[]) OR record_b = ANY($2::uuid[]))',
          [query.kind, ids],
        )
      ).map((d) => `${d.record_a}:${d.record_b}`),
    );
    const shown = pairs.filter(
      (p) => visible.has(p.a) && visible.has(p.b) && !dismissed.has(`${p.a}:${p.b}`),
    );
    let offset = 0;
    if (query.after) {
      const [value] = decodeCursor(query.after, 1);
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
        throw InvalidInputError.field('after', 'is not a cursor from this list');
      offset = value;
    }
    const page = shown.slice(offset, offset + query.first);
    const end = offset + page.length;
    return {
      pairs: page.map((p) => ({ ...p, kind: query.kind })),
      totalCount: shown.length,
      offset,
      hasNextPage: end < shown.length,
      endCursor: page.length ? encodeCursor([end]) : null,
      scan,
      scanning,
      stale,
    };
  }
}
