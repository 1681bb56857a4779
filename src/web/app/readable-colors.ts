// Readable component colours. Mantine's palette is not made for text: orange 9 on white is 4.3:1, red 6 3.3:1, and since
// Mantine 9 a "light" variant with a shade (color="orange.9") paints the background in that very shade, under text of the
// colour's 9 — the same colour, so a badge becomes an empty coloured shape. Every filled, light, outline, subtle and
// transparent colour (Badge, Button, Alert, ActionIcon, ThemeIcon, …) is therefore resolved here: the shade a component asks
// for is darkened just as far as needed to reach WCAG AA (4.5:1) against the background it will be drawn on, hover included.
// The same values feed the --mantine-color-<name>-* variables that components read directly (NavLink, Tabs, Text c="red").
import {
  defaultVariantColorsResolver,
  parseThemeColor,
  rem,
  toRgba,
  type MantineTheme,
  type VariantColorsResolver,
} from '@mantine/core';

/** WCAG AA for normal text. */
export const AA = 4.5;

type Rgb = [number, number, number];

function rgbOf(color: string): Rgb {
  const { r, g, b } = toRgba(color);
  return [r, g, b];
}

function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(color: string | Rgb): number {
  const [r, g, b] = typeof color === 'string' ? rgbOf(color) : color;
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `color` painted with the given opacity over white. */
function overWhite(color: string, opacity: number): string {
  return hex(rgbOf(color).map((c) => c * opacity + 255 * (1 - opacity)) as Rgb);
}

/** The colour, darkened (mixed with black) in small steps until it reaches `min` against every background. */
export function readableOn(color: string, backgrounds: string[], min = AA): string {
  const base = rgbOf(color);
  for (let k = 0; k <= 1; k += 0.02) {
    const candidate = hex(base.map((c) => c * (1 - k)) as Rgb);
    if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= min)) return candidate;
  }
  return '#000000';
}

/** Hover of a filled colour: darker still, so white text keeps its contrast. */
function darker(color: string): string {
  return hex(rgbOf(color).map((c) => c * 0.88) as Rgb);
}

/** A background, darkened until white text on it reaches `min`. */
function readableUnderWhite(color: string, min = AA): string {
  return readableOn(color, ['#ffffff'], min);
}

export interface ColorRoles {
  filled: string;
  filledHover: string;
  light: string;
  lightHover: string;
  lightColor: string;
  outline: string;
  outlineHover: string;
  subtleHover: string;
  text: string;
}

/** Readable colours for one palette colour; `shade` is the shade a component asked for (color="red.9"), if any. */
export function colorRoles(theme: MantineTheme, name: string, shade?: number): ColorRoles {
  const palette: readonly string[] = theme.colors[name] ?? theme.colors.gray;
  const primaryShade = typeof theme.primaryShade === 'number' ? theme.primaryShade : theme.primaryShade.light;
  const at = (index: number) => palette[index] ?? palette[9] ?? '#000000';
  const pick = (fallback: number) => at(shade ?? fallback);
  const filled = readableUnderWhite(pick(primaryShade));
  const light = at(0);
  const lightHover = at(1);
  const outlineBase = pick(primaryShade);
  const outlineHover = overWhite(outlineBase, 0.05);
  const subtleHover = overWhite(pick(9), 0.12);
  const textOn = ['#ffffff', '#fcfcfc', outlineHover, subtleHover];
  return {
    filled,
    filledHover: darker(filled),
    light,
    lightHover,
    // Light backgrounds carry the darkest shade (or the one asked for, when it is at least 5), darkened where needed.
    lightColor: readableOn(at(shade !== undefined && shade >= 5 ? shade : 9), [light, lightHover]),
    outline: readableOn(outlineBase, textOn),
    outlineHover,
    subtleHover,
    text: readableOn(pick(primaryShade), textOn),
  };
}

/** Colours that are not from the palette (color="#1b5e20"): the same rules on the colour itself. */
function customRoles(color: string): ColorRoles {
  const hover = overWhite(color, 0.12);
  const text = readableOn(color, ['#ffffff', '#fcfcfc', hover]);
  const filled = readableUnderWhite(color);
  return {
    filled,
    filledHover: darker(filled),
    light: overWhite(color, 0.1),
    lightHover: hover,
    lightColor: readableOn(color, [overWhite(color, 0.1), hover]),
    outline: text,
    outlineHover: overWhite(color, 0.05),
    subtleHover: hover,
    text,
  };
}

export const readableVariantColors: VariantColorsResolver = (input) => {
  const { theme, variant } = input;
  const fallback = defaultVariantColorsResolver(input);
  const color = input.color ?? theme.primaryColor;
  const parsed = parseThemeColor({ color, theme });
  let roles: ColorRoles;
  if (parsed.isThemeColor) roles = colorRoles(theme, parsed.color, parsed.shade);
  else if (/^(#|rgb|hsl)/.test(color)) roles = customRoles(color);
  else return fallback;
  const border = `${rem(1)} solid transparent`;
  switch (variant) {
    case 'filled': {
      // autoContrast keeps dark text on light colours (yellow.2); everything else gets white text on a dark-enough fill.
      if (fallback.color === 'var(--mantine-color-black)') return fallback;
      return { background: roles.filled, hover: roles.filledHover, color: '#ffffff', border };
    }
    case 'light':
      return { background: roles.light, hover: roles.lightHover, color: roles.lightColor, border };
    case 'outline':
      return {
        background: 'transparent',
        hover: roles.outlineHover,
        color: roles.outline,
        border: `${rem(1)} solid ${roles.outline}`,
      };
    case 'subtle':
      return { background: 'transparent', hover: roles.subtleHover, color: roles.text, border };
    case 'transparent':
      return { background: 'transparent', hover: 'transparent', color: roles.text, border };
    case 'white':
      return { background: '#ffffff', hover: fallback.hover, color: roles.text, border };
    default:
      return fallback;
  }
};

/** The --mantine-color-<name>-* variables with the same readable values (light colour scheme). */
export function readableColorVariables(theme: MantineTheme): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const name of Object.keys(theme.colors)) {
    const r = colorRoles(theme, name);
    vars[`--mantine-color-${name}-text`] = r.text;
    vars[`--mantine-color-${name}-filled`] = r.filled;
    vars[`--mantine-color-${name}-filled-hover`] = r.filledHover;
    vars[`--mantine-color-${name}-light`] = r.light;
    vars[`--mantine-color-${name}-light-hover`] = r.lightHover;
    vars[`--mantine-color-${name}-light-color`] = r.lightColor;
    vars[`--mantine-color-${name}-outline`] = r.outline;
    vars[`--mantine-color-${name}-outline-hover`] = r.outlineHover;
  }
  return vars;
}
