import { expect, test } from '@playwright/test';

test('the home page leads to the policies and the background', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Kernel Access Policies/);
  await page.getByRole('link', { name: 'Read the policies' }).click();
  await expect(page).toHaveURL(/\/policies\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Policies');
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

test('without JavaScript the rules read in full and the checker says it needs JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/policies/kap-001/');
  await expect(page.locator('#r1')).toContainText('Rule in words');
  await expect(page.locator('#r1 pre[data-language="json"]')).toContainText('"var"');
  await expect(
    page.getByText('The checker runs in your browser and needs JavaScript'),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Vendor profile (JSON)' })).toBeHidden();
  await context.close();
});

test('with JavaScript the checker replaces its needs-JavaScript note', async ({ page }) => {
  await page.goto('/policies/kap-001/');
  await expect(page.getByRole('textbox', { name: 'Vendor profile (JSON)' })).toBeVisible();
  await expect(page.getByText('The checker runs in your browser and needs JavaScript')).toHaveCount(
    0,
  );
});
