import { expect, test, type Page } from '@playwright/test';

/** Opens the site's search dialog and types a query; returns the dialog. */
async function search(page: Page, query: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
  return dialog;
}

test('searching a word from a policy body lands on that policy', async ({ page }) => {
  const dialog = await search(page, 'bake');
  const result = dialog.locator('.pagefind-ui__result-link').first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/\/policies\/kap-003\//);
  await expect(page.locator('main')).toContainText(/bake/i);
});

test('search finds a policy by its ID and shows its area and status', async ({ page }) => {
  const dialog = await search(page, 'KAP-007');
  const first = dialog.locator('.pagefind-ui__result').first();
  await expect(first.locator('.pagefind-ui__result-link').first()).toContainText('KAP-007');
  await expect(first).toContainText('Area:');
  await expect(first).toContainText('Status:');
});

test('search finds a policy by words of its title', async ({ page }) => {
  const dialog = await search(page, 'memory safety privileged');
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toContainText('KAP-009');
});
