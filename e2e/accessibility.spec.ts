import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { checker, openPolicy } from './checker.ts';

async function violations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

for (const path of ['/', '/policies/', '/background/incident/', '/profiles/']) {
  test(`no axe violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await violations(page)).toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations on the policy index and a sample page in the ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of ['/policies/', '/profiles/fabrikam-legacy/', '/background/glossary/']) {
      await page.goto(path);
      expect(await violations(page), path).toEqual([]);
    }
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations on a policy page in its pass, fail and error states, ${colorScheme} theme`, async ({
    page,
  }) => {
    test.slow(); // three full axe runs on the longest kind of page
    await page.emulateMedia({ colorScheme });
    await openPolicy(page, '/policies/kap-001/');
    const c = checker(page);
    for (const sample of ['contoso-sentinel', 'fabrikam-legacy']) {
      await c.sample.selectOption(sample);
      await page
        .locator('.checker-explanation')
        .first()
        .evaluate((d: HTMLDetailsElement) => (d.open = true));
      expect(await violations(page), sample).toEqual([]);
    }
    await c.profile.fill('{ "vendor": ');
    await expect(c.alert).not.toBeEmpty();
    expect(await violations(page), 'error state').toEqual([]);
  });
}
