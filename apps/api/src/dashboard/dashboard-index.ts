import type { FigureName, Scope } from './dashboard-figures';

/*
 * The engagement index: every live engagement with its date, type, themes, organisations and people, and every
 * live follow-up, as arrays of numbers in memory (about 60 MB for a million engagements). The refresher packs it
 * in PostgreSQL in the same snapshot as the rollups (`INDEX` in dashboard-rollups.ts); each API instance loads it
 * after each refresh. It answers the views the rollups are not grouped by (a date range, a kind, region or Core
 * Group member filter on the engagement figures) in milliseconds, with any combination of filters, where the same
 * SQL on the live tables reads every engagement of the period and its links, for seconds at that scale.
 * Its answers are rows of the same shape as the figure's SQL, so the service cannot tell the sources apart; the
 * rollup tests compare them with the live SQL's, figure by figure, filter by filter.
 */

/** Bits of a person's flags. */
export const PERSON = { globalSouth: 1, woman: 2, youth: 4 } as const;
/** A follow-up's state as packed: OPEN becomes OVERDUE once its due day is past, as the live SQL has it. */
export const FOLLOW_UP = { open: 0, onTime: 1, late: 2, other: 3 } as const;

/** The packed arrays (int4 each), by name. */
export const INDEX_ARRAYS = [
  'engagementDay',
  'engagementType',
  'engagementThemeCount',
  'engagementThemes',
  'engagementOrganizationCount',
  'engagementOrganizations',
  'engagementPersonCount',
  'engagementPeople',
  'organizationKind',
  'organizationCountry',
  'organizationLive',
  'personFlags',
  'followUpDue',
  'followUpOwner',
  'followUpEngagement',
  'followUpState',
  'followUpDays',
] as const;
export type IndexArray = (typeof INDEX_ARRAYS)[number];

/** The index's dictionaries: what each number in the arrays stands for. */
export interface IndexMeta {
  types: string[];
  kinds: string[];
  themes: string[];
  /** [ISO code, M49 region, sub-region, intermediate region] by country number. */
  countries: [string, string | null, string | null, string | null][];
  /** Every M49 sub-region, for subRegionsReached (those not reached count 0). */
  subRegions: string[];
  /** Organisation number by id, for every organisation ever in the Core Group. */
  members: Record<string, number>;
  /** Follow-up owners' ids by number. */
  owners: string[];
}

/** The figures the index answers. */
export const INDEXED_FIGURES: FigureName[] = [
  'activePartners',
  'engagementsByMonth',
  'engagementsByType',
  'engagementsByTheme',
  'engagementsByOrganizationKind',
  'countriesEngaged',
  'subRegionsReached',
  'followUpsByOwner',
  'peopleEngaged',
  'coreGroupActivity',
];

