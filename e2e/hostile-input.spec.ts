// What a hostile or unlucky reader can throw at the checker: each case in the page, and after
// each, the checker still works on the next page load. Nothing is ever shown as "needs JavaScript".
import { expect, test, type Page } from '@playwright/test';
import { encodeShareFragment } from '../src/engine/share-link.ts';
import { checker, openPolicy } from './checker.ts';
import { watchPage } from './page-watch.ts';

const NEEDS_JS = 'The checker runs in your browser and needs JavaScript';
const deep = '['.repeat(10_000) + ']'.repeat(10_000);

/** The checker on a policy page still checks: its region is there and a sample gets a verdict. */
async function stillWorks(page: Page): Promise<void> {
  const c = checker(page);
  await expect(page.getByText(NEEDS_JS)).toBeHidden();
  await expect(c.profile).toBeVisible();
  await c.sample.selectOption('contoso-tidewatch');
  await expect(c.verdict('KAP-001')).toHaveAttribute('data-result', /^(pass|fail)$/);
}

/**
 * Puts `text` in the profile box as a paste does, in one input event. (Playwright's fill types it
 * through the browser's editing, which for thousands of lines takes minutes of the browser's own time.)
 */
async function paste(page: Page, text: string): Promise<void> {
  await checker(page).profile.evaluate((el: HTMLTextAreaElement, value) => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

async function fragment(text: string, version = '2026-01-01+00000000'): Promise<string> {
  return encodeShareFragment(text, version);
}

test('a profile nested 10,000 deep is an error naming the limit, and the checker works after reload', async ({
  page,
  baseURL,
}) => {
  const watch = await watchPage(page, baseURL!);
  await openPolicy(page, '/policies/kap-001/');
  const c = checker(page);
  await c.profile.fill(deep);
  await expect(c.alert).toContainText('more than 64 levels deep at line 1, column 65');
  await expect(c.verdict('KAP-001')).toHaveAttribute('data-result', 'error');
  await page.reload();
  // The text is kept as typed, still an error, and nothing else is broken.
  await expect(checker(page).profile).toHaveValue(deep);
  await expect(checker(page).alert).toContainText('more than 64 levels deep');
  await stillWorks(page);
  expect(await watch.problems()).toEqual([]);
});

test('a short share link to a deep profile opens as an error, and the checker works after reload', async ({
  page,
}) => {
  const link = `/policies/kap-001/#${await fragment(deep)}`;
  expect(link.length).toBeLessThan(200);
  await page.goto(link);
  await expect(checker(page).alert).toContainText('more than 64 levels deep');
  await page.reload();
  await stillWorks(page);
});

test('a share link that would inflate past the limit is refused, and the reader’s text stays', async ({
  page,
}) => {
  await openPolicy(page, '/policies/kap-001/');
  await checker(page).profile.fill('{ "my": "draft" }');
  // 100 MB of spaces, packed into a link of about 130 KB.
  const huge = await fragment(' '.repeat(100_000_000));
  await page.evaluate((hash) => (location.hash = hash), huge);
  await expect(checker(page).region.getByRole('status').first()).toContainText(
    'unpacks to more than 1,000,000 bytes, the most the checker reads, so it was not opened',
  );
  await expect(checker(page).profile).toHaveValue('{ "my": "draft" }');
  await page.reload();
  await expect(checker(page).profile).toHaveValue('{ "my": "draft" }');
});

test('4,000 unknown keys: the first 100 listed with lines, the rest counted, and a verdict', async ({
  page,
}) => {
  await openPolicy(page, '/policies/kap-001/');
  const c = checker(page);
  await c.sample.selectOption('contoso-tidewatch');
  const profile = JSON.parse(await c.profile.inputValue());
  for (let i = 0; i < 4000; i++) profile[`extra${i}`] = i;
  await paste(page, JSON.stringify(profile, null, 2));
  const warnings = c.region.locator('.checker-warnings li');
  await expect(warnings).toHaveCount(101);
  await expect(warnings.first()).toContainText(/Unknown field "extra0" \(line \d+, column 3\)/);
  await expect(warnings.last()).toHaveText(
    '…and 3,900 more unknown fields, not listed (the first 100 are).',
  );
  await expect(c.verdict('KAP-001')).toHaveAttribute('data-result', /^(pass|fail)$/);
  await page.reload();
  await expect(checker(page).region.locator('.checker-warnings li')).toHaveCount(101);
  await stillWorks(page);
});

test('a text longer than the limit is an error naming it, kept as typed', async ({ page }) => {
  await openPolicy(page, '/policies/kap-001/');
  const long = `{"a": "${'x'.repeat(1_000_000)}"}`;
  await checker(page).profile.fill(long);
  await expect(checker(page).alert).toContainText(
    'characters long: the checker reads at most 1,000,000',
  );
  await page.reload();
  await expect(checker(page).alert).toContainText('the checker reads at most 1,000,000');
  await stillWorks(page);
});

test('opening two share links never loses the reader’s draft: one click brings it back', async ({
  page,
}) => {
  await openPolicy(page, '/policies/kap-001/');
  const c = checker(page);
  await c.sample.selectOption('northwind-edr');
  const mine = (await c.profile.inputValue()).replace('Northwind', 'My Own Vendor');
  await c.profile.fill(mine);
  // Same tab: only the fragment changes, as when a link is pasted into the address bar.
  for (const vendor of ['First Link', 'Second Link']) {
    const text = mine.replace('My Own Vendor', vendor);
    await page.evaluate(async (hash) => (location.hash = hash), await fragment(text));
    await expect(c.profile).toHaveValue(text);
    await expect(page.getByText('Opened the profile from the link.')).toBeVisible();
    expect(new URL(page.url()).hash).toBe('');
  }
  await page.getByRole('button', { name: 'Back to your draft' }).click();
  await expect(c.profile).toHaveValue(mine);
  // Each link is a draft of its own, still there.
  await expect(c.sample.locator('option', { hasText: 'From a link' })).toHaveCount(2);
  await page.reload();
  await expect(checker(page).profile).toHaveValue(mine);
});

test('a link’s policy-set text that is not a version is not shown', async ({ page }) => {
  const made = await fragment('{}', '<img src=x onerror="document.title=1">');
  await page.goto(`/policies/kap-001/#${made}`);
  await expect(page.getByText('does not say which policy set it was made against')).toBeVisible();
  await expect(page.locator('.checker-notice img')).toHaveCount(0);
  await expect(page.getByText('onerror')).toHaveCount(0);
});

test('a key written twice is a warning naming it and its lines', async ({ page }) => {
  await openPolicy(page, '/policies/kap-001/');
  const c = checker(page);
  await c.sample.selectOption('contoso-tidewatch');
  const text = (await c.profile.inputValue()).replace(
    '"vendor": "Contoso",',
    '"vendor": "Contoso",\n  "vendor": "Other",',
  );
  await c.profile.fill(text);
  await expect(c.region.getByRole('status').filter({ hasText: 'Duplicate field' })).toContainText(
    'Duplicate field "vendor" at line 4, column 3: it is also at line 3, column 3',
  );
});

test('a name of only invisible characters is rejected; a leading BOM is ignored; columns count code points', async ({
  page,
}) => {
  await openPolicy(page, '/policies/kap-001/');
  const c = checker(page);
  await c.sample.selectOption('contoso-tidewatch');
  const sample = await c.profile.inputValue();
  await c.profile.fill(sample.replace('"vendor": "Contoso"', '"vendor": "\u200B\u200E"'));
  await expect(c.alert).toContainText(
    '"vendor" (line 3, column 3) must contain a visible character',
  );
  await c.profile.fill(`\uFEFF${sample}`);
  await expect(c.alert).toBeEmpty();
  await expect(c.verdict('KAP-001')).toHaveAttribute('data-result', /^(pass|fail)$/);
  await c.profile.fill('{"vendor": "😀😀" "product": "x"}');
  await expect(c.alert).toContainText('line 1, column 17');
});

test('__proto__ and constructor keys pollute nothing in the page', async ({ page }) => {
  await openPolicy(page, '/policies/kap-001/');
  await checker(page).profile.fill(
    '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}',
  );
  await expect(checker(page).alert).toContainText('Missing required field');
  expect(await page.evaluate(() => ({}) as Record<string, unknown>).then((o) => o.polluted)).toBe(
    undefined,
  );
  expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBe(
    undefined,
  );
});

for (const [name, stored] of [
  ['not JSON', '{"drafts": [{'],
  ['the wrong shape', '{"sample": 5, "drafts": "everything", "showing": {}}'],
  [
    'a draft too deep to check',
    JSON.stringify({ drafts: [{ id: 'd1', text: deep, origin: 'typed' }], showing: 'd1' }),
  ],
  ['the first format, damaged', '{"edited": 12, "earlier": null, "showing": "earlier"}'],
] as const) {
  test(`a saved state that is ${name} never breaks the checker`, async ({ page, baseURL }) => {
    const watch = await watchPage(page, baseURL!);
    await page.addInitScript((value) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('kap.checker.v2', value);
        sessionStorage.setItem('seeded', '1');
      }
    }, stored);
    await page.goto('/policies/kap-001/');
    await expect(checker(page).verdict('KAP-001')).toHaveAttribute(
      'data-result',
      /pass|fail|error/,
    );
    await stillWorks(page);
    await page.reload();
    await stillWorks(page);
    expect(await watch.problems()).toEqual([]);
  });
}

