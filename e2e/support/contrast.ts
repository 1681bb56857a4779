// Text contrast, measured in the browser. axe reports contrast it cannot decide (text on a coloured badge, on a pseudo-element,
// a transparent layer) as "incomplete" and passes the page; badges whose text had exactly their background colour slipped
// through that way. This check takes every visible element with text of its own (and every filled-in input), its computed
// text colour (with opacity) and the background it is actually drawn on — the element's and its ancestors' background
// colours composited up to the nearest opaque one (white at the root) — and fails below WCAG AA: 4.5:1, or 3:1 for large
// text (at least 24px, or 18.66px bold). Disabled controls are exempt (WCAG 1.4.3), and so is text hidden from sight.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface ContrastFailure {
  element: string;
  text: string;
  color: string;
  background: string;
  ratio: number;
  required: number;
}

export interface ContrastResult {
  checked: number;
  skipped: number;
  failures: ContrastFailure[];
}

/** Runs in the page: returns every text element below the required contrast. */
function measureContrast(): ContrastResult {
  type Rgba = [number, number, number, number];
  const parse = (value: string): Rgba | null => {
    const m = /rgba?\(([^)]+)\)/.exec(value);
    if (!m) return null;
    const [r = 0, g = 0, b = 0, a = 1] = (m[1] ?? '')
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [r, g, b, a];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (t: number, b: number) => (t * top[3] + b * bottom[3] * (1 - top[3])) / a;
    return [mix(top[0], bottom[0]), mix(top[1], bottom[1]), mix(top[2], bottom[2]), a];
  };
  const lum = ([r, g, b]: Rgba) => {
    const ch = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
  };
  const ratio = (a: Rgba, b: Rgba) => {
    const la = lum(a);
    const lb = lum(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  };
  const css = ([r, g, b, a]: Rgba) =>
    a === 1 ? `rgb(${Math.round(r)},${Math.round(g)},${Math.round(b)})` : `rgba(${[r, g, b].map(Math.round)},${a})`;
  const describe = (el: Element) => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && parts.length < 3 && e !== document.body; e = e.parentElement) {
      const testId = e.getAttribute('data-testid');
      const cls = [...e.classList].filter((c) => c.startsWith('mantine-') && !c.includes('-root-')).slice(0, 1);
      parts.unshift(
        e.tagName.toLowerCase() + (testId ? `[data-testid=${testId}]` : '') + (cls.length ? `.${cls[0]}` : ''),
      );
    }
    return parts.join(' > ');
  };
  const hidden = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.clip === 'rect(0px, 0px, 0px, 0px)' || s.clipPath === 'inset(50%)') return true;
    }
    return false;
  };
  const disabled = (el: Element) =>
    el.closest(
      ':disabled, [aria-disabled="true"], [data-disabled="true"], [data-disabled=""], fieldset:disabled, [inert]',
    ) !== null;

  const elements = new Set<Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.trim() && node.parentElement) elements.add(node.parentElement);
  }
  for (const input of document.querySelectorAll('input, textarea')) {
    const el = input as HTMLInputElement;
    if (['hidden', 'checkbox', 'radio', 'range', 'color', 'file'].includes(el.type)) continue;
    if (el.value.trim()) elements.add(el);
  }

  const failures: ContrastFailure[] = [];
  let checked = 0;
  let skipped = 0;
  for (const el of elements) {
    if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TITLE', 'OPTION'].includes(el.tagName)) continue;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) continue;
    if (hidden(el) || disabled(el)) continue;
    const style = getComputedStyle(el);
    const inSvg = el instanceof SVGElement;
    let fg = parse(inSvg ? style.fill : style.color);
    if (!fg) {
      skipped++;
      continue;
    }
    // Opacity of the element and its ancestors fades the text into what lies behind it.
    let opacity = 1;
    for (let e: Element | null = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
    fg = [fg[0], fg[1], fg[2], fg[3] * opacity];
    if (fg[3] < 0.05) continue;
    // Background layers from the element outwards, down to the first opaque one.
    const layers: Rgba[] = [];
    let unknown = false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.backgroundImage !== 'none' && !(e instanceof SVGElement)) {
        unknown = true;
        break;
      }
      const bg = inSvg && e instanceof SVGElement ? null : parse(s.backgroundColor);
      if (bg && bg[3] > 0) {
        layers.push(bg);
        if (bg[3] >= 1) break;
      }
    }
    if (unknown) {
      skipped++;
      continue;
    }
    let background: Rgba = [255, 255, 255, 1];
    for (const layer of layers.reverse()) background = over(layer, background);
    const text = over(fg, background);
    const size = parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    const required = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    const r = ratio(text, background);
    checked++;
    if (r < required - 0.005) {
      const content =
        el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
          ? el.value
          : [...el.childNodes]
              .filter((n) => n.nodeType === Node.TEXT_NODE)
              .map((n) => n.textContent)
              .join(' ');
      failures.push({
        element: describe(el),
        text: content.trim().replace(/\s+/g, ' ').slice(0, 40),
        color: css(text),
        background: css(background),
        ratio: Math.round(r * 100) / 100,
        required,
      });
    }
  }
  return { checked, skipped, failures };
}

/** Waits until every running CSS transition and animation (a notification fading in, a menu opening) has finished:
 * text measured halfway through a fade is paler than anyone will read it. Endless animations (a loader) are left alone. */
async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const deadline = Date.now() + 3000;
    for (;;) {
      const running = document
        .getAnimations()
        .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
      if (running.length === 0 || Date.now() > deadline) return;
      await Promise.race([
        Promise.allSettled(running.map((a) => a.finished)),
        new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now()))),
      ]);
    }
  });
}

export async function contrastFailures(page: Page): Promise<ContrastResult> {
  await settleAnimations(page);
  const first = await page.evaluate(measureContrast);
  if (first.failures.length === 0) return first;
  // A transition that had not yet started when we looked (Mantine starts some a frame later) shows up as pale text once;
  // real low contrast is still there a moment later, so only what fails twice counts.
  await page.waitForTimeout(400);
  await settleAnimations(page);
  return page.evaluate(measureContrast);
}

/** The contrast check on its own (without axe), for extra passes over screens axe has already seen. */
export async function expectReadableText(page: Page, screen = page.url()): Promise<number> {
  await page.waitForTimeout(350);
  const result = await contrastFailures(page);
  const lines = result.failures.map(
    (f) => `${f.element} "${f.text}": ${f.color} on ${f.background} = ${f.ratio}:1 (needs ${f.required}:1)`,
  );
  if (lines.length > 0)
    console.error(`text contrast on ${screen} (${page.url()}):\n    ${lines.slice(0, 25).join('\n    ')}`);
  expect(lines, `text below WCAG AA contrast on ${screen}`).toEqual([]);
  return result.checked;
}
