import { expect, test } from '@playwright/test';
import { checker } from './checker.ts';

test('the home page leads to the policies and the background', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Read the policies' }).click();
  await expect(page).toHaveURL(/\/policies\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Policies');
});

test("the home page's title names the site once, and its first screen calls to check a profile", async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Kernel Access Policies');
  const call = page.getByRole('link', { name: 'Check a vendor profile' });
  await expect(call).toBeInViewport();
  await call.click();
  await expect(page).toHaveURL(/\/check\/$/);
});

test('the home page links every current policy', async ({ page, request }) => {
  const { policies } = await (await request.get('/policies.json')).json();
  const current = policies
    .filter((p: any) => p.status !== 'superseded' && p.status !== 'withdrawn')
    .map((p: any) => `/policies/${p.id.toLowerCase()}/`);
  expect(current.length).toBeLessThan(policies.length);
  await page.goto('/');
  const linked = await page
    .locator('.current-policies li a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(linked.sort()).toEqual(current.sort());
  await expect(page.getByRole('link', { name: 'The policy index' })).toHaveAttribute(
    'href',
    '/policies/',
  );
});

test('the background index introduces its four pages and leads to each', async ({ page }) => {
  await page.goto('/background/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Background');
  const pages = ['incident', 'timeline', 'platforms', 'glossary'].map((p) => `/background/${p}/`);
  for (const href of pages)
    await expect(page.locator(`main .sl-markdown-content a[href="${href}"]`)).toBeVisible();
  const group = page
    .getByRole('navigation', { name: 'Main' })
    .locator('details', { hasText: 'Background' });
  await expect(group.getByRole('link', { name: 'Overview' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  for (const href of pages) await expect(group.locator(`a[href="${href}"]`)).toBeVisible();
  await page.locator(`main .sl-markdown-content a[href="${pages[1]}"]`).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Responses since July 2024');
});

test('the policy index lists every policy, generated from the policy files', async ({
  page,
  request,
}) => {
  const { policies } = await (await request.get('/policies.json')).json();
  await page.goto('/policies/');
  await expect(page.locator('table.policy-index tbody td:first-child a')).toHaveText(
    policies.map((p: { id: string }) => p.id),
  );
});

test('a policy page has its header, requirements with anchors, references and history', async ({
  page,
  request,
}) => {
  const { policies } = await (await request.get('/policies.json')).json();
  const policy = policies.find((p: any) => p.id === 'KAP-003');
  await page.goto('/policies/kap-003/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`KAP-003: ${policy.title}`);
  await expect(page).toHaveTitle(new RegExp(`KAP-003: ${policy.title}`));
  const header = page.locator('.policy-header');
  await expect(header).toContainText(policy.version);
  await expect(header).toContainText(policy.updated);
  for (const requirement of policy.requirements) {
    const anchor = page.locator(`#${requirement.id.toLowerCase()}`);
    await expect(anchor).toContainText(requirement.text);
    await expect(anchor).toContainText(requirement.level.toUpperCase());
  }
  for (const name of ['Motivation', 'Specification', 'Rationale', 'References', 'History']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.locator('.references li')).toHaveCount(policy.references.length);
});

test('a requirement URL lands on the requirement', async ({ page }) => {
  await page.goto('/policies/kap-001/#r2');
  await expect(page.locator('#r2')).toBeInViewport();
});

test('the background page tells the incident, with its sources', async ({ page }) => {
  await page.goto('/background/incident/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main')).toContainText('Channel File 291');
  await expect(page.locator('main a[href*="crowdstrike.com"]').first()).toBeVisible();
});

test('the profile format page is generated from the schema and links fields to the rules that read them', async ({
  page,
  request,
}) => {
  const schema = await (await request.get('/schema/vendor-profile.v1.json')).json();
  await page.goto('/profiles/');
  for (const group of Object.keys(schema.properties))
    await expect(page.locator(`[id="field-${group}"]`)).toBeVisible();
  const ringCount = page.locator('[id="field-rollout.content.ringCount"]');
  await expect(ringCount).toContainText(
    schema.properties.rollout.properties.content.properties.ringCount.description,
  );
  await expect(ringCount.getByRole('link', { name: /^KAP-003-R\d+$/ }).first()).toBeVisible();
});

test('the profile format page opens with a complete, nested example profile', async ({ page }) => {
  await page.goto('/profiles/');
  const example = page.locator('.expressive-code').first();
  const text = (await example.locator('pre').textContent())!;
  const profile = JSON.parse(text);
  expect(profile.rollout.content.ringCount).toEqual(expect.any(Number));
  expect(Object.keys(profile).some((key) => key.includes('.'))).toBe(false);
  const top = await example.boundingBox();
  const fields = await page.getByRole('heading', { name: 'Fields' }).boundingBox();
  expect(top!.y).toBeLessThan(fields!.y);
});

test('without JavaScript the rules read in full and the checker says it needs JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/policies/kap-001/');
  await expect(page.locator('#r1')).toContainText('Rule in words');
  await page.locator('#r1 .rule-json > summary').click();
  await expect(page.locator('#r1 pre[data-language="json"]')).toBeVisible();
  await expect(page.locator('#r1 pre[data-language="json"]')).toContainText('"var"');
  await expect(
    page.getByText('The checker runs in your browser and needs JavaScript'),
  ).toBeVisible();
  // The build wrote the first sample's verdicts in: they read without any script.
  const first = checker(page);
  await expect(first.profile).toHaveValue(/"vendor": "Contoso"/);
  await expect(first.verdict('KAP-001')).toHaveText(/^(Pass|Fail)$/);
  await expect(first.requirement('KAP-001-R1')).toHaveAttribute('data-result', /^(pass|fail)$/);
  await context.close();
});

test('with JavaScript the needs-JavaScript note is never shown, and nothing moves as the checker starts', async ({
  page,
}) => {
  await page.goto('/policies/kap-001/');
  await expect(page.getByRole('textbox', { name: 'Vendor profile (JSON)' })).toBeVisible();
  await expect(
    page.getByText('The checker runs in your browser and needs JavaScript'),
  ).toBeHidden();
  // Where the checker sits on the page and how tall it is, whatever the scrolling.
  const place = () =>
    checker(page).region.evaluate((region) => {
      const box = region.getBoundingClientRect();
      return { top: box.top + window.scrollY, height: box.height };
    });
  const before = await place();
  await checker(page).profile.focus();
  await expect(page.locator('optgroup[label="Your drafts"]')).toHaveCount(1);
  expect(await place()).toEqual(before);
});

test('every page links the favicon, which loads; robots.txt names the sitemap', async ({
  page,
  request,
}) => {
  await page.goto('/policies/kap-001/');
  const icon = await page.locator('link[rel="shortcut icon"]').getAttribute('href');
  expect(icon).toBe('/favicon.svg');
  expect((await request.get(icon!)).status()).toBe(200);
  const robots = await (await request.get('/robots.txt')).text();
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemap).toMatch(/\/sitemap-index\.xml$/);
  expect((await request.get(new URL(sitemap!).pathname)).status()).toBe(200);
});

test('on a phone the home page has the menu, which leads to the policies', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'All policies' }),
  ).toBeVisible();
});
