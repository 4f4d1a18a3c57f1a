import { expect, test } from '@playwright/test';

test('searching a word from a policy body lands on that policy', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill('bake');
  const result = dialog.locator('.pagefind-ui__result-link').first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/\/policies\/kap-003\//);
  await expect(page.locator('main')).toContainText(/bake/i);
});

test('search finds a policy by its ID', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill('KAP-002');
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toContainText('KAP-002');
});
