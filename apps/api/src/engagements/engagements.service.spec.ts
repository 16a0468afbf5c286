import { jest } from '@jest/globals';
import { DomainError } from '../common/domain-error';
import { cycleDateRange } from './engagements.service';

const DIALOGUES = [
  { number: 1, startDate: '2023-11-30', endDate: '2023-12-01' },
  { number: 2, startDate: '2024-12-12', endDate: '2024-12-13' },
];

describe('cycle filters as date ranges', () => {
  beforeAll(() => jest.useFakeTimers({ now: new Date('2025-06-01T12:00:00Z') }));
  afterAll(() => jest.useRealTimers());

  it.each([
    [{ cycle: 0 }, { from: null, to: '2023-11-29' }],
    [{ cycle: 1 }, { from: '2023-11-30', to: '2024-12-11' }],
    [{ cycle: 2 }, { from: '2024-12-12', to: null }],
    [{ sinceLastDialogue: true }, { from: '2024-12-12', to: null }],
    [{ sinceLastDialogue: false }, { from: null, to: '2024-12-11' }],
    [
      { cycle: 1, sinceLastDialogue: false },
      { from: '2023-11-30', to: '2024-12-11' },
    ],
    [{ cycle: 1, sinceLastDialogue: true }, null],
    [
      { cycle: 2, sinceLastDialogue: true },
      { from: '2024-12-12', to: null },
    ],
  ])('%j covers %j', (filter, range) => {
    expect(cycleDateRange(DIALOGUES, filter, 'cycle')).toEqual(range);
  });

  it('matches nothing before the first Dialogue exists', () => {
    expect(cycleDateRange([], { sinceLastDialogue: false }, 'cycle')).toBeNull();
    expect(cycleDateRange([], { sinceLastDialogue: true }, 'cycle')).toEqual({ from: null, to: null });
  });

  it('refuses a cycle that does not exist, naming the field', () => {
    expect(() => cycleDateRange(DIALOGUES, { cycle: 3 }, 'filter.cycle')).toThrow(DomainError);
    expect(() => cycleDateRange(DIALOGUES, { cycle: 3 }, 'filter.cycle')).toThrow(
      'filter.cycle: is not a Dialogue cycle',
    );
  });
});
