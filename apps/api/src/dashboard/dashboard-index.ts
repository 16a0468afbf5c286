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
  'engagementOfOrganizationLink',
  'engagementOrganizations',
  'engagementOfPersonLink',
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
  /** Every organisation's id by number (for the network). */
  organizations: string[];
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
/**
 * Where each of `n` engagements' links start in a link array, from counts per engagement or from the engagement of
 * each link (in order): the links of e are at [offsets[e], offsets[e + 1]).
 */
function offsetsOf(n: number, counts: { perEngagement: Int32Array } | { ofLink: Int32Array }): Int32Array {
  const offsets = new Int32Array(n + 1);
  if ('perEngagement' in counts) for (let e = 0; e < n; e += 1) offsets[e + 1] = counts.perEngagement[e];
  else for (const e of counts.ofLink) offsets[e + 1] += 1;
  for (let e = 0; e < n; e += 1) offsets[e + 1] += offsets[e];
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
/** Whether any of engagement e's links (`values` from `at[e]` to `at[e + 1]`) is flagged. */
function anyFlagged(at: Int32Array, values: Int32Array, e: number, flags: Uint8Array): boolean {
  for (let i = at[e]; i < at[e + 1]; i += 1) if (flags[values[i]] === 1) return true;
  return false;
}
/** Follow-up states by their packed number (FOLLOW_UP). */
const STATE_NAMES = ['OPEN', 'ON_TIME', 'LATE', 'OTHER'];
const byCountThenKey = (a: { key: string; n: number }, b: { key: string; n: number }) =>
  b.n - a.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Rows handed to SQL to finish a figure (owner names, Core Group members' collaborations). */
export interface FollowUpRows {
  owners: string[];
  states: string[];
  days: (number | null)[];
  counts: number[];
}

/*
 * The loops below read typed arrays held in locals, and test organisations against flags worked out once per
 * scope: at a million engagements they run in milliseconds only so.
 */
export class DashboardIndex {
  private readonly day: Int32Array;
  private readonly type: Int32Array;
  private readonly themeAt: Int32Array;
  private readonly themes: Int32Array;
  private readonly orgAt: Int32Array;
  private readonly orgs: Int32Array;
  private readonly personAt: Int32Array;
  private readonly people: Int32Array;
  private readonly orgKind: Int32Array;
  private readonly orgCountry: Int32Array;
  private readonly orgLive: Int32Array;
  /** The reverse links, built on load: the engagements of organisation o are at [engagementAt[o], …[o + 1]). */
  private readonly engagementAt: Int32Array;
  private readonly engagementsOfOrg: Int32Array;
  /** Scratch counts per organisation for engagementNeighbours (all zero between calls). */
  private neighbourCounts: Int32Array | undefined;
  /** Organisation number by id, made when the network first needs it. */
  private organizationNumbers: Map<string, number> | undefined;
  private readonly personFlags: Int32Array;
  private readonly followUpDue: Int32Array;
  private readonly followUpEngagement: Int32Array;
  /** Per follow-up: its group (owner, state, days) when done or closed, or its owner's open group (owner × 2). */
  private readonly followUpGroup: Int32Array;
  private readonly followUpOpen: Uint8Array;
  /** The closed groups: owner, state name and days of each. */
  private readonly closedGroups: { owner: string; state: string; days: number | null }[] = [];
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
    const a = Object.fromEntries(INDEX_ARRAYS.map((name) => [name, int32s(packed[name])])) as Record<
      IndexArray,
      Int32Array
    >;
    this.day = a.engagementDay;
    this.type = a.engagementType;
    const n = this.day.length;
    this.themeAt = offsetsOf(n, { perEngagement: a.engagementThemeCount });
    this.themes = a.engagementThemes;
    this.orgAt = offsetsOf(n, { ofLink: a.engagementOfOrganizationLink });
    this.orgs = a.engagementOrganizations;
    this.personAt = offsetsOf(n, { ofLink: a.engagementOfPersonLink });
    this.people = a.engagementPeople;
    this.orgKind = a.organizationKind;
    this.orgCountry = a.organizationCountry;
    this.orgLive = a.organizationLive;
    this.engagementAt = offsetsOf(this.orgKind.length, { ofLink: this.orgs });
    this.engagementsOfOrg = new Int32Array(this.orgs.length);
    const next = this.engagementAt.slice(0, -1);
    for (let e = 0; e < n; e += 1)
      for (let i = this.orgAt[e]; i < this.orgAt[e + 1]; i += 1)
        this.engagementsOfOrg[next[this.orgs[i]]++] = e;
    this.personFlags = a.personFlags;
    this.followUpDue = a.followUpDue;
    this.followUpEngagement = a.followUpEngagement;
    this.countryCodes = meta.countries.map(([, ...codes]) => codes);
    // Closed follow-ups (done, cancelled) fall in a group that does not change with the day: number them now.
    const count = a.followUpDue.length;
    this.followUpGroup = new Int32Array(count);
    this.followUpOpen = new Uint8Array(count);
    const groups = new Map<string, number>();
    for (let f = 0; f < count; f += 1) {
      if (a.followUpState[f] === FOLLOW_UP.open) {
        this.followUpOpen[f] = 1;
        this.followUpGroup[f] = a.followUpOwner[f];
        continue;
      }
      const key = `${a.followUpOwner[f]} ${a.followUpState[f]} ${a.followUpDays[f]}`;
      let group = groups.get(key);
      if (group === undefined) {
        groups.set(key, (group = groups.size));
        this.closedGroups.push({
          owner: meta.owners[a.followUpOwner[f]],
          state: STATE_NAMES[a.followUpState[f]],
          days: a.followUpDays[f] === -1 ? null : a.followUpDays[f],
        });
      }
      this.followUpGroup[f] = group;
    }
  }

  get engagements(): number {
    return this.day.length;
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

  /**
   * Per organisation number: 1 if it matches the kind and region filters (ORG_MATCHES) and, unless `anyState`, is
   * live in the index.
   */
  private organizationsMatching(scope: Scope, anyState = false): Uint8Array {
    const kinds = DashboardIndex.flags(this.meta.kinds, scope.kinds);
    const regions = scope.regions && new Set(scope.regions);
    const countries = regions
      ? Uint8Array.from(this.countryCodes, (codes) =>
          codes.some((c) => c !== null && regions.has(c)) ? 1 : 0,
        )
      : null;
    const { orgKind: kind, orgCountry: country, orgLive: live } = this;
    const matching = new Uint8Array(kind.length);
    for (let o = 0; o < kind.length; o += 1)
      matching[o] =
        (anyState || live[o] === 1) &&
        (kinds === null || kinds[kind[o]] === 1) &&
        (countries === null || (country[o] >= 0 && countries[country[o]] === 1))
          ? 1
          : 0;
    return matching;
  }

  /** The engagements (by number, ascending) of a scope: SCOPED_ENGAGEMENTS, from the arrays. */
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
    const themeOk = DashboardIndex.flags(this.meta.themes, scope.themes);
    const orgOk = scope.kinds !== null || scope.regions !== null ? this.organizationsMatching(scope) : null;
    const member = scope.memberId === null ? -1 : this.meta.members[scope.memberId];
    const { day, themeAt, themes, orgAt, orgs } = this;
    const first = firstAtLeast(day, EPOCH_DAY(scope.from));
    const end = firstAtLeast(day, EPOCH_DAY(scope.to) + 1);
    const found = new Int32Array(Math.max(0, end - first));
    let n = 0;
    // The member filter as flags too, so the three tests are one.
    const memberFlag = member >= 0 ? new Uint8Array(this.orgKind.length) : null;
    if (memberFlag) memberFlag[member] = 1;
    for (let e = first; e < end; e += 1) {
      if (themeOk !== null && !anyFlagged(themeAt, themes, e, themeOk)) continue;
      if (orgOk !== null && !anyFlagged(orgAt, orgs, e, orgOk)) continue;
      if (memberFlag !== null && !anyFlagged(orgAt, orgs, e, memberFlag)) continue;
      found[n++] = e;
    }
    const list = found.slice(0, n);
    if (this.scoped.size >= 32) this.scoped.delete(this.scoped.keys().next().value as string);
    this.scoped.set(key, list);
    return list;
  }

  /** Live organisations that took part in the scope's engagements and match its filters (ENGAGED_ORGANIZATIONS). */
  private engagedOrganizations(scope: Scope): Int32Array {
    const list = this.engagementsOf(scope);
    const matching = this.organizationsMatching(scope);
    const { orgAt, orgs } = this;
    const found = new Int32Array(matching.length);
    let n = 0;
    for (let j = 0; j < list.length; j += 1) {
      const e = list[j];
      for (let i = orgAt[e]; i < orgAt[e + 1]; i += 1) {
        const o = orgs[i];
        if (matching[o] === 1) {
          matching[o] = 2; // counted
          found[n++] = o;
        }
      }
    }
    return found.subarray(0, n);
  }

  /** Rows { key, n } of the non-zero counts, by count then key, as the figures' SQL orders them. */
  private static keyed(names: string[], counts: ArrayLike<number>): { key: string; n: number }[] {
    const rows: { key: string; n: number }[] = [];
    for (let i = 0; i < names.length; i += 1) if (counts[i] > 0) rows.push({ key: names[i], n: counts[i] });
    return rows.sort(byCountThenKey);
  }

  /** The rows of a figure's SQL, for the figures in INDEXED_FIGURES but followUpsByOwner and coreGroupActivity. */
  rows(figure: FigureName, scope: Scope): Record<string, unknown>[] {
    switch (figure) {
      case 'activePartners':
        return [{ n: this.engagedOrganizations(scope).length }];
      case 'engagementsByMonth':
        return this.byMonth(this.engagementsOf(scope));
      case 'engagementsByType': {
        const list = this.engagementsOf(scope);
        const { type } = this;
        const counts = new Int32Array(this.meta.types.length);
        for (let j = 0; j < list.length; j += 1) counts[type[list[j]]] += 1;
        return DashboardIndex.keyed(this.meta.types, counts);
      }
      case 'engagementsByTheme': {
        const list = this.engagementsOf(scope);
        const { themeAt, themes } = this;
        const counts = new Int32Array(this.meta.themes.length);
        for (let j = 0; j < list.length; j += 1)
          for (let t = themeAt[list[j]]; t < themeAt[list[j] + 1]; t += 1) counts[themes[t]] += 1;
        return DashboardIndex.keyed(this.meta.themes, counts);
      }
      case 'engagementsByOrganizationKind': {
        const list = this.engagementsOf(scope);
        const matching = this.organizationsMatching(scope);
        const { orgAt, orgs, orgKind } = this;
        const counts = new Int32Array(this.meta.kinds.length);
        // The engagement each kind was last counted for: an engagement counts once per kind.
        const countedFor = new Int32Array(this.meta.kinds.length).fill(-1);
        for (let j = 0; j < list.length; j += 1) {
          const e = list[j];
          for (let i = orgAt[e]; i < orgAt[e + 1]; i += 1) {
            const kind = orgKind[orgs[i]];
            if (countedFor[kind] !== e && matching[orgs[i]] === 1) {
              countedFor[kind] = e;
              counts[kind] += 1;
            }
          }
        }
        return DashboardIndex.keyed(this.meta.kinds, counts);
      }
      case 'countriesEngaged': {
        const counts = new Int32Array(this.meta.countries.length);
        for (const o of this.engagedOrganizations(scope))
          if (this.orgCountry[o] >= 0) counts[this.orgCountry[o]] += 1;
        return DashboardIndex.keyed(
          this.meta.countries.map(([code]) => code),
          counts,
        );
      }
      case 'subRegionsReached': {
        const counts = new Map(this.meta.subRegions.map((code) => [code, 0]));
        const perCountry = new Int32Array(this.meta.countries.length);
        for (const o of this.engagedOrganizations(scope))
          if (this.orgCountry[o] >= 0) perCountry[this.orgCountry[o]] += 1;
        perCountry.forEach((n, c) => {
          const sub = this.countryCodes[c][1];
          if (n > 0 && sub !== null && counts.has(sub)) counts.set(sub, (counts.get(sub) as number) + n);
        });
        return [...counts]
          .map(([key, n]) => ({ key, n }))
          .sort((a, b) => a.n - b.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      }
      case 'peopleEngaged': {
        const list = this.engagementsOf(scope);
        const { personAt, people, personFlags } = this;
        const seen = new Uint8Array(personFlags.length);
        let [total, globalSouth, women, youth] = [0, 0, 0, 0];
        for (let j = 0; j < list.length; j += 1)
          for (let i = personAt[list[j]]; i < personAt[list[j] + 1]; i += 1) {
            const p = people[i];
            if (seen[p] === 1) continue;
            seen[p] = 1;
            const flags = personFlags[p];
            total += 1;
            if (flags & PERSON.globalSouth) globalSouth += 1;
            if (flags & PERSON.woman) women += 1;
            if (flags & PERSON.youth) youth += 1;
          }
        return [{ total, global_south: globalSouth, women, youth }];
      }
      default:
        throw new Error(`The dashboard index does not answer ${figure} by itself`);
    }
  }

  /** Engagements per month (YYYY-MM), from engagements in date order: each month is one run of them. */
  private byMonth(list: Int32Array): { key: string; n: number }[] {
    const rows: { key: string; n: number }[] = [];
    const { day } = this;
    let lastDay = Number.NaN;
    let month = '';
    for (let j = 0; j < list.length; j += 1) {
      const d = day[list[j]];
      if (d !== lastDay) {
        lastDay = d;
        const next = new Date(d * 86_400_000).toISOString().slice(0, 7);
        if (next !== month) rows.push({ key: (month = next), n: 0 });
      }
      rows[rows.length - 1].n += 1;
    }
    return rows;
  }

  /**
   * Follow-ups due in the scope (its `to` is the follow-ups' last due day), about one of its engagements when a
   * theme, kind, region or member filter is set: counts by owner, state and days to close, `today` deciding what is
   * overdue (the database's current date, as the live SQL's).
   */
  followUps(scope: Scope, today: string): FollowUpRows {
    const filtered =
      scope.themes !== null || scope.kinds !== null || scope.regions !== null || scope.memberId !== null;
    const inScope = filtered ? this.inScope(scope) : null;
    const { followUpDue: due, followUpEngagement: about, followUpGroup: group, followUpOpen: open } = this;
    const now = EPOCH_DAY(today);
    const closed = new Int32Array(this.closedGroups.length);
    // Per owner: [open, overdue].
    const opened = new Int32Array(this.meta.owners.length * 2);
    const end = firstAtLeast(due, EPOCH_DAY(scope.to) + 1);
    for (let f = firstAtLeast(due, EPOCH_DAY(scope.from)); f < end; f += 1) {
      if (inScope !== null && (about[f] < 0 || inScope[about[f]] === 0)) continue;
      if (open[f] === 1) opened[group[f] * 2 + (due[f] < now ? 1 : 0)] += 1;
      else closed[group[f]] += 1;
    }
    const rows: FollowUpRows = { owners: [], states: [], days: [], counts: [] };
    const add = (owner: string, state: string, days: number | null, n: number) => {
      rows.owners.push(owner);
      rows.states.push(state);
      rows.days.push(days);
      rows.counts.push(n);
    };
    this.closedGroups.forEach((g, i) => closed[i] > 0 && add(g.owner, g.state, g.days, closed[i]));
    this.meta.owners.forEach((owner, o) => {
      if (opened[o * 2] > 0) add(owner, 'OPEN', null, opened[o * 2]);
      if (opened[o * 2 + 1] > 0) add(owner, 'OVERDUE', null, opened[o * 2 + 1]);
    });
    return rows;
  }

  /** For each organisation ever in the Core Group: how many of the scope's engagements it took part in. */
  memberEngagements(scope: Scope): { ids: string[]; counts: number[] } {
    // Through each member's own engagements (a few members, tens of thousands each), not every engagement's links.
    const flags = this.inScope(scope);
    const { engagementAt, engagementsOfOrg } = this;
    const members = Object.entries(this.meta.members);
    const counts = members.map(([, o]) => {
      let n = 0;
      for (let j = engagementAt[o]; j < engagementAt[o + 1]; j += 1) n += flags[engagementsOfOrg[j]];
      return n;
    });
    return { ids: members.map(([id]) => id), counts };
  }

  /** Organisation number by id (undefined for one it does not hold). */
  organizationNumber(id: string): number | undefined {
    this.organizationNumbers ??= new Map(this.meta.organizations.map((orgId, o) => [orgId, o]));
    return this.organizationNumbers.get(id);
  }

  organizationId(o: number): string {
    return this.meta.organizations[o];
  }

  /**
   * Per organisation: 1 if the network may show it. Whether it is live and one the viewer is cleared for is read from
   * the live tables, not from the index, so a restriction or a deletion takes effect at once: `hidden` lists the
   * organisations deleted or protected now, each with whether this viewer may see it; every other one is live and
   * of standard risk. The kind and region filters apply as the index has them.
   */
  visibleOrganizations(scope: Scope, hidden: { id: string; shown: boolean }[]): Uint8Array {
    const visible = this.organizationsMatching(scope, true);
    for (const { id, shown } of hidden) {
      const o = this.organizationNumber(id);
      if (o !== undefined && !shown) visible[o] = 0;
    }
    return visible;
  }

  /**
   * The engagement side of the network: per organisation, the engagements of the scope it shared with each other
   * visible organisation, summed over them (its links' engagement counts), without building the pairs.
   */
  engagementActivity(scope: Scope, visible: Uint8Array): Float64Array {
    const activity = new Float64Array(visible.length);
    const list = this.engagementsOf(scope);
    const { orgAt, orgs } = this;
    for (let j = 0; j < list.length; j += 1) {
      const e = list[j];
      let k = 0;
      for (let i = orgAt[e]; i < orgAt[e + 1]; i += 1) k += visible[orgs[i]];
      if (k < 2) continue;
      for (let i = orgAt[e]; i < orgAt[e + 1]; i += 1) if (visible[orgs[i]] === 1) activity[orgs[i]] += k - 1;
    }
    return activity;
  }

  /** The scope's engagements as flags by number. */
  private inScope(scope: Scope): Uint8Array {
    const list = this.engagementsOf(scope);
    const cached = this.scopeFlags.get(list);
    if (cached) return cached;
    const flags = new Uint8Array(this.day.length);
    for (let j = 0; j < list.length; j += 1) flags[list[j]] = 1;
    this.scopeFlags.set(list, flags);
    return flags;
  }

  /** The scope's engagements as flags, per cached engagement list (gone with it). */
  private readonly scopeFlags = new WeakMap<Int32Array, Uint8Array>();

  /**
   * The visible organisations that shared an engagement of the scope with organisation `o`: how many there are
   * (`degree`), and for those flagged in `only` (every one when null), how many engagements each shared.
   * `inScope`: the scope's engagements as flags.
   */
  engagementNeighbours(
    o: number,
    inScope: Uint8Array,
    visible: Uint8Array,
    only: Uint8Array | null,
  ): { degree: number; shared: Map<number, number> } {
    // Counted in an array (a hub shares tens of thousands of engagements), then listed.
    const counts = (this.neighbourCounts ??= new Int32Array(this.orgKind.length));
    const touched: number[] = [];
    const { orgAt, orgs, engagementsOfOrg } = this;
    for (let j = this.engagementAt[o]; j < this.engagementAt[o + 1]; j += 1) {
      const e = engagementsOfOrg[j];
      if (inScope[e] !== 1) continue;
      for (let i = orgAt[e]; i < orgAt[e + 1]; i += 1) {
        const other = orgs[i];
        if (other === o || visible[other] !== 1) continue;
        if (counts[other]++ === 0) touched.push(other);
      }
    }
    const shared = new Map<number, number>();
    for (const other of touched) {
      if (only === null || only[other] === 1) shared.set(other, counts[other]);
      counts[other] = 0;
    }
    return { degree: touched.length, shared };
  }

  /** A reusable view of the scope for walking the network: who shares engagements with whom. */
  networkOf(
    scope: Scope,
    hidden: { id: string; shown: boolean }[],
  ): {
    visible: Uint8Array;
    neighbours: (o: number, only: Uint8Array | null) => { degree: number; shared: Map<number, number> };
  } {
    const visible = this.visibleOrganizations(scope, hidden);
    const flags = this.inScope(scope);
    return {
      visible,
      neighbours: (o, only) =>
        visible[o] === 1
          ? this.engagementNeighbours(o, flags, visible, only)
          : { degree: 0, shared: new Map<number, number>() },
    };
  }
}
