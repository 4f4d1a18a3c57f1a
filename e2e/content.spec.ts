import { expect, test } from '@playwright/test';
import { plainSampleVectors, plainSamples, policies } from './site-data.ts';
import { samplePath } from '../src/engine/urls.ts';

test('the policy index filters by area and by status, and says how many it shows', async ({
  page,
  request,
}) => {
  const { policies } = await (await request.get('/policies.json')).json();
  await page.goto('/policies/');
  const rows = page.locator('table.policy-index tbody tr');
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
    `Showing ${policies.length} of ${policies.length} policies.`,
  );

  const deployment = policies.filter((p: any) => p.area === 'deployment');
  await page.getByLabel('Area').selectOption('deployment');
  await expect(rows.locator('visible=true')).toHaveCount(deployment.length);
  await expect(rows.locator('visible=true').locator('td:first-child')).toHaveText(
    deployment.map((p: any) => p.id),
  );

  await page.getByLabel('Area').selectOption('');
  const accepted = policies.filter((p: any) => p.status === 'accepted');
  await page.getByLabel('Status').selectOption('accepted');
  await expect(rows.locator('visible=true')).toHaveCount(accepted.length);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
    `Showing ${accepted.length} of ${policies.length} policies.`,
  );
});

test('without JavaScript the policy index is complete', async ({ browser, request }) => {
  const { policies } = await (await request.get('/policies.json')).json();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/policies/');
  await expect(page.locator('table.policy-index tbody tr')).toHaveCount(policies.length);
  await expect(page.getByLabel('Area')).toBeHidden();
  await context.close();
});

test('the sidebar lists the policies by area', async ({ page }) => {
  await page.goto('/policies/');
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  for (const area of [
    'Kernel footprint',
    'Content handling',
    'Deployment',
    'Recovery',
    'Assurance',
  ]) {
    await expect(sidebar.getByText(area, { exact: true })).toBeVisible();
  }
});

test('a glossary term on a policy page links to its definition', async ({ page }) => {
  await page.goto('/policies/kap-001/');
  const term = page.locator('main a.glossary-term').first();
  await expect(term).toBeVisible();
  const href = (await term.getAttribute('href'))!;
  // A real link, not a tooltip that keyboard, touch and screen-reader users never see.
  await expect(term).not.toHaveAttribute('title');
  expect(href).toMatch(/^\/background\/glossary\/#term-[a-z0-9-]+$/);
  await term.click();
  const entry = page.locator(href.slice(href.indexOf('#')));
  await expect(entry).toBeInViewport();
  await expect(entry.locator('dd')).not.toBeEmpty();
});

test('a policy page states its key words as BCP 14, negative forms included', async ({ page }) => {
  await page.goto('/policies/kap-003/');
  const convention = page.locator('main .key-words');
  for (const words of ['“MUST”', '“MUST NOT”', '“SHOULD”', '“SHOULD NOT”', 'all capitals'])
    await expect(convention).toContainText(words);
  for (const name of ['BCP 14', 'RFC 2119', 'RFC 8174'])
    await expect(convention.getByRole('link', { name })).toHaveAttribute(
      'href',
      /^https:\/\/www\.rfc-editor\.org\//,
    );
});

test('a superseded policy keeps its page, with a banner to its successor', async ({
  page,
  request,
}) => {
  const { policies } = await (await request.get('/policies.json')).json();
  const superseded = policies.find((p: any) => p.status === 'superseded');
  expect(superseded).toBeTruthy();
  await page.goto(`/policies/${superseded.id.toLowerCase()}/`);
  const banner = page.locator('.starlight-aside', { hasText: 'Superseded' });
  await expect(banner.getByRole('link', { name: superseded.supersededBy })).toHaveAttribute(
    'href',
    `/policies/${superseded.supersededBy.toLowerCase()}/`,
  );
});

for (const sample of plainSamples) {
  test(`the sample page of ${sample} shows the verdicts the policies' test vectors expect`, async ({
    page,
  }) => {
    await page.goto(samplePath(sample));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(sample)');
    for (const policy of policies) {
      const vector = plainSampleVectors(policy).find((t) => t.sample === sample);
      if (!vector) continue;
      await expect(
        page.locator(`[data-sample-verdict="${policy.id}"]`),
        `${sample} on ${policy.id}`,
      ).toHaveAttribute('data-result', vector.expect.result);
    }
  });
}

test('the background pages: the incident, the timeline, the platforms compared', async ({
  page,
}) => {
  await page.goto('/background/timeline/');
  await expect(page.locator('main')).toContainText('2024');
  await expect(page.locator('main')).toContainText('2025');
  await page.goto('/background/platforms/');
  await expect(page.locator('main table').first()).toContainText('macOS');
  await expect(page.locator('main table').first()).toContainText('Linux');
});

test('the policy index keeps its filters in the URL, sorts by any column, and says when nothing matches', async ({
  page,
}) => {
  const deployment = policies.filter((p) => p.area === 'deployment');
  await page.goto('/policies/');
  await page.getByLabel('Area').selectOption('deployment');
  await expect(page).toHaveURL(/\?area=deployment$/);

  // The filtered view survives a reload, i.e. a shared link.
  await page.reload();
  await expect(page.getByLabel('Area')).toHaveValue('deployment');
  const shownIds = page.locator('table.policy-index tbody tr:visible td:first-child');
  await expect(shownIds).toHaveText(deployment.map((p) => p.id));

  await page.getByRole('button', { name: 'ID', exact: true }).click();
  await expect(page.locator('th[aria-sort="descending"]')).toContainText('ID');
  await expect(shownIds).toHaveText(deployment.map((p) => p.id).reverse());
  await page.getByRole('button', { name: 'Title', exact: true }).click();
  await expect(shownIds).toHaveText(
    [...deployment].sort((a, b) => a.title.localeCompare(b.title, 'en')).map((p) => p.id),
  );

  // A status some policy has, but no deployment policy: the two filters then match nothing.
  const unused = policies
    .map((p) => p.status)
    .find((status) => !deployment.some((p) => p.status === status));
  expect(unused, 'the content has a status no deployment policy has').toBeDefined();
  await page.getByLabel('Status').selectOption(unused!);
  await expect(page.getByText('No policy matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all policies' }).click();
  await expect(page.locator('table.policy-index tbody tr:visible')).toHaveCount(policies.length);
  await expect(page).toHaveURL(/\/policies\/$/);
});

test('a URL with an unknown filter value shows every policy', async ({ page }) => {
  await page.goto('/policies/?area=%3Cscript%3E&status=nope');
  await expect(page.getByLabel('Area')).toHaveValue('');
  await expect(page.locator('table.policy-index tbody tr:visible')).toHaveCount(policies.length);
});

test('each area has a page listing its policies, linked from the sidebar', async ({ page }) => {
  await page.goto('/policies/kap-001/');
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  await sidebar.getByRole('link', { name: /^Deployment/ }).click();
  await expect(page).toHaveURL(/\/policies\/area\/deployment\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deployment policies');
  await expect(page.locator('table.policy-index tbody td:first-child')).toHaveText(
    policies.filter((p) => p.area === 'deployment').map((p) => p.id),
  );
});

test('on a 375 px phone the policy index does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/policies/');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
