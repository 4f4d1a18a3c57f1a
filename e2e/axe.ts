// axe-core on the current page: each violation as "rule: targets", so a failure names both.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The page's accessibility violations, as short readable lines. */
export async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
