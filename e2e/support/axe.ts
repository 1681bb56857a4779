// Accessibility check with axe-core: fails on serious or critical violations and prints them so they can be fixed.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { contrastFailures } from './contrast.js';

export interface AxeRecord {
  screen: string;
  url: string;
  violations: { id: string; impact: string | null | undefined; nodes: number }[];
  /** Text elements whose contrast was measured by the contrast check (see contrast.ts). */
  contrastChecked?: number;
}

/** Every check run in this test file, for a summary at the end. */
export const axeLog: AxeRecord[] = [];

/** Waits until no CSS animation or transition runs (a fading dropdown or modal is measured at part opacity otherwise). */
async function animationsSettled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          // endless ones (a loader, a skeleton's shimmer) never settle and do not fade text
          .filter((a) => a.effect?.getTiming().iterations !== Infinity)
          .every((a) => a.playState !== 'running'),
      undefined,
      { timeout: 5_000, polling: 50 },
    )
    .catch(() => undefined); // still moving after 5 s: axe measures the page as it is
}

async function check(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  // axe files contrast it cannot decide under "incomplete" and passes the page; measure every text element ourselves.
  const contrast = await contrastFailures(page);
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return { results, contrast, serious };
}

export async function expectNoSeriousAxeViolations(page: Page, screen = page.url()): Promise<void> {
  // Let animations (drawers, modals, notifications, a closing dropdown) settle so axe sees the final colours. Mantine
  // starts its exit transitions from timers, which a loaded CI machine runs late: wait, then wait for running animations.
  await page.waitForTimeout(350);
  await animationsSettled(page);
  let { results, contrast, serious } = await check(page);
  if (serious.length > 0 || contrast.failures.length > 0) {
    // Measured once more after a second: a real violation stays, a transition caught halfway does not. The first
    // finding is printed either way so a flicker can still be looked into.
    console.warn(
      `axe on ${screen}: first measurement found ${[...serious.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), ...contrast.failures.map((f) => `${f.element} "${f.text}" ${f.ratio}:1`)].join(', ')}; measuring again after 1 s`,
    );
    await page.waitForTimeout(1_000);
    await animationsSettled(page);
    ({ results, contrast, serious } = await check(page));
  }
  axeLog.push({
    screen,
    url: page.url(),
    violations: results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })),
    contrastChecked: contrast.checked,
  });
  if (serious.length > 0) {
    const report = serious
      .map(
        (v) =>
          `[${v.impact}] ${v.id}: ${v.help}\n` +
          v.nodes
            .slice(0, 5)
            .map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`)
            .join('\n'),
      )
      .join('\n');
    console.error(`axe on ${screen} (${page.url()}):\n${report}`);
  }
  const lowContrast = contrast.failures.map(
    (f) => `${f.element} "${f.text}": ${f.color} on ${f.background} = ${f.ratio}:1 (needs ${f.required}:1)`,
  );
  if (lowContrast.length > 0) {
    console.error(`text contrast on ${screen} (${page.url()}):\n    ${lowContrast.slice(0, 25).join('\n    ')}`);
  }
  expect(
    [
      ...serious.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}x)`),
      ...lowContrast.map((line) => `text contrast: ${line}`),
    ],
    `serious/critical axe violations or text below WCAG AA contrast on ${screen}`,
  ).toEqual([]);
}

/** One line per file for the test output: how many screens were checked and what axe still reports below "serious". */
export function axeSummary(): string {
  const minor = new Map<string, string[]>();
  for (const record of axeLog) {
    for (const v of record.violations) {
      const key = `${v.id} (${v.impact})`;
      minor.set(key, [...(minor.get(key) ?? []), record.screen]);
    }
  }
  const rest = [...minor.entries()].map(([id, screens]) => `${id} on ${screens.join(' / ')}`).join('; ');
  const texts = axeLog.reduce((sum, r) => sum + (r.contrastChecked ?? 0), 0);
  return `axe: ${axeLog.length} checks, 0 serious/critical, ${texts} text contrasts measured; other findings: ${rest || 'none'}`;
}
