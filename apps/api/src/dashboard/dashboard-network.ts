import type { DashboardIndex } from './dashboard-index';
import type { Scope } from './dashboard-figures';
import type { NetworkLink } from './dashboard.model';

/**
 * The partnership network of a period as the dashboard reads it: the most linked organisations, the links among
 * them, each one's activity and degree, and shortest chains. Two sources give it: every link from the live tables
 * (`LinkGraph`, fine at the Dialogue's size), or the engagement index plus the few collaboration and membership
 * links from SQL (`IndexGraph`), which never lists the millions of engagement pairs a large register has.
 */
export interface NetworkGraph {
  /** How many organisations have at least one link. */
  readonly organizations: number;
  /** The `first` with the most weight (engagements + collaborations + memberships over their links), then by id. */
  top(first: number): string[];
  /** The links among these organisations. */
  linksAmong(ids: string[]): NetworkLink[];
  /** An organisation's activity (engagements and collaborations over its links) and degree (its links). */
  measure(id: string): { activity: number; degree: number };
  /** The links of an organisation, each with the organisation at its other end. */
  neighbours(id: string): { id: string; link: NetworkLink }[];
}

const byId = (a: string, b: string) => a.localeCompare(b);
/** Pairs are keyed with the smaller id first, as the SQL (`a.organization_id < b.organization_id`) has them. */
const pairOf = (a: string, b: string) => (a < b ? [a, b] : [b, a]);

/** The shortest chain of links between two organisations (breadth first), or null when none joins them. */
export function shortestPath(
  graph: NetworkGraph,
  fromId: string,
  toId: string,
): { ids: string[]; links: NetworkLink[] } | null {
  if (!graph.neighbours(fromId).length || !graph.neighbours(toId).length) return null;
  const came = new Map<string, { from: string; link: NetworkLink } | null>([[fromId, null]]);
  const queue = [fromId];
  while (queue.length && !came.has(toId)) {
    const at = queue.shift() as string;
    for (const { id: next, link } of graph.neighbours(at)) {
      if (came.has(next)) continue;
      came.set(next, { from: at, link });
      queue.push(next);
    }
  }
  if (!came.has(toId)) return null;
  const ids = [toId];
  const links: NetworkLink[] = [];
  for (let step = came.get(toId); step; step = came.get(step.from)) {
    ids.unshift(step.from);
    links.unshift(step.link);
  }
  return { ids, links };
}

/** Sorted by the first organisation's id, then the second's: the same order from either source. */
function sortLinks(links: NetworkLink[]): NetworkLink[] {
  return links.sort((a, b) => byId(a.sourceId, b.sourceId) || byId(a.targetId, b.targetId));
}

/** The network from every link of the period (NETWORK_SQL). */
export class LinkGraph implements NetworkGraph {
  private readonly around = new Map<string, NetworkLink[]>();

  constructor(private readonly links: NetworkLink[]) {
    for (const l of links)
      for (const id of [l.sourceId, l.targetId]) this.around.set(id, [...(this.around.get(id) ?? []), l]);
  }

  get organizations(): number {
    return this.around.size;
  }

  top(first: number): string[] {
    const weight = (id: string) =>
      (this.around.get(id) ?? []).reduce(
        (n, l) => n + l.engagements + l.collaborations + (l.member ? 1 : 0),
        0,
      );
    return [...this.around.keys()]
      .map((id) => [id, weight(id)] as const)
      .sort((a, b) => b[1] - a[1] || byId(a[0], b[0]))
      .slice(0, first)
      .map(([id]) => id);
  }

  linksAmong(ids: string[]): NetworkLink[] {
    const shown = new Set(ids);
    return sortLinks(this.links.filter((l) => shown.has(l.sourceId) && shown.has(l.targetId)));
  }

  measure(id: string): { activity: number; degree: number } {
    const links = this.around.get(id) ?? [];
    return {
      activity: links.reduce((n, l) => n + l.engagements + l.collaborations, 0),
      degree: links.length,
    };
  }

  neighbours(id: string): { id: string; link: NetworkLink }[] {
    return (this.around.get(id) ?? []).map((link) => ({
      id: link.sourceId === id ? link.targetId : link.sourceId,
      link,
    }));
  }
}

/**
 * The network from the engagement index (shared engagements, counted per organisation without listing pairs) and
 * the collaboration and membership links (`other`, from NON_ENGAGEMENT_LINKS_SQL).
 */
export class IndexGraph implements NetworkGraph {
  private readonly walk: ReturnType<DashboardIndex['networkOf']>;
  /** Per organisation number: the engagement counts over its links. */
  private readonly engagementActivity: Float64Array;
  private readonly otherAround = new Map<string, NetworkLink[]>();

  constructor(
    private readonly index: DashboardIndex,
    scope: Scope,
    /** The index's view of the scope (`networkOf`, given who is withheld or deleted now). */
    walk: ReturnType<DashboardIndex['networkOf']>,
    other: NetworkLink[],
  ) {
    this.walk = walk;
    this.engagementActivity = index.engagementActivity(scope, this.walk.visible);
    for (const l of other)
      for (const id of [l.sourceId, l.targetId])
        this.otherAround.set(id, [...(this.otherAround.get(id) ?? []), l]);
  }

  private number(id: string): number {
    return this.index.organizationNumber(id) ?? -1;
  }

