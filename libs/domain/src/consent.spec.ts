import {
  ConsentAction,
  consentEventProblem,
  ConsentPurpose,
  ConsentState,
  currentConsent,
  CONSENT_PURPOSES,
} from './consent';

const event = (seq: number, purpose: ConsentPurpose, action: ConsentAction, date = '2026-01-01') => ({
  seq,
  purpose,
  action,
  date,
});

describe('consent rules', () => {
  it('has the seven purposes', () => {
    expect(CONSENT_PURPOSES).toHaveLength(7);
  });

  it('derives the state of each purpose from its latest event', () => {
    const state = currentConsent([
      event(3, ConsentPurpose.CONTACT, ConsentAction.WITHDRAWN),
      event(1, ConsentPurpose.CONTACT, ConsentAction.GIVEN),
      event(2, ConsentPurpose.QUOTE, ConsentAction.GIVEN),
    ]);
    expect(state.get(ConsentPurpose.CONTACT)).toMatchObject({
      state: ConsentState.WITHDRAWN,
      latest: { seq: 3 },
      lastGiven: { seq: 1 },
    });
    expect(state.get(ConsentPurpose.QUOTE)?.state).toBe(ConsentState.GIVEN);
    expect(state.get(ConsentPurpose.PUBLIC_ATTRIBUTION)).toEqual({
      state: ConsentState.NOT_ASKED,
      latest: null,
      lastGiven: null,
    });
    expect(state.size).toBe(7);
  });

  it('refuses future dates, dates before the last change, and withdrawing what was not given', () => {
    const given = { action: ConsentAction.GIVEN, date: '2026-03-01' };
    expect(consentEventProblem(ConsentAction.GIVEN, '2026-03-02', '2026-03-01', null)?.field).toBe('date');
    expect(consentEventProblem(ConsentAction.GIVEN, '2026-02-01', '2026-03-05', given)?.message).toMatch(
      /on or after 2026-03-01/,
    );
    expect(consentEventProblem(ConsentAction.WITHDRAWN, '2026-03-02', '2026-03-05', null)?.message).toMatch(
      /nothing to withdraw/,
    );
    expect(
      consentEventProblem(ConsentAction.WITHDRAWN, '2026-03-02', '2026-03-05', {
        action: ConsentAction.WITHDRAWN,
        date: '2026-03-01',
      })?.message,
    ).toMatch(/already withdrawn/);
    expect(consentEventProblem(ConsentAction.WITHDRAWN, '2026-03-01', '2026-03-05', given)).toBeNull();
    expect(consentEventProblem(ConsentAction.GIVEN, '2026-03-05', '2026-03-05', given)).toBeNull();
  });
});
