import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';

/*
 * The automated accessibility check: axe-core, run inside the page against WCAG 2.0, 2.1 and 2.2
 * level A and AA (labels, names of buttons and links, landmarks, colour contrast, ARIA use, …).
 * It fails with one readable line per violation and element, so a screen that loses a label or its
 * contrast fails its browser test. No rule is switched off.
 */

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The page's `window.axe` once injected (the test code is typed without the DOM).
interface AxeInPage {
  readonly axe?: { run(options: RunOptions): Promise<AxeResults> };
}

/**
 * Runs axe-core on what the page shows now and throws, listing each violation (rule id, what it asks,
 * the elements' selectors), when it finds any. Call it once the screen has what it is checked for.
 */
export async function expectAccessible(page: Page, screen = page.url()): Promise<void> {
  const injected = await page.evaluate(() => (globalThis as AxeInPage).axe !== undefined);
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy (default-src 'self')
  // rightly refuses an inline <script>, and the check must not loosen it.
  if (!injected) await page.evaluate(`${axeSource}\n;0`);
  const violations = await page.evaluate(async (tags) => {
    const { axe } = globalThis as AxeInPage;
    if (!axe) throw new Error('axe-core did not load in the page');
    // The whole document; `resultTypes` keeps passes and the like to a minimum, so it runs faster.
    const results = await axe.run({ runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations;
  }, wcagTags);
  if (violations.length === 0) return;
  const lines = violations.flatMap((violation) => [
    `- ${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${violation.helpUrl}`,
    ...violation.nodes.map(
      (node) =>
        `    ${node.target.map(String).join(' ')}${node.failureSummary ? `: ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
    ),
  ]);
  throw new Error(`Accessibility violations on ${screen}:\n${lines.join('\n')}`);
}
