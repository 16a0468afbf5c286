import { deepFreeze, type ReferenceSource } from './freeze';
import type { ThemeKey } from './themes';

/** An annual edition of the CSO–UN Dialogue on Peacebuilding that has taken place. */
export interface DialogueEdition {
  /** Stable key, e.g. `dialogue-2024`. */
  readonly key: string;
  /** 1 for the 1st Dialogue, 2 for the 2nd … */
  readonly number: number;
  readonly title: string;
  /** First day (YYYY-MM-DD). */
  readonly startDate: string;
  /** Last day (YYYY-MM-DD). */
  readonly endDate: string;
  /** Null where the record does not say. */
  readonly venue: string | null;
  /** Keys of the co-chairs: UN entities (`dppa`) and known partners (`interpeace`). */
  readonly coChairs: readonly string[];
  /** Themes of the Dialogue; empty where the record does not list them. */
  readonly themes: readonly ThemeKey[];
  readonly notes: string;
}

export const DIALOGUES_SOURCE: ReferenceSource = deepFreeze({
  source: 'The concept note of the 2nd CSO–UN Dialogue on Peacebuilding (DPPA and Interpeace).',
  asOf: '2024-12-13',
  note: 'Later Dialogues are data that staff enter in Convene; these two are the editions known when it was built.',
});

export const DIALOGUES: readonly DialogueEdition[] = deepFreeze([
  {
    key: 'dialogue-2023',
    number: 1,
    title: '1st CSO–UN Dialogue on Peacebuilding',
    startDate: '2023-11-30',
    endDate: '2023-12-01',
    venue: null,
    coChairs: ['dppa', 'interpeace'],
    themes: [],
    notes:
      '72 civil society participants from more than 45 countries, the majority from the Global South, joined by ' +
      'representatives of more than 20 UN entities and Member States, to discuss challenges and opportunities for ' +
      'meaningful civil society–UN collaboration and partnerships on peacebuilding. Launched by DPPA with a Core ' +
      'Group of civil society and UN system partners.',
  },
  {
    key: 'dialogue-2024',
    number: 2,
    title: '2nd CSO–UN Dialogue on Peacebuilding',
    startDate: '2024-12-12',
    endDate: '2024-12-13',
    venue: 'UN Headquarters, New York',
    coChairs: ['dppa', 'interpeace'],
    themes: ['conflict-prevention', 'financing', 'civil-society-inclusion', 'yps'],
    notes:
      'Thematic priorities leading up to the 2025 Review of the UN Peacebuilding Architecture: conflict prevention ' +
      'as the overarching theme, with financing for peacebuilding, meaningful civil society inclusion and Youth, ' +
      'Peace and Security viewed through the lens of prevention, as identified by the ImPACT Coalition on ' +
      'Peacebuilding at the 2024 UN Civil Society Conference. Also a moment to build collaborations for the Pact ' +
      'for the Future and the New Agenda for Peace.',
  },
]);
