import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  groupByStatus,
  isFinalTextView,
  isMissingEvidence,
  needsEvidence,
  nextStep,
  readRecommendationsParams,
  recommendationFilter,
  stepIndex,
} from './pipeline';

describe('the recommendations pipeline', () => {
  it('wants evidence from "reflected in a draft" on', () => {
    expect(needsEvidence('SUBMITTED')).toBe(false);
    expect(needsEvidence('ACKNOWLEDGED')).toBe(false);
    expect(needsEvidence('REFLECTED_IN_DRAFT')).toBe(true);
    expect(needsEvidence('IN_FINAL_TEXT')).toBe(true);
    expect(needsEvidence('IMPLEMENTED')).toBe(true);
    expect(needsEvidence('NOT_TAKEN_UP')).toBe(false);
  });

  it('knows the steps in order, with "not taken up" off the pipeline', () => {
    expect(stepIndex('SUBMITTED')).toBe(0);
    expect(stepIndex('IMPLEMENTED')).toBe(4);
    expect(stepIndex('NOT_TAKEN_UP')).toBe(-1);
    expect(nextStep('ACKNOWLEDGED')).toBe('REFLECTED_IN_DRAFT');
    expect(nextStep('IMPLEMENTED')).toBeNull();
    expect(nextStep('NOT_TAKEN_UP')).toBeNull();
  });

  it('recognises the API refusing a status for want of evidence', () => {
    expect(
      isMissingEvidence({
        code: 'BAD_USER_INPUT',
        message: '',
        fields: [{ field: 'evidence', message: 'x' }],
      }),
    ).toBe(true);
    expect(
      isMissingEvidence({ code: 'BAD_USER_INPUT', message: '', fields: [{ field: 'title', message: 'x' }] }),
    ).toBe(false);
    expect(isMissingEvidence({ code: 'CONFLICT', message: '', fields: [] })).toBe(false);
    expect(isMissingEvidence(null)).toBe(false);
  });

  it('groups recommendations by status column', () => {
    const columns = groupByStatus([
      { id: 'a', status: 'SUBMITTED' as const },
      { id: 'b', status: 'NOT_TAKEN_UP' as const },
      { id: 'c', status: 'SUBMITTED' as const },
    ]);
    expect(columns.SUBMITTED.map((r) => r.id)).toEqual(['a', 'c']);
    expect(columns.NOT_TAKEN_UP.map((r) => r.id)).toEqual(['b']);
    expect(columns.IMPLEMENTED).toEqual([]);
  });
});

describe('the recommendations URL', () => {
  it('reads "what made it into the final text of the PBA review from the 3rd Dialogue"', () => {
    const state = readRecommendationsParams(
      new URLSearchParams(
        'dialogue=d3&process=pba-review-2025&status=IN_FINAL_TEXT,IMPLEMENTED,NOPE&q=youth',
      ),
    );
    expect(isFinalTextView(state.statuses)).toBe(true);
    expect(activeFilterCount(state)).toBe(4);
    expect(recommendationFilter(state)).toEqual({
      dialogueId: 'd3',
      policyProcesses: ['pba-review-2025'],
      statuses: ['IN_FINAL_TEXT', 'IMPLEMENTED'],
      text: 'youth',
    });
  });

  it('has no filter by default', () => {
    const state = readRecommendationsParams(new URLSearchParams(''));
    expect(recommendationFilter(state)).toEqual({});
    expect(isFinalTextView(state.statuses)).toBe(false);
  });
});
