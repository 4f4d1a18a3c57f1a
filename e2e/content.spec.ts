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
  expect(href).toMatch(/^\/background\/glossary\/#term-[a-z0-9-]+$/);
  await term.click();
  const entry = page.locator(href.slice(href.indexOf('#')));
  await expect(entry).toBeInViewport();
  await expect(entry.locator('dd')).not.toBeEmpty();
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
