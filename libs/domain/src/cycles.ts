/**
 * Between Dialogues everything belongs to a cycle: the time from one Dialogue to the next. Cycle N starts on
 * the first day of Dialogue N and ends the day before Dialogue N+1 (open-ended while there is none); cycle 0 is
 * everything before the 1st Dialogue. "Since the last Dialogue" is the current cycle.
 */
export interface DialogueDates {
  number: number;
  startDate: string;
  endDate: string;
}

export interface Cycle {
  /** The number of the Dialogue that opened it; 0 before the first. */
  number: number;
  /** First day (YYYY-MM-DD), null for cycle 0. */
  from: string | null;
  /** Last day (YYYY-MM-DD), null while no later Dialogue is scheduled. */
  to: string | null;
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Every cycle, oldest first, from the Dialogues (any order). */
export function cyclesOf(dialogues: readonly DialogueDates[]): Cycle[] {
  const sorted = [...dialogues].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const cycles: Cycle[] = [{ number: 0, from: null, to: sorted[0] ? dayBefore(sorted[0].startDate) : null }];
  sorted.forEach((d, i) => {
    const next = sorted[i + 1];
    cycles.push({ number: d.number, from: d.startDate, to: next ? dayBefore(next.startDate) : null });
  });
  return cycles;
}

/** The cycle a date (YYYY-MM-DD) falls in. */
export function cycleOf(date: string, dialogues: readonly DialogueDates[]): Cycle {
  const cycles = cyclesOf(dialogues);
  return [...cycles].reverse().find((c) => c.from === null || c.from <= date) ?? cycles[0];
}
