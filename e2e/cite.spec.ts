// Citing: copy a citation of a policy or a requirement, and follow a requirement's ¶ link.
import { expect, test, type Page } from '@playwright/test';
import { siteUrl } from '../src/lib/site-url.ts';
import { violations } from './axe.ts';

/** The reader's today, as the page computes it. */
function today(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test("copying a policy's BibTeX puts the versioned citation on the clipboard and says so", async ({
  page,
}) => {
  await page.goto('/policies/kap-001/');
  const version = await page.locator('.policy-header dd').nth(1).innerText();
  await page.getByText(`Cite KAP-001, version ${version}`).click();
  await page.getByRole('button', { name: 'Copy BibTeX citation of KAP-001' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
    `Copied the BibTeX citation of KAP-001, version ${version}.`,
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`^@misc\\{KAP-001-v${version.replaceAll('.', '\\.')},`));
  expect(copied).toContain(`url          = {${siteUrl()}/policies/kap-001/${version}/}`);
  expect(copied).toContain(`urldate      = {${await today(page)}}`);
});

test("a requirement's compact cite box shows its plain text, and copies it in the format picked", async ({
  page,
}) => {
  await page.goto('/policies/kap-003/');
  const version = await page.locator('.policy-header dd').nth(1).innerText();
  const r2 = page.locator('#r2');
  await r2.locator('kap-cite summary').click();
  const citation = r2.getByLabel('Plain text citation of KAP-003-R2');
  await expect(citation).toContainText(
    `${siteUrl()}/policies/kap-003/${version}/#r2 (accessed ${await today(page)}).`,
  );
  await r2.getByLabel('Format').selectOption('BibTeX');
  await r2.getByRole('button', { name: 'Copy citation of KAP-003-R2' }).click();
  await expect(r2.getByRole('status')).toHaveText(
    `Copied the BibTeX citation of KAP-003-R2, version ${version}.`,
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^@misc\{KAP-003-R2-v/);
  expect(copied).toContain(`url          = {${siteUrl()}/policies/kap-003/${version}/#r2}`);
});

test('without JavaScript the citations read in full, dated the day the page was built', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/policies/kap-001/');
  await page.getByText(/^Cite KAP-001, version/).click();
  const box = page.locator('kap-cite').first();
  await expect(box.locator('pre[data-format="csl-json"]')).toContainText('"type": "standard"');
  await expect(
    box.getByText(/The date accessed is the day this page was built, \d{4}-\d{2}-\d{2}/),
  ).toBeVisible();
  await expect(box.getByRole('button')).toHaveCount(0);
  await context.close();
});

test('a ¶ link shows on hover and keyboard focus, and following it highlights the requirement', async ({
  page,
}) => {
  await page.goto('/policies/kap-001/');
  const link = page.getByRole('link', { name: 'Link to KAP-001-R2' });
  await expect(link).toHaveCSS('opacity', '0');
  await page.locator('#r2 .requirement-title').hover();
  await expect(link).toHaveCSS('opacity', '1');
  await page.mouse.move(0, 0);
  await page.locator('#r1 .requirement-title a').first().focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Link to KAP-001-R1' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Link to KAP-001-R1' })).toHaveCSS('opacity', '1');

  await link.click();
  await expect(page).toHaveURL(/\/policies\/kap-001\/#r2$/);
  const r2 = page.locator('#r2');
  expect(await r2.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(r2).toHaveCSS('border-inline-start-style', 'solid');
  await expect(page.locator('#r1')).toHaveCSS('border-inline-start-style', 'none');
});

test('a cited requirement URL opened directly lands highlighted', async ({ page }) => {
  await page.goto('/policies/kap-001/1.0.0/#r3');
  await expect(page.locator('#r3')).toBeInViewport();
  await expect(page.locator('#r3')).toHaveCSS('border-inline-start-style', 'solid');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations on /cite/ and a policy page with its cite boxes open, ${colorScheme} theme`, async ({
    page,
  }) => {
    test.slow(); // two full axe runs
    await page.emulateMedia({ colorScheme });
    for (const path of ['/cite/', '/policies/kap-001/#r2']) {
      await page.goto(path);
      await page
        .locator('kap-cite details')
        .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await violations(page), path).toEqual([]);
    }
  });
}
