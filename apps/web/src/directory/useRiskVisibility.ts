import { useCurrentUser } from '../auth/CurrentUser';
import { useCan } from '../auth/permissions';
import { RISK_LEVELS } from './sharedFilters';

/**
 * Whether the risk column and filter are offered, and with which levels. Risk levels are shown only to those
 * who manage protection; someone cleared for STANDARD records only ever sees STANDARD records, so a risk
 * column or filter would tell them nothing (and hint at what is hidden): they get neither.
 */
export function useRiskVisibility(): { canSeeRisk: boolean; levels: (typeof RISK_LEVELS)[number][] } {
  const me = useCurrentUser();
  const can = useCan();
  const cleared = RISK_LEVELS.slice(0, RISK_LEVELS.indexOf(me.clearance) + 1);
  const canSeeRisk = can('protection.manage') && cleared.length > 1;
  return { canSeeRisk, levels: canSeeRisk ? cleared : [] };
}
