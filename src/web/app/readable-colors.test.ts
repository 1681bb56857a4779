// Every colour a component can ask for resolves to text that is readable on its own background (WCAG AA, 4.5:1).
import { mergeMantineTheme, DEFAULT_THEME, type MantineColor } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, readableColorVariables, readableVariantColors } from './readable-colors.js';
import { theme as appTheme } from './theme.js';

const theme = mergeMantineTheme(DEFAULT_THEME, appTheme);
const colors = Object.keys(theme.colors);
const asked = colors.flatMap((c) => [c, ...Array.from({ length: 10 }, (_, i) => `${c}.${i}`)]);

function solid(value: string, under: string): string {
  return value === 'transparent' ? under : value;
}

describe('readable variant colours', () => {
  for (const variant of ['filled', 'light', 'outline', 'subtle', 'transparent', 'white'] as const) {
    it(`${variant}: text reaches 4.5:1 on background and hover for every colour and shade`, () => {
      const failures: string[] = [];
      for (const color of [...asked, '#1b5e20', '#ffa94d']) {
        const r = readableVariantColors({ color: color as MantineColor, theme, variant });
        for (const bg of [solid(r.background ?? '', '#ffffff'), solid(r.hover ?? '', '#ffffff')]) {
          const text = r.color === 'var(--mantine-color-black)' ? theme.black : (r.color ?? '');
          const ratio = contrastRatio(text, bg);
          if (ratio < 4.5) failures.push(`${color}: ${text} on ${bg} = ${ratio.toFixed(2)}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('a light badge with a dark shade (orange.9) has a light background, not its text colour', () => {
    const r = readableVariantColors({ color: 'orange.9', theme, variant: 'light' });
    expect(r.background).toBe(theme.colors.orange[0]);
    expect(r.color).not.toBe(r.background);
  });

  it('the colour variables that components read directly are readable on white and on their light backgrounds', () => {
    const vars = readableColorVariables(theme);
    const v = (name: string, role: string) => vars[`--mantine-color-${name}-${role}`] ?? 'missing';
    for (const name of colors) {
      expect(contrastRatio(v(name, 'text'), '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio('#ffffff', v(name, 'filled'))).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(v(name, 'light-color'), v(name, 'light-hover'))).toBeGreaterThanOrEqual(4.5);
    }
  });
});
