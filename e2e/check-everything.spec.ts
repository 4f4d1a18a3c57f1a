import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { checker, editProfile, profileJson, startChecker } from './checker.ts';
import { policies } from './site-data.ts';
import { siteUrl } from '../src/lib/site-url.ts';

async function openCheck(page: Page, sample = 'fabrikam-legacy') {
  await page.goto('/check/');
  await startChecker(page);
  await checker(page).sample.selectOption(sample);
  await expect(page.locator('[data-summary]')).not.toBeEmpty();
}

async function policyIds(page: Page): Promise<string[]> {
  const { policies } = await (await page.request.get('/policies.json')).json();
  return policies.map((p: { id: string }) => p.id);
}

test('every policy gets a row with its verdict; the summary counts the current ones', async ({
  page,
}) => {
  await openCheck(page);
  const c = checker(page);
  for (const { id } of policies)
    await expect(c.verdict(id)).toHaveAttribute('data-result', /^(pass|fail)$/);
  const current = policies.filter((p) => p.status !== 'superseded' && p.status !== 'withdrawn');
  const retired = policies.length - current.length;
  const result = async (id: string) => c.verdict(id).getAttribute('data-result');
  let pass = 0;
  for (const { id } of current) if ((await result(id)) === 'pass') pass++;
  await expect(page.locator('[data-summary]')).toContainText(
    `${current.length} current policies: ${pass} pass`,
  );
  await expect(page.locator('[data-summary]')).toContainText(`${current.length - pass} fail.`);
  if (retired > 0)
    await expect(page.locator('[data-summary]')).toContainText(
      `${retired} superseded or withdrawn`,
    );
});

test('a failing requirement says why, what would change it, and links to its anchor', async ({
  page,
}) => {
  await openCheck(page);
  const failing = checker(page).region.locator('[data-requirement][data-result="fail"]').first();
  await expect(failing).toBeVisible();
  await expect(failing.locator('.checker-reason')).not.toBeEmpty();
  await expect(failing.locator('.checker-remedies')).toContainText(
    /To meet it: .+ declares .+; needs .+/,
  );
  const link = failing.getByRole('link').first();
  const ref = (await failing.getAttribute('data-requirement'))!;
  const [, policy, requirement] = /^(KAP-\d{3})-(R\d+)$/.exec(ref)!;
  await expect(link).toHaveAttribute(
    'href',
    `/policies/${policy!.toLowerCase()}/#${requirement!.toLowerCase()}`,
  );
  await link.click();
  await expect(page.locator(`#${requirement!.toLowerCase()}`)).toBeInViewport();
});

test('the rows can be filtered to failures only', async ({ page }) => {
  await openCheck(page, 'northwind-edr');
  const c = checker(page);
  const passingRows = c.region.locator('.checker-policy[data-result="pass"]');
  expect(await passingRows.count()).toBeGreaterThan(0);
  await page.getByLabel('Show failing policies only').check();
  await expect(passingRows.first()).toBeHidden();
  await expect(c.region.locator('.checker-policy[data-result="fail"]').first()).toBeVisible();
  await page.getByLabel('Show failing policies only').uncheck();
  await expect(passingRows.first()).toBeVisible();
});

test('the explanation tree reads as text and works from the keyboard', async ({ page }) => {
  await openCheck(page);
  const failing = checker(page).region.locator('[data-requirement][data-result="fail"]').first();
  const ref = await failing.getAttribute('data-requirement');
  const disclosure = failing.locator('summary', { hasText: 'How the rule applied' });
  await disclosure.focus();
  await page.keyboard.press('Enter');
  const tree = failing.getByRole('group', { name: `How ${ref} applied` });
  await expect(tree).toBeVisible();
  await expect(tree).toContainText('✗ FAILS');
  await expect(tree).toContainText('profile declares');
  await page.keyboard.press('Enter');
  await expect(tree).toBeHidden();
});

test('form and JSON stay in sync both ways, and a JSON error locks the form without losing text', async ({
  page,
}) => {
  // The form has a control for every field of the profile format, and every edit re-checks every policy.
  test.slow();
  await openCheck(page, 'contoso-tidewatch');
  await page.getByText('Edit as a form').click();
  const form = page.getByRole('form', { name: 'Vendor profile fields' });
  await form.locator('details[data-section="rollout"] > summary').click();
  const halt = form.getByRole('switch', { name: 'autoHaltOnRegression' });
  await expect(halt).toBeChecked();
  await halt.uncheck();
  expect((await profileJson(page)).rollout.content.autoHaltOnRegression).toBe(false);
  await expect(checker(page).verdict('KAP-003')).toHaveText('Fail');

  await editProfile(page, (p) => (p.rollout.content.ringCount = 7));
  await expect(form.getByRole('spinbutton', { name: 'ringCount (rings)' }).first()).toHaveValue(
    '7',
  );

  await form.getByRole('spinbutton', { name: 'ringCount (rings)' }).first().fill('2');
  expect((await profileJson(page)).rollout.content.ringCount).toBe(2);

  await form
    .getByRole('button', { name: 'Remove rollout.content.ringCount (leave it undeclared)' })
    .click();
  expect((await profileJson(page)).rollout.content).not.toHaveProperty('ringCount');
  await expect(
    checker(page).region.locator('[data-requirement^="KAP-003-"][data-result="fail"]').first(),
  ).toContainText('not declared');

  const broken = (await checker(page).profile.inputValue()).replace('"vendor"', '"vendor');
  await checker(page).profile.fill(broken);
  await expect(checker(page).alert).toContainText('Invalid JSON');
  await expect(page.getByText('The form shows the last valid profile')).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'vendor' })).toHaveValue('Contoso');
  await expect(checker(page).profile).toHaveValue(broken);
});

