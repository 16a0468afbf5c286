import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * One UN-adjacent blue accent, neutral greys, semantic colours used sparingly. Shade 6 (#1f5fa8) is the filled
 * colour: white text on it has a contrast of 6.4:1, and it reads at 5.6:1 on its own light tint (WCAG AA).
 */
const un: MantineColorsTuple = [
  '#eaf2fb',
  '#d3e3f5',
  '#a7c6ea',
  '#78a7de',
  '#4f8bd2',
  '#3176c4',
  '#1f5fa8',
  '#184d8a',
  '#123c6c',
  '#0b2a4e',
];

export const theme = createTheme({
  primaryColor: 'un',
  primaryShade: 6,
  colors: { un },
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', 'Liberation Sans', Arial, sans-serif",
  fontFamilyMonospace: "ui-monospace, 'SFMono-Regular', 'Cascadia Mono', 'Liberation Mono', Menlo, monospace",
  headings: {
    fontWeight: '600',
    sizes: {
      h1: { fontSize: '1.625rem', lineHeight: '1.3' },
      h2: { fontSize: '1.125rem', lineHeight: '1.4' },
      h3: { fontSize: '1rem', lineHeight: '1.4' },
    },
  },
  // An 8-px scale, with a 4-px half step for tight spots.
  spacing: { xs: '0.25rem', sm: '0.5rem', md: '1rem', lg: '1.5rem', xl: '2rem' },
  defaultRadius: 'md',
  focusRing: 'auto',
  respectReducedMotion: true,
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Badge: { defaultProps: { tt: 'none', radius: 'sm' } },
    Modal: {
      defaultProps: { centered: true, radius: 'md', overlayProps: { backgroundOpacity: 0.35, blur: 1 } },
      styles: { title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    Paper: { defaultProps: { radius: 'md' } },
    Tooltip: { defaultProps: { withArrow: true, openDelay: 300 } },
  },
});

/**
 * Darker greys and red than Mantine's defaults, so hints and error text meet WCAG AA on white; and darker text
 * on the light (tinted) variant of the semantic colours, which Mantine draws in shade 6 (under 4.5:1 there).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-placeholder': '#6b7280',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    '--mantine-color-body': '#ffffff',
    '--mantine-color-red-light-color': '#b02525',
    '--mantine-color-orange-light-color': '#a63c06',
    '--mantine-color-yellow-light-color': '#7a5a00',
    '--mantine-color-green-light-color': '#1e6b2e',
    '--mantine-color-teal-light-color': '#0b6b55',
    '--mantine-color-gray-light-color': '#343a40',
  },
  dark: {},
});
