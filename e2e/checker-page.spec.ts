// How the checker arrives and guides: the first sample's verdicts are in the page before any
// script, the engine loads when the reader starts, the editor points at each problem's line,
// verdict words and announcements say what kind of result it is, and a link can ask for a sample.
import { expect, test } from '@playwright/test';
import { violations } from './axe.ts';
import { checker } from './checker.ts';

test('the engine loads only when the reader starts, and what they typed first is kept', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().endsWith('.js')) scripts.push(r.url());
  });
  await page.goto('/policies/kap-003/');
  const c = checker(page);
  // The build's verdicts are there, and nothing of the engine has been fetched for them.
  await expect(c.verdict('KAP-003')).toHaveAttribute('data-result', 'pass');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((url) => /checker-app|evaluation-worker|evaluate/.test(url))).toEqual([]);

  const text = await c.profile.inputValue();
  await c.profile.fill(text.replace('"ringCount": 5', '"ringCount": 1'));
  await expect(c.verdict('KAP-003')).toHaveAttribute('data-result', 'fail');
  await expect(c.profile).toHaveValue(/"ringCount": 1/);
  expect(scripts.some((url) => url.includes('checker-app'))).toBe(true);
});

test('the gutter numbers the lines and marks the line of an error; its button goes there', async ({
  page,
}) => {
  await page.goto('/policies/kap-001/');
  const c = checker(page);
  const gutter = page.locator('[data-el="gutter"]');
  await expect(gutter).toContainText(/^1\s+2\s+3/);
  await c.profile.fill('{\n  "schemaVersion": 1,\n  "vendor": "A"\n  "product": "B"\n}');
  await expect(c.alert).toContainText('line 4, column 3');
  await expect(c.profile).toHaveAttribute('aria-invalid', 'true');
  // The error is linked to the text box, for those who cannot see the marks.
  await expect(c.profile).toHaveAttribute('aria-describedby', /checker-problems/);
  await expect(c.profile).toHaveAccessibleDescription(/Invalid JSON at line 4, column 3/);
  const mark = gutter.locator('.checker-gutter-error');
  await expect(mark).toHaveCount(1);
  // The mark sits on the fourth line: three line heights below the first.
  const rowOffset = await mark.evaluate((m) => getComputedStyle(m).getPropertyValue('--row'));
  expect(rowOffset.trim()).toBe('3');
  await c.alert.getByRole('button', { name: 'Go to line 4' }).click();
  await expect(c.profile).toBeFocused();
  const caret = await c.profile.evaluate((t: HTMLTextAreaElement) => t.selectionStart);
  expect(caret).toBe('{\n  "schemaVersion": 1,\n  "vendor": "A"\n  '.length);
  await c.reset.click();
  await expect(c.profile).toHaveAttribute('aria-invalid', 'false');
  await expect(c.profile).not.toHaveAttribute('aria-describedby', /checker-problems/);
  expect(await violations(page)).toEqual([]);
});

test('a failed SHOULD reads and looks advisory, a failed MUST reads Fail, and the verdict is announced with counts', async ({
  page,
}) => {
  await page.goto('/policies/kap-001/');
  const c = checker(page);
  await c.sample.selectOption('fabrikam-legacy');
  await expect(c.verdict('KAP-001')).toHaveAttribute('data-result', 'fail');
  const must = c.requirement('KAP-001-R2');
  const should = c.requirement('KAP-001-R4');
  await expect(must.locator('.checker-requirement-verdict')).toHaveText('Fail');
  await expect(should.locator('.checker-requirement-verdict')).toHaveText('Not met (advisory)');
  const colour = (row: typeof must) =>
    row.evaluate(
      (li) =>
        getComputedStyle(li).borderInlineStartStyle +
        ' ' +
        getComputedStyle(li).borderInlineStartColor,
    );
  expect(await colour(must)).not.toEqual(await colour(should));
  await expect(page.getByRole('status').filter({ hasText: 'KAP-001: Fail' })).toHaveText(
    'KAP-001: Fail: 4 of 5 requirements not met, 2 of them advisory (SHOULDs).',
  );
  // Error is not Fail: it has its own look.
  const failLook = await c.verdict('KAP-001').evaluate((v) => getComputedStyle(v).backgroundColor);
  await c.profile.fill('{');
  await expect(c.verdict('KAP-001')).toHaveText('Error');
  expect(await c.verdict('KAP-001').evaluate((v) => getComputedStyle(v).backgroundColor)).not.toBe(
    failLook,
  );
  expect(await violations(page)).toEqual([]);
});

test('a link to /check/?sample=<name> opens that sample, and the address forgets the ask', async ({
  page,
}) => {
  await page.goto('/check/?sample=northwind-edr');
  const c = checker(page);
  await expect(c.sample).toHaveValue('northwind-edr');
  await expect(c.profile).toHaveValue(/"vendor": "Northwind"/);
  await expect(page).toHaveURL(/\/check\/$/);
  await page.goto('/check/?sample=no-such-sample');
  await expect(page.getByText('There is no sample called')).toBeVisible();
});

test('/check/ fits a 375 px phone without scrolling sideways, the form open too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/check/');
  await checker(page).profile.focus();
  await expect(page.locator('optgroup[label="Your drafts"]')).toHaveCount(1);
  await page.getByText('Edit as a form').click();
  await page
    .locator('details[data-section]')
    .evaluateAll((sections: HTMLDetailsElement[]) => sections.forEach((s) => (s.open = true)));
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
});

test('a button pressed before the engine arrived is not lost', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/policies/kap-002/');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByLabel('Link to this profile')).toHaveValue(/#profile=1\./);
});

test('a sample chosen before the engine arrives shows at once, and is what gets checked', async ({
  page,
}) => {
  await page.goto('/policies/kap-001/');
  const c = checker(page);
  await c.sample.selectOption('fabrikam-legacy');
  await expect(c.profile).toHaveValue(/"vendor": "Fabrikam"/);
  await expect(page.locator('kap-checker[data-running]')).toHaveCount(1);
  await expect(c.verdict('KAP-001')).toHaveAttribute('data-result', 'fail');
  await expect(c.sample).toHaveValue('fabrikam-legacy');
});
