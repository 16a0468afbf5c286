import type { Cycle } from '@convene/domain';
import type { DashboardPeriod } from './dashboard.model';

export const DAY = 86_400_000;
export const today = () => new Date().toISOString().slice(0, 10);
export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
/** The current cycle has no end yet: follow-ups due later still belong to it. */
export const FAR_FUTURE = '9999-12-31';
/** Before the first Dialogue, a cycle has no start: the dashboard counts from here. */
export const BEGINNING = '2000-01-01';

export interface CyclePeriods {
  period: DashboardPeriod;
  previousPeriod: DashboardPeriod | null;
  /** The cycle runs on past today: its follow-ups are those due up to FAR_FUTURE. */
  openEnded: boolean;
}

/**
 * The days a cycle covers on the dashboard (the current one runs to today; a closed one to the day before the
 * next Dialogue), and the cycle before it to compare with. The API and the rollups both take them from here.
 */
export function periodsOfCycle(cycle: Cycle, cycles: readonly Cycle[], on: string): CyclePeriods {
  const from = cycle.from ?? BEGINNING;
  const to = cycle.to && cycle.to < on ? cycle.to : on;
  const before = cycles[cycles.findIndex((c) => c.number === cycle.number) - 1];
  return {
    period: { from, to: to < from ? from : to, cycle: cycle.number },
    previousPeriod: before
      ? { from: before.from ?? BEGINNING, to: before.to ?? addDays(from, -1), cycle: before.number }
      : null,
    openEnded: !cycle.to || cycle.to >= on,
  };
}

/** The last day of follow-ups due in a period: an open-ended cycle takes those due later too. */
export const followUpsTo = (period: DashboardPeriod, openEnded: boolean) =>
  openEnded ? FAR_FUTURE : period.to;
