import { deepFreeze, type ReferenceSource } from './freeze';

/** A theme that engagements, collaborations, recommendations and Dialogue sessions are tagged with. */
export interface Theme {
  /** Stable key: stored in the database, never renamed. */
  readonly key: ThemeKey;
  readonly name: { readonly en: string; readonly fr: string; readonly es: string };
  readonly description: string;
  /** True for conflict prevention, the theme the others are viewed through. */
  readonly overarching?: boolean;
}

export const THEME_KEYS = deepFreeze([
  'conflict-prevention',
  'financing',
  'civil-society-inclusion',
  'yps',
  'wps',
] as const);
export type ThemeKey = (typeof THEME_KEYS)[number];

export const THEMES_SOURCE: ReferenceSource = deepFreeze({
  source:
    'The CSO–UN Dialogue on Peacebuilding: conflict prevention as the overarching theme of the 2nd Dialogue, with ' +
    'financing for peacebuilding, meaningful civil society inclusion and YPS as sub-themes (identified by the ' +
    'ImPACT Coalition on Peacebuilding). Women, Peace and Security is the fifth built-in theme (Convene brief).',
  asOf: '2024-12-12',
  note: 'Administrators can add further themes as data; these five are the ones the code can rely on.',
});

/** The built-in themes. Conflict prevention comes first. */
export const THEMES: readonly Theme[] = deepFreeze([
  {
    key: 'conflict-prevention',
    name: { en: 'Conflict prevention', fr: 'Prévention des conflits', es: 'Prevención de conflictos' },
    description:
      'Preventing violent conflict from breaking out, escalating, continuing or recurring: the overarching theme ' +
      'of the Dialogue, through which the other themes are viewed.',
    overarching: true,
  },
  {
    key: 'financing',
    name: {
      en: 'Financing for peacebuilding',
      fr: 'Financement de la consolidation de la paix',
      es: 'Financiación de la consolidación de la paz',
    },
    description:
      'Adequate, predictable and sustained financing for peacebuilding, including funding that reaches local ' +
      'civil society.',
  },
  {
    key: 'civil-society-inclusion',
    name: {
      en: 'Meaningful civil society inclusion',
      fr: 'Inclusion significative de la société civile',
      es: 'Inclusión significativa de la sociedad civil',
    },
    description:
      'Meaningful participation of civil society, especially local peacebuilders and organisations from the Global ' +
      'South, in UN peacebuilding policy and practice.',
  },
  {
    key: 'yps',
    name: {
      en: 'Youth, Peace and Security',
      fr: 'Les jeunes et la paix et la sécurité',
      es: 'La juventud y la paz y la seguridad',
    },
    description:
      'The Youth, Peace and Security agenda (Security Council resolutions 2250 (2015), 2419 (2018) and 2535 (2020)): ' +
      'young people aged 18–29 as partners in preventing conflict and building peace.',
  },
  {
    key: 'wps',
    name: {
      en: 'Women, Peace and Security',
      fr: 'Les femmes et la paix et la sécurité',
      es: 'Las mujeres y la paz y la seguridad',
    },
    description:
      'The Women, Peace and Security agenda (Security Council resolution 1325 (2000) and its successors): the ' +
      'participation and protection of women in preventing and resolving conflict and building peace.',
  },
]);

const byKey = new Map(THEMES.map((theme) => [theme.key, theme]));

/** The built-in theme with this key, or undefined. */
export function getTheme(key: string): Theme | undefined {
  return byKey.get(key as ThemeKey);
}
