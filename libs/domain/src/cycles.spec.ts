import { cycleOf, cyclesOf } from './cycles';

const DIALOGUES = [
  { number: 2, startDate: '2024-12-12', endDate: '2024-12-13' },
  { number: 1, startDate: '2023-11-30', endDate: '2023-12-01' },
];

describe('Dialogue cycles', () => {
  it('runs each cycle from one Dialogue to the day before the next', () => {
    expect(cyclesOf(DIALOGUES)).toEqual([
      { number: 0, from: null, to: '2023-11-29' },
      { number: 1, from: '2023-11-30', to: '2024-12-11' },
      { number: 2, from: '2024-12-12', to: null },
    ]);
  });

  it.each([
    ['2020-01-01', 0],
    ['2023-11-29', 0],
    ['2023-11-30', 1],
    ['2024-12-11', 1],
    ['2024-12-12', 2],
    ['2026-11-27', 2],
  ])('puts %s in cycle %i', (date, number) => {
    expect(cycleOf(date, DIALOGUES).number).toBe(number);
  });

  it('has only cycle 0 without Dialogues', () => {
    expect(cycleOf('2024-01-01', [])).toEqual({ number: 0, from: null, to: null });
  });
});
