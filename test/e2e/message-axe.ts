/**
 * axe-core (serious and critical violations) for the message and shortlist browser tests. The harness's axeScan injects axe with a <script>
 * tag, which the pages' Content-Security-Policy rightly blocks; evaluating the source through the DevTools
 * protocol is not subject to the CSP, so the pages are scanned exactly as users get them.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AxeViolation } from './harness';

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    type AxeResult = {
      violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<AxeResult> } }).axe;
    // Fluent's focus manager (Tabster) puts aria-hidden focus sentinels (<i data-tabster-dummy>) around
    // focus zones on purpose: they bounce focus and are never read. Everything else is scanned.
    const result = await axe.run({ exclude: [['[data-tabster-dummy]']] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact as 'serious' | 'critical',
        help: v.help,
        nodes: v.nodes.map((n) => n.target.map(String).join(' ')),
      }));
  });
}
