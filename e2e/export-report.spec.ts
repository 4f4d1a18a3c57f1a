// The page's Markdown export: who, what and when first, a share link that reopens the profile,
// and a hostile profile's text quoted inertly.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { checker, editProfile, profileJson, startChecker } from './checker.ts';

const HOSTILE =
  'Evil\n# Forged heading <img src=x onerror=alert(1)> [link](javascript:alert(1)) @octocat';

async function exportMarkdown(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  return readFile((await download.path())!, 'utf8');
}

test('the Markdown export says who, what and when, quotes profile text inertly, and links back to the profile', async ({
  page,
}) => {
  await page.goto('/check/');
  await startChecker(page);
  await checker(page).sample.selectOption('fabrikam-legacy');
  await editProfile(page, (p) => (p.vendor = HOSTILE));
  await expect(page.locator('[data-summary]')).toContainText('policies');
  const markdown = await exportMarkdown(page);
  const lines = markdown.split('\n');
  expect(lines[0]).toBe(
    '# Kernel-access policy check: `Evil # Forged heading <img src=x onerror=alert(1)> [link](javascript:alert(1)) @octocat` — Fabrikam Shield Legacy Agent 9.8.3 (windows)',
  );
  expect(lines.filter((l) => l.startsWith('# '))).toHaveLength(1);
  expect(lines.slice(2, 6)).toEqual([
    '- Vendor: `Evil # Forged heading <img src=x onerror=alert(1)> [link](javascript:alert(1)) @octocat`',
    '- Product: Fabrikam Shield Legacy Agent',
    '- Product version: 9.8.3',
    `- Date checked: ${new Date().toISOString().slice(0, 10)}`,
  ]);
  expect(lines[6]).toMatch(/^- Policy set version: `[^`]+` \(\d+ policies checked\)$/);
  const share = /^- Share link: \[open this profile in the checker\]\((http[^)]+)\)$/.exec(
    lines[7]!,
  )?.[1];
  expect(share).toBeTruthy();

  const reopened = await page.context().newPage();
  await reopened.goto(share!);
  await expect
    .poll(async () => (await profileJson(reopened)).vendor, { timeout: 15_000 })
    .toBe(HOSTILE);
});
