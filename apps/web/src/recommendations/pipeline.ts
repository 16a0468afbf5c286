import type { RecommendationFilter, RecommendationStatus } from '../gql/graphql';
import type { AppError } from '../ui/errors';

/** The policy pipeline, in order; NOT_TAKEN_UP leaves it at any step. */
export const PIPELINE_STEPS: readonly RecommendationStatus[] = [
  'SUBMITTED',
  'ACKNOWLEDGED',
  'REFLECTED_IN_DRAFT',
  'IN_FINAL_TEXT',
  'IMPLEMENTED',
];

export const RECOMMENDATION_STATUSES: readonly RecommendationStatus[] = [...PIPELINE_STEPS, 'NOT_TAKEN_UP'];

/** "What made it into the final text": in the final text, or further. */
export const FINAL_TEXT_STATUSES: readonly RecommendationStatus[] = ['IN_FINAL_TEXT', 'IMPLEMENTED'];

export function isRecommendationStatus(value: unknown): value is RecommendationStatus {
  return typeof value === 'string' && (RECOMMENDATION_STATUSES as readonly string[]).includes(value);
}

/** From REFLECTED_IN_DRAFT on, the API wants at least one piece of evidence (document symbol, paragraph…). */
export function needsEvidence(status: RecommendationStatus): boolean {
  return status === 'REFLECTED_IN_DRAFT' || status === 'IN_FINAL_TEXT' || status === 'IMPLEMENTED';
}

/** The step reached, 0-based; NOT_TAKEN_UP is off the pipeline (-1). */
export function stepIndex(status: RecommendationStatus): number {
  return PIPELINE_STEPS.indexOf(status);
}

/** The step after this one, if any (the usual next move). */
export function nextStep(status: RecommendationStatus): RecommendationStatus | null {
  const index = stepIndex(status);
  return index >= 0 && index < PIPELINE_STEPS.length - 1 ? (PIPELINE_STEPS[index + 1] ?? null) : null;
}

/** The API refused a status because there is no evidence yet (BAD_USER_INPUT naming `evidence`). */
export function isMissingEvidence(error: AppError | null | undefined): boolean {
  return error?.code === 'BAD_USER_INPUT' && error.fields.some((field) => field.field === 'evidence');
}

/** Recommendations grouped by status column, in the API's order within each. */
export function groupByStatus<T extends { status: RecommendationStatus }>(
  items: readonly T[],
): Record<RecommendationStatus, T[]> {
  const columns = Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, [] as T[]])) as Record<
    RecommendationStatus,
    T[]
  >;
  for (const item of items) columns[item.status].push(item);
  return columns;
}

/** The pipeline's state as the URL holds it (`?dialogue=…&process=…&theme=…&status=IN_FINAL_TEXT,IMPLEMENTED&q=…`). */
export interface RecommendationsParams {
  dialogueId: string | null;
  policyProcess: string | null;
  theme: string | null;
  statuses: RecommendationStatus[];
  text: string;
}

export function readRecommendationsParams(params: URLSearchParams): RecommendationsParams {
  return {
    dialogueId: params.get('dialogue') || null,
    policyProcess: params.get('process') || null,
    theme: params.get('theme') || null,
    statuses: (params.get('status') ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(isRecommendationStatus),
    text: params.get('q') ?? '',
  };
}

export function recommendationFilter(state: RecommendationsParams): RecommendationFilter {
  return {
    ...(state.dialogueId ? { dialogueId: state.dialogueId } : {}),
    ...(state.policyProcess ? { policyProcesses: [state.policyProcess] } : {}),
    ...(state.theme ? { themes: [state.theme] } : {}),
    ...(state.statuses.length ? { statuses: state.statuses } : {}),
    ...(state.text.trim() ? { text: state.text.trim() } : {}),
  };
}

/** True when the statuses are exactly "in the final text or implemented". */
export function isFinalTextView(statuses: readonly RecommendationStatus[]): boolean {
  return (
    statuses.length === FINAL_TEXT_STATUSES.length && FINAL_TEXT_STATUSES.every((s) => statuses.includes(s))
  );
}

export function activeFilterCount(state: RecommendationsParams): number {
  return [
    state.dialogueId,
    state.policyProcess,
    state.theme,
    state.statuses.length,
    state.text.trim(),
  ].filter(Boolean).length;
}
