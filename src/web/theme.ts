import { type CSSVariablesResolver, createTheme, MultiSelect, PasswordInput, Select, TextInput } from '@mantine/core';

const fontFamily = "'Noto Sans Khmer', 'Noto Sans', sans-serif";

/**
 * Khmer first: the self-hosted Noto Sans Khmer carries the Khmer script and
 * Noto Sans the Latin. Shades are one or two steps darker than Mantine's
 * defaults so that text on filled and light buttons, badges and alerts keeps a
 * contrast of at least 4.5:1 (WCAG AA), which the axe check enforces.
 */
export const theme = createTheme({
  fontFamily,
  headings: { fontFamily },
  // Mantine's teal, with the two darkest shades one step darker: white on a filled
  // button and teal text on a light one then both clear 4.5:1.
  colors: {
    teal: [
      '#e6fcf5',
      '#c3fae8',
      '#96f2d7',
      '#63e6be',
      '#38d9a9',
      '#20c997',
      '#12b886',
      '#0ca678',
      '#087f5b',
      '#066649',
    ],
  },
  primaryColor: 'teal',
  primaryShade: 9,
  defaultRadius: 'md',
  // Khmer stacks vowels and subscripts above and below the line: give it room.
  lineHeights: { xs: '1.5', sm: '1.6', md: '1.6', lg: '1.6', xl: '1.6' },
  // Every field on Komar's forms is required, so a red asterisk on each says nothing; the
  // `required` attribute still tells assistive technology, and labels stay plain words.
  components: {
    TextInput: TextInput.extend({ defaultProps: { withAsterisk: false } }),
    PasswordInput: PasswordInput.extend({ defaultProps: { withAsterisk: false } }),
    Select: Select.extend({ defaultProps: { withAsterisk: false } }),
    MultiSelect: MultiSelect.extend({ defaultProps: { withAsterisk: false } }),
  },
});

/** Mantine's dimmed grey and error red are too faint on white (below 4.5:1): use darker shades. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Mantine's red-6 for field errors is 3.3:1 on white; red-9 is 5.9:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