test('with storage blocked, the theme switches, the checker checks and says it cannot keep the text', async ({
  page,
  baseURL,
}) => {
  const watch = await watchPage(page, baseURL!);
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }
  });
  await openPolicy(page, '/policies/kap-001/');
  const theme = page.getByRole('combobox', { name: 'Select theme' }).first();
  await theme.selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await theme.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const c = checker(page);
  await c.sample.selectOption('fabrikam-legacy');
  await expect(c.verdict('KAP-001')).toHaveAttribute('data-result', /^(pass|fail)$/);
  await c.profile.fill('{ "typed": true }');
  await expect(
    page.getByText('This browser does not let the checker keep your text'),
  ).toBeVisible();
  await expect(c.profile).toHaveValue('{ "typed": true }');
  expect(await watch.problems()).toEqual([]);
});

test('a download’s file name is bounded and safe, whatever the vendor is called', async ({
  page,
}) => {
  await page.goto('/check/');
  const c = checker(page);
  await c.sample.selectOption('contoso-tidewatch');
  const profile = JSON.parse(await c.profile.inputValue());
  profile.vendor = `../${'Ünïcode Vendor '.repeat(40)}\u202Egpj.exe`;
  await c.profile.fill(JSON.stringify(profile, null, 2));
  await expect(c.verdict('KAP-001')).toHaveAttribute('data-result', /^(pass|fail)$/);
  for (const button of ['Download profile', 'Export Markdown', 'Export JSON']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    const name = download.suggestedFilename();
    expect(name.length, name).toBeLessThanOrEqual(100);
    expect(name).toMatch(/^[a-z0-9][a-z0-9._-]*\.(json|md)$/);
  }
});
