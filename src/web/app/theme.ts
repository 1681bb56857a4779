// Mantine theme. primaryShade 8 keeps white text on primary buttons above WCAG AA contrast (axe flags the default shade),
// and "dimmed" text is darkened for the same reason.
import { createTheme, type CSSVariablesResolver } from '@mantine/core';
import { readableColorVariables, readableVariantColors } from './readable-colors.js';

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  focusRing: 'auto',
  // Every coloured component (Badge, Button, Alert, …) gets colours with at least 4.5:1 contrast; see readable-colors.ts.
  variantColorResolver: readableVariantColors,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  components: {
    Anchor: { defaultProps: { underline: 'always' } },
    // Slider marks ("1" … "5") are text: gray 6 is 3.3:1 on white.
    Slider: { styles: { markLabel: { color: 'var(--mantine-color-gray-7)' } } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    ...readableColorVariables(t),
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Placeholders ("Kies een bestand") are text too: gray 6 is 3.3:1 on white, gray 7 8:1.
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    // Error text next to fields: red 9 instead of red 6 (3.3:1 on white fails WCAG AA).
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