test('a share link reopens the identical profile on a fresh browser, on /check/ and on a policy page', async ({
  page,
  browser,
}) => {
  await openCheck(page, 'northwind-edr');
  const edited =
    (await checker(page).profile.inputValue()).replace('"Northwind"', '"Northwind Ünïcode"') + '\n';
  await checker(page).profile.fill(edited);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByLabel('Link to this profile').inputValue();
  expect(link).toMatch(/\/check\/#profile=1\./);
  // The link is on the site's published address (SITE_URL); this test's server is elsewhere.
  expect(new URL(link).origin).toBe(siteUrl());

  for (const target of [link, link.replace('/check/', '/policies/kap-003/')]) {
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(target.slice(siteUrl().length));
    await expect(checker(other).profile).toHaveValue(edited);
    await expect(other.getByText('Opened the profile from the link.')).toBeVisible();
    expect(new URL(other.url()).hash).toBe('');
    await fresh.close();
  }
});

test('a link made against an older policy set says so', async ({ page, browser }) => {
  await openCheck(page, 'northwind-edr');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = (await page.getByLabel('Link to this profile').inputValue()).replace(
    /#profile=1\.[^.]+\./,
    '#profile=1.2025-01-01%2Bdeadbeef.',
  );
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link.slice(siteUrl().length));
  await expect(
    other.getByText(
      /made against policy set 2025-01-01\+deadbeef; the policies have changed since/,
    ),
  ).toBeVisible();
  await fresh.close();
});

test('a profile opens from a file, by the file picker and by drag and drop', async ({ page }) => {
  await openCheck(page);
  const profile = { ...(await profileJson(page)), vendor: 'Woodgrove Files' };
  await page.locator('input.checker-file').setInputFiles({
    name: 'vendor.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(profile)),
  });
  await expect(page.getByText('Opened vendor.json.')).toBeVisible();
  expect((await profileJson(page)).vendor).toBe('Woodgrove Files');

  const dropped = JSON.stringify({ ...profile, vendor: 'Dropped Vendor' });
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return data;
  }, dropped);
  await page.locator('section.checker').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByText('Opened dropped.json.')).toBeVisible();
  expect((await profileJson(page)).vendor).toBe('Dropped Vendor');
  // The text the second file replaced is one choice away: each file is a draft of its own.
  const first = checker(page).sample.locator('option', { hasText: 'From vendor.json' });
  await checker(page).sample.selectOption((await first.getAttribute('value')) ?? '');
  expect((await profileJson(page)).vendor).toBe('Woodgrove Files');
});

test('the report exports as Markdown and JSON with every verdict, and the profile downloads', async ({
  page,
}) => {
  await openCheck(page);
  const ids = await policyIds(page);
  const [markdown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  expect(markdown.suggestedFilename()).toMatch(/^kap-report-fabrikam.*\.md$/);
  const text = await readFile((await markdown.path())!, 'utf8');
  expect(text).toContain('# Kernel-access policy check: Fabrikam');
  for (const id of ids) {
    const verdict = await checker(page).verdict(id).textContent();
    expect(text).toMatch(
      new RegExp(
        `\\[${id}: [^\\]]+\\]\\(https?://[^)]+/policies/${id.toLowerCase()}/\\) \\| [^|]+ \\| [^|]+ \\| ${verdict}`,
      ),
    );
  }

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const report = JSON.parse(await readFile((await json.path())!, 'utf8'));
  expect(report.policies.map((p: { id: string }) => p.id).sort()).toEqual([...ids].sort());
  expect(report.profile.vendor).toBe('Fabrikam');

  const [profileFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download profile' }).click(),
  ]);
  expect(await readFile((await profileFile.path())!, 'utf8')).toBe(
    await checker(page).profile.inputValue(),
  );
});

test('printing gives the report alone', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await openCheck(page);
  await page.getByRole('button', { name: 'Print report' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(checker(page).profile).toBeHidden();
  await expect(page.locator('nav.sidebar')).toBeHidden();
  await expect(page.locator('[data-summary]')).toBeVisible();
  await expect(checker(page).verdict('KAP-001')).toBeVisible();
});

test('without JavaScript /check/ says the checker needs it and links to the policies', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/check/');
  await expect(
    page.getByText('The checker runs in your browser and needs JavaScript'),
  ).toBeVisible();
  await expect(
    page.locator('.checker-needs-js').getByRole('link', { name: 'policy pages' }),
  ).toHaveAttribute('href', '/policies/');
  await context.close();
});
