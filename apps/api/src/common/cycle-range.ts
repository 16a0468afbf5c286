import { cycleOf, cyclesOf, type DialogueDates } from '@convene/domain';
import { InvalidInputError } from './domain-error';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The days (inclusive; null: open-ended) a cycle filter covers: `cycle` names a cycle by number,
 * `sinceLastDialogue` is the cycle today falls in (true) or everything before it (false); both together
 * intersect. Null when nothing can match; an unknown cycle is BAD_USER_INPUT naming `field`.
 */
export function cycleDateRange(
  dialogues: readonly DialogueDates[],
  filter: { cycle?: number; sinceLastDialogue?: boolean },
  field: string,
): { from: string | null; to: string | null } | null {
  let from: string | null = null;
  let to: string | null = null;
  if (filter.cycle !== undefined) {
    const cycle = cyclesOf(dialogues).find((c) => c.number === filter.cycle);
    if (!cycle) throw InvalidInputError.field(field, 'is not a Dialogue cycle');
    ({ from, to } = cycle);
  }
  if (filter.sinceLastDialogue !== undefined) {
    const current = cycleOf(today(), dialogues);
    if (filter.sinceLastDialogue) {
      if (current.from && (!from || current.from > from)) from = current.from;
    } else {
      // Before the current cycle; with no Dialogue yet, everything is in cycle 0 and nothing is before it.
      if (!current.from) return null;
      const dayBefore = new Date(Date.parse(`${current.from}T00:00:00Z`) - 86_400_000)
        .toISOString()
        .slice(0, 10);
      if (!to || dayBefore < to) to = dayBefore;
    }
  }
  return from && to && from > to ? null : { from, to };
}
