import { deepFreeze, type ReferenceSource } from './freeze';

/** A policy process that Dialogue recommendations and other contributions can feed. */
export interface PolicyProcess {
  /** Stable key, e.g. `pba-review-2025`. */
  readonly key: string;
  readonly name: string;
  /** UN document symbols that founded, mandated or concluded the process, e.g. `S/RES/2558 (2020)`. */
  readonly symbols: readonly string[];
  /** Date (YYYY-MM-DD) of the founding or concluding decision, where there is one. */
  readonly adopted?: string;
  readonly description: string;
}

export const POLICY_PROCESSES_SOURCE: ReferenceSource = deepFreeze({
  source: 'UN General Assembly and Security Council resolutions, as listed in the Convene brief.',
  asOf: '2025-11-26',
  note: 'Only facts Convene is sure of: no symbol or date is given where it is not known.',
});

export const POLICY_PROCESSES: readonly PolicyProcess[] = deepFreeze([
  {
    key: 'pba-review-2025',
    name: '2025 Review of the UN Peacebuilding Architecture',
    symbols: ['A/RES/75/201', 'S/RES/2558 (2020)', 'S/RES/2805 (2025)'],
    adopted: '2025-11-26',
    description:
      'Mandated by General Assembly resolution 75/201 and Security Council resolution 2558 (2020); concluded by ' +
      'twin resolutions of the General Assembly and the Security Council adopted on 26 November 2025 (S/RES/2805 ' +
      '(2025) on the Council side). The 2nd Dialogue focused on priorities leading up to it.',
  },
  {
    key: 'pact-for-the-future',
    name: 'Pact for the Future',
    symbols: ['A/RES/79/1'],
    adopted: '2024-09-22',
    description:
      'Adopted by the General Assembly at the Summit of the Future in September 2024. Chapter II covers ' +
      'international peace and security.',
  },
  {
    key: 'new-agenda-for-peace',
    name: 'A New Agenda for Peace',
    symbols: [],
    description:
      "The Secretary-General's policy brief of July 2023 (Our Common Agenda, policy brief 9), with prevention at " +
      'its centre.',
  },
  {
    key: 'pbc-programme-of-work',
    name: 'Peacebuilding Commission (PBC) and its programme of work',
    symbols: ['A/RES/60/180', 'S/RES/1645 (2005)'],
    adopted: '2005-12-20',
    description:
      'The intergovernmental advisory body established by concurrent resolutions of the General Assembly and the ' +
      'Security Council in December 2005; contributions feed its meetings and its annual programme of work.',
  },
  {
    key: 'peacebuilding-fund',
    name: "Secretary-General's Peacebuilding Fund (PBF), including its Gender and Youth Promotion Initiative",
    symbols: ['A/RES/60/180', 'S/RES/1645 (2005)'],
    description:
      'The fund the Secretary-General was asked to establish by the resolutions that created the PBC, managed by ' +
      "DPPA's Peacebuilding Support Office. Its Gender and Youth Promotion Initiative (GYPI) funds civil society " +
      'and UN projects that advance gender equality and youth empowerment in peacebuilding.',
  },
  {
    key: 'wps-agenda',
    name: 'Women, Peace and Security agenda',
    symbols: [
      'S/RES/1325 (2000)',
      'S/RES/1820 (2008)',
      'S/RES/1888 (2009)',
      'S/RES/1889 (2009)',
      'S/RES/1960 (2010)',
      'S/RES/2106 (2013)',
      'S/RES/2122 (2013)',
      'S/RES/2242 (2015)',
      'S/RES/2467 (2019)',
      'S/RES/2493 (2019)',
    ],
    adopted: '2000-10-31',
    description: 'Security Council resolution 1325 (2000) and the resolutions that followed it.',
  },
  {
    key: 'yps-agenda',
    name: 'Youth, Peace and Security agenda',
    symbols: ['S/RES/2250 (2015)', 'S/RES/2419 (2018)', 'S/RES/2535 (2020)'],
    adopted: '2015-12-09',
    description:
      'Security Council resolutions 2250 (2015), 2419 (2018) and 2535 (2020). Resolution 2250 defines youth as ' +
      'persons aged 18–29.',
  },
]);

const byKey = new Map(POLICY_PROCESSES.map((process) => [process.key, process]));

/** The policy process with this key, or undefined. */
export function getPolicyProcess(key: string): PolicyProcess | undefined {
  return byKey.get(key);
}
