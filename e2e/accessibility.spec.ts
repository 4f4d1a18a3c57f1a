// axe on each page and each checker state, one test apiece, so a failure names the page and
// state, and no test needs more than a page load and one scan. Each page as it loads, in the
// default (light) theme, is scanned in whole-site.spec.ts; here, what that does not reach: the
// dark theme, and the checker's states.
import { expect, test, type Page } from '@playwright/test';
import { violations } from './axe.ts';
import { checker, openPolicy, startChecker } from './checker.ts';

const THEMES = ['light', 'dark'] as const;

for (const path of ['/policies/', '/profiles/fabrikam-legacy/', '/background/glossary/']) {
  test(`no axe violations on ${path} in the dark theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    expect(await violations(page)).toEqual([]);
  });
}

/** The checker states a reader meets: a passing sample, a failing one, and broken JSON. */
const STATES: Record<string, (page: Page) => Promise<void>> = {
  pass: (page) => showSample(page, 'contoso-tidewatch'),
  fail: (page) => showSample(page, 'fabrikam-legacy'),
  error: async (page) => {
    await checker(page).profile.fill('{ "vendor": ');
    await expect(checker(page).alert).not.toBeEmpty();
  },
};

async function showSample(page: Page, sample: string): Promise<void> {
  await startChecker(page);
  await checker(page).sample.selectOption(sample);
  // Scan the explanation tree too, which is closed by default.
  await page
    .locator('.checker-explanation')
    .first()
    .evaluate((d: HTMLDetailsElement) => (d.open = true));
}

for (const colorScheme of THEMES) {
  for (const [state, reach] of Object.entries(STATES)) {
    test(`no axe violations on a policy page in its ${state} state, ${colorScheme} theme`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await openPolicy(page, '/policies/kap-001/');
      await reach(page);
      expect(await violations(page)).toEqual([]);
    });
  }
}

for (const [state, reach] of Object.entries(STATES)) {
  test(`no axe violations on /check/ in its ${state} state`, async ({ page }) => {
    // Every policy's row and the whole profile form: the largest page to scan, slow under load.
    test.slow();
    await page.goto('/check/');
    await expect(page.locator('[data-summary]')).not.toBeEmpty();
    await page.getByText('Edit as a form').click();
    // The form's sections start closed, and axe skips what is out of view.
    await page
      .locator('details.form-section')
      .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await reach(page);
    expect(await violations(page)).toEqual([]);
  });
}
