// axe-core on the current page: each violation as "rule: targets", so a failure names both.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The page's accessibility violations, as short readable lines. Every rule runs on the whole
 * page; two settings only drop work whose result nobody reads:
 * - `resultTypes: ['violations']`: axe builds a CSS selector for every node of every result;
 *   for the passes, incomplete and inapplicable ones (which no spec reads) it then builds one
 *   apiece. On a long page that is most of the run, and most of the results sent back.
 * - legacy mode: `axe.run` in the page, where the default runs `axe.runPartial` in each frame,
 *   then opens a second, blank page, injects axe again and sends it every partial result to
 *   `axe.finishRun` there. That exists for cross-origin frames; this site has no frames at all
 *   (and same-origin frames are still scanned in legacy mode).
 */
export async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