  private engagementActivityOf(id: string): number {
    const o = this.number(id);
    return o < 0 ? 0 : this.engagementActivity[o];
  }

  get organizations(): number {
    let n = 0;
    this.engagementActivity.forEach((a, o) => {
      if (a > 0 || this.otherAround.has(this.index.organizationId(o))) n += 1;
    });
    return n;
  }

  top(first: number): string[] {
    // Weights by organisation number, so a hundred thousand organisations need no map of ids.
    const weight = Float64Array.from(this.engagementActivity);
    for (const [id, links] of this.otherAround) {
      const o = this.number(id);
      if (o >= 0) weight[o] += links.reduce((n, l) => n + l.collaborations + (l.member ? 1 : 0), 0);
    }
    // Only those that can make the cut are sorted by weight, then id.
    const sorted = Float64Array.from(weight).sort();
    const cut = Math.max(sorted[sorted.length - Math.min(first, sorted.length)] ?? 0, Number.MIN_VALUE);
    const candidates: number[] = [];
    weight.forEach((w, o) => w >= cut && candidates.push(o));
    return candidates
      .map((o) => [this.index.organizationId(o), weight[o]] as const)
      .sort((a, b) => b[1] - a[1] || byId(a[0], b[0]))
      .slice(0, first)
      .map(([id]) => id);
  }

  /** Every link of `id` (engagements from the index, the rest from SQL), keyed by the other organisation. */
  /** Per organisation walked through (finding a path): every visible organisation it shared engagements with. */
  private readonly sharedCache = new Map<string, Map<number, number>>();

  private allShared(id: string): Map<number, number> {
    let shared = this.sharedCache.get(id);
    if (!shared) {
      const o = this.number(id);
      shared = o >= 0 ? this.walk.neighbours(o, null).shared : new Map<number, number>();
      this.sharedCache.set(id, shared);
    }
    return shared;
  }

  /**
   * For `id`: how many organisations it shared engagements with, and how many engagements it shared with each of
   * `focus` and of the organisations at the other end of its other links (no more: a hub has tens of thousands).
   */
  private sharedWith(id: string, focus: string[]): { degree: number; shared: Map<number, number> } {
    // linksAmong(top) asks first, for the ids measure(id) asks about next: its answer serves both.
    const known = this.focusCache.get(id);
    if (known && focus.every((other) => known.focus.has(other))) return known;
    const o = this.number(id);
    if (o < 0) return { degree: 0, shared: new Map() };
    const only = new Uint8Array(this.walk.visible.length);
    for (const other of [...focus, ...this.otherEnds(id)]) {
      const n = this.number(other);
      if (n >= 0) only[n] = 1;
    }
    const found = { ...this.walk.neighbours(o, only), focus: new Set(focus) };
    this.focusCache.set(id, found);
    return found;
  }

  private readonly focusCache = new Map<
    string,
    { degree: number; shared: Map<number, number>; focus: Set<string> }
  >();

  /** The link between two organisations (null when none), from their shared engagements and the other links. */
  private linkBetween(id: string, otherId: string, shared: number): NetworkLink | null {
    const other = (this.otherAround.get(id) ?? []).find(
      (l) => l.sourceId === otherId || l.targetId === otherId,
    );
    if (!shared && !other) return null;
    const [sourceId, targetId] = pairOf(id, otherId);
    return {
      sourceId,
      targetId,
      engagements: shared,
      collaborations: other?.collaborations ?? 0,
      member: other?.member ?? false,
    };
  }

  /** The organisations at the other end of the collaboration and membership links of `id`. */
  private otherEnds(id: string): string[] {
    return (this.otherAround.get(id) ?? []).map((l) => (l.sourceId === id ? l.targetId : l.sourceId));
  }

  linksAmong(ids: string[]): NetworkLink[] {
    const numbers = new Map(ids.map((id) => [this.number(id), id]));
    const links: NetworkLink[] = [];
    for (const id of ids) {
      const { shared } = this.sharedWith(id, ids);
      const others = new Set([
        ...[...shared.keys()].flatMap((o) => numbers.get(o) ?? []),
        ...this.otherEnds(id).filter((otherId) => numbers.has(this.number(otherId))),
      ]);
      for (const otherId of others) {
        const link = id < otherId && this.linkBetween(id, otherId, shared.get(this.number(otherId)) ?? 0);
        if (link) links.push(link);
      }
    }
    return sortLinks(links);
  }

  measure(id: string): { activity: number; degree: number } {
    const { degree, shared } = this.sharedWith(id, []);
    const onlyOther = new Set(this.otherEnds(id).filter((otherId) => !shared.has(this.number(otherId))));
    return {
      activity:
        this.engagementActivityOf(id) +
        (this.otherAround.get(id) ?? []).reduce((n, l) => n + l.collaborations, 0),
      degree: degree + onlyOther.size,
    };
  }

  neighbours(id: string): { id: string; link: NetworkLink }[] {
    const shared = this.allShared(id);
    const ends = new Set([
      ...[...shared.keys()].map((o) => this.index.organizationId(o)),
      ...this.otherEnds(id),
    ]);
    return [...ends].flatMap((otherId) => {
      const link = this.linkBetween(id, otherId, shared.get(this.number(otherId)) ?? 0);
      return link ? [{ id: otherId, link }] : [];
    });
  }
}