const EPOCH_DAY = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
/** A big-endian int4 array, as PostgreSQL's int4send packs it, in the machine's order. */
function int32s(packed: Buffer): Int32Array {
  const out = new Int32Array(packed.length / 4);
  const bytes = Buffer.from(out.buffer);
  bytes.set(packed);
  bytes.swap32();
  return out;
}
/** Offsets into a link array from counts per engagement: links of e are at [offsets[e], offsets[e + 1]). */
function offsetsOf(counts: Int32Array): Int32Array {
  const offsets = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i += 1) offsets[i + 1] = offsets[i] + counts[i];
  return offsets;
}
/** The first position in ascending `values` holding `value` or more. */
function firstAtLeast(values: Int32Array, value: number): number {
  let [lo, hi] = [0, values.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
/** A state number not packed: an open follow-up past its due day. */
const OVERDUE = 4;
const STATE_NAMES = ['OPEN', 'ON_TIME', 'LATE', 'OTHER', 'OVERDUE'];
const byCountThenKey = (a: { key: string; n: number }, b: { key: string; n: number }) =>
  b.n - a.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Rows handed to SQL to finish a figure (owner names, Core Group members' collaborations). */
export interface FollowUpRows {
  owners: string[];
  states: string[];
  days: (number | null)[];
  counts: number[];
}

export class DashboardIndex {
  private readonly day: Int32Array;
  private readonly type: Int32Array;
  private readonly themeAt: Int32Array;
  private readonly themes: Int32Array;
  private readonly orgAt: Int32Array;
  private readonly orgs: Int32Array;
  private readonly personAt: Int32Array;
  private readonly people: Int32Array;
  private readonly a: Record<IndexArray, Int32Array>;
  /** Per country number: its codes at every M49 level, for the region filter. */
  private readonly countryCodes: (string | null)[][];
  /** Recently asked scopes' engagements (by number): every figure of one view scans once. */
  private readonly scoped = new Map<string, Int32Array>();

  constructor(
    packed: Record<IndexArray, Buffer>,
    readonly meta: IndexMeta,
    /** When the refresh that packed it ran: which rollup state it belongs to. */
    readonly generation: string,
  ) {
    this.a = Object.fromEntries(INDEX_ARRAYS.map((name) => [name, int32s(packed[name])])) as Record<
      IndexArray,
      Int32Array
    >;
    this.day = this.a.engagementDay;
    this.type = this.a.engagementType;
    this.themeAt = offsetsOf(this.a.engagementThemeCount);
    this.themes = this.a.engagementThemes;
    this.orgAt = offsetsOf(this.a.engagementOrganizationCount);
    this.orgs = this.a.engagementOrganizations;
    this.personAt = offsetsOf(this.a.engagementPersonCount);
    this.people = this.a.engagementPeople;
    this.countryCodes = meta.countries.map(([, ...codes]) => codes);
  }

  /** Whether it can answer a figure over a scope (a member filter needs the member among those it knows). */
  answers(figure: FigureName, scope: Scope): boolean {
    return (
      INDEXED_FIGURES.includes(figure) && (scope.memberId === null || scope.memberId in this.meta.members)
    );
  }

  /** Flags by number for the values of `wanted` found in `names`, or null when not filtered. */
  private static flags(names: string[], wanted: string[] | null): Uint8Array | null {
    if (!wanted) return null;
    const set = new Set(wanted);
    return Uint8Array.from(names, (n) => (set.has(n) ? 1 : 0));
  }

  /** Per organisation number: whether it is live and matches the kind and region filters (ORG_MATCHES). */
  private orgMatcher(scope: Scope): (o: number) => boolean {
    const kinds = DashboardIndex.flags(this.meta.kinds, scope.kinds);
    const regions = scope.regions && new Set(scope.regions);
    const countries =
      regions && this.countryCodes.map((codes) => codes.some((c) => c !== null && regions.has(c)));
    const { organizationKind: kind, organizationCountry: country, organizationLive: live } = this.a;
    return (o) =>
      live[o] === 1 &&
      (kinds === null || kinds[kind[o]] === 1) &&
      (countries === null || (country[o] >= 0 && countries[country[o]]));
  }

  /** The engagements (by number) of a scope: SCOPED_ENGAGEMENTS, from the arrays. */
  engagementsOf(scope: Scope): Int32Array {
    const key = JSON.stringify([
      scope.from,
      scope.to,
      scope.themes,
      scope.kinds,
      scope.regions,
      scope.memberId,
    ]);
    const cached = this.scoped.get(key);
    if (cached) return cached;
    const themes = DashboardIndex.flags(this.meta.themes, scope.themes);
    const byOrg = scope.kinds !== null || scope.regions !== null;
    const orgMatches = this.orgMatcher(scope);
    const member = scope.memberId === null ? -1 : this.meta.members[scope.memberId];
    const { day, themeAt, orgAt, orgs } = this;
    const out: number[] = [];
    for (let e = this.firstOn(EPOCH_DAY(scope.from)), last = EPOCH_DAY(scope.to); e < day.length; e += 1) {
      if (day[e] > last) break;
      if (themes) {
        let any = false;
        for (let t = themeAt[e]; t < themeAt[e + 1] && !any; t += 1) any = themes[this.themes[t]] === 1;
        if (!any) continue;
      }
      if (byOrg) {
        let any = false;
        for (let o = orgAt[e]; o < orgAt[e + 1] && !any; o += 1) any = orgMatches(orgs[o]);
        if (!any) continue;
      }
      if (member >= 0) {
        let any = false;
        for (let o = orgAt[e]; o < orgAt[e + 1] && !any; o += 1) any = orgs[o] === member;
        if (!any) continue;
      }
      out.push(e);
    }
    const found = Int32Array.from(out);
    if (this.scoped.size >= 32) this.scoped.delete(this.scoped.keys().next().value as string);
    this.scoped.set(key, found);
    return found;
  }

  /** The first engagement dated on or after `day` (engagements are in date order). */
  private firstOn(day: number): number {
    return firstAtLeast(this.day, day);
  }

  /** The first follow-up due on or after `day` (follow-ups are in due order). */
  private firstDue(day: number): number {
    return firstAtLeast(this.a.followUpDue, day);
  }

  /** Live organisations that took part in the scope's engagements and match its filters (ENGAGED_ORGANIZATIONS). */
  private engagedOrganizations(scope: Scope): number[] {
    const matches = this.orgMatcher(scope);
    const seen = new Uint8Array(this.a.organizationKind.length);
    const found: number[] = [];
    for (const e of this.engagementsOf(scope))
      for (let i = this.orgAt[e]; i < this.orgAt[e + 1]; i += 1) {
        const o = this.orgs[i];
        if (seen[o] === 0 && matches(o)) {
          seen[o] = 1;
          found.push(o);
        }
      }
    return found;
  }

  private keyed(counts: Map<string, number>): { key: string; n: number }[] {
    return [...counts].map(([key, n]) => ({ key, n })).sort(byCountThenKey);
  }

  /** The rows of a figure's SQL, for the figures in INDEXED_FIGURES but followUpsByOwner and coreGroupActivity. */
  rows(figure: FigureName, scope: Scope): Record<string, unknown>[] {
    const engagements = () => this.engagementsOf(scope);
    const count = (keyOf: (e: number) => string | null) => {
      const counts = new Map<string, number>();
      for (const e of engagements()) {
        const key = keyOf(e);
        if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return counts;
    };
    switch (figure) {
      case 'activePartners':
        return [{ n: this.engagedOrganizations(scope).length }];
      case 'engagementsByMonth': {
        const months = new Map<number, string>();
        const monthOf = (e: number) => {
          const d = this.day[e];
          let month = months.get(d);
          if (month === undefined)
            months.set(d, (month = new Date(d * 86_400_000).toISOString().slice(0, 7)));
          return month;
        };
        return [...count(monthOf)].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([key, n]) => ({ key, n }));
      }
      case 'engagementsByType':
        return this.keyed(count((e) => this.meta.types[this.type[e]]));
      case 'engagementsByTheme': {
        const counts = new Uint32Array(this.meta.themes.length);
        for (const e of engagements())
          for (let t = this.themeAt[e]; t < this.themeAt[e + 1]; t += 1) counts[this.themes[t]] += 1;
        return this.keyed(
          new Map(this.meta.themes.map((key, t) => [key, counts[t]] as const).filter(([, n]) => n)),
        );
      }
      case 'engagementsByOrganizationKind': {
        const matches = this.orgMatcher(scope);
        const counts = new Uint32Array(this.meta.kinds.length);
        const seen = new Int32Array(this.meta.kinds.length).fill(-1);
        for (const e of engagements())
          for (let i = this.orgAt[e]; i < this.orgAt[e + 1]; i += 1) {
            const o = this.orgs[i];
            const kind = this.a.organizationKind[o];
            if (seen[kind] !== e && matches(o)) {
              seen[kind] = e;
              counts[kind] += 1;
            }
          }
        return this.keyed(
          new Map(this.meta.kinds.map((key, k) => [key, counts[k]] as const).filter(([, n]) => n)),
        );
      }
      case 'countriesEngaged': {
        const counts = new Map<string, number>();
        for (const o of this.engagedOrganizations(scope)) {
          const c = this.a.organizationCountry[o];
          if (c >= 0) counts.set(this.meta.countries[c][0], (counts.get(this.meta.countries[c][0]) ?? 0) + 1);
        }
        return this.keyed(counts);
      }
      case 'subRegionsReached': {
        const counts = new Map(this.meta.subRegions.map((code) => [code, 0]));
        for (const o of this.engagedOrganizations(scope)) {
          const c = this.a.organizationCountry[o];
          const sub = c >= 0 ? this.meta.countries[c][2] : null;
          if (sub !== null && counts.has(sub)) counts.set(sub, (counts.get(sub) as number) + 1);
        }
        return [...counts]
          .map(([key, n]) => ({ key, n }))
          .sort((a, b) => a.n - b.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      }
      case 'peopleEngaged': {
        const seen = new Uint8Array(this.a.personFlags.length);
        const totals = { total: 0, global_south: 0, women: 0, youth: 0 };
        for (const e of engagements())
          for (let i = this.personAt[e]; i < this.personAt[e + 1]; i += 1) {
            const p = this.people[i];
            if (seen[p] === 1) continue;
            seen[p] = 1;
            const flags = this.a.personFlags[p];
            totals.total += 1;
            if (flags & PERSON.globalSouth) totals.global_south += 1;
            if (flags & PERSON.woman) totals.women += 1;
            if (flags & PERSON.youth) totals.youth += 1;
          }
        return [totals];
      }
      default:
        throw new Error(`The dashboard index does not answer ${figure} by itself`);
    }
  }

  /**
   * Follow-ups due in the scope (its `to` is the follow-ups' last due day), about one of its engagements when a
   * theme, kind, region or member filter is set: counts by owner, state and days to close, `today` deciding what is
   * overdue (the database's current date, as the live SQL's).
   */
  followUps(scope: Scope, today: string): FollowUpRows {
    const filtered =
      scope.themes !== null || scope.kinds !== null || scope.regions !== null || scope.memberId !== null;
    const inScope = filtered ? new Uint8Array(this.day.length) : null;
    if (inScope) for (const e of this.engagementsOf(scope)) inScope[e] = 1;
    const [from, to, now] = [EPOCH_DAY(scope.from), EPOCH_DAY(scope.to), EPOCH_DAY(today)];
    const {
      followUpDue: due,
      followUpOwner: owner,
      followUpEngagement: about,
      followUpState: state,
    } = this.a;
    const days = this.a.followUpDays;
    // Keyed by number (owner, state, days + 2^19), not by string: there may be hundreds of thousands.
    const counts = new Map<number, number>();
    for (let f = this.firstDue(from); f < due.length && due[f] <= to; f += 1) {
      if (inScope && (about[f] < 0 || inScope[about[f]] === 0)) continue;
      const s = state[f] === FOLLOW_UP.open ? (due[f] < now ? OVERDUE : FOLLOW_UP.open) : state[f];
      const key = (owner[f] * 8 + s) * 2 ** 20 + days[f] + 2 ** 19;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const rows: FollowUpRows = { owners: [], states: [], days: [], counts: [] };
    for (const [key, n] of counts) {
      const ownerAndState = Math.floor(key / 2 ** 20);
      const d = key - ownerAndState * 2 ** 20 - 2 ** 19;
      rows.owners.push(this.meta.owners[Math.floor(ownerAndState / 8)]);
      rows.states.push(STATE_NAMES[ownerAndState % 8]);
      rows.days.push(d === -1 ? null : d);
      rows.counts.push(n);
    }
    return rows;
  }

  /** For each organisation ever in the Core Group: how many of the scope's engagements it took part in. */
  memberEngagements(scope: Scope): { ids: string[]; counts: number[] } {
    const member = new Map(Object.entries(this.meta.members).map(([id, o]) => [o, id]));
    const counts = new Map<number, number>();
    for (const e of this.engagementsOf(scope))
      for (let i = this.orgAt[e]; i < this.orgAt[e + 1]; i += 1)
        if (member.has(this.orgs[i])) counts.set(this.orgs[i], (counts.get(this.orgs[i]) ?? 0) + 1);
    return {
      ids: [...counts.keys()].map((o) => member.get(o) as string),
      counts: [...counts.values()],
    };
  }
}
