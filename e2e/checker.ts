// The checker's interface as design.md fixes it: what every spec drives.
import { expect, type Page } from '@playwright/test';

/** Locators for the checker on the current page. */
export function checker(page: Page) {
  const region = page.getByRole('region', { name: 'Check a vendor profile' });
  return {
    region,
    sample: region.getByLabel('Sample profile'),
    profile: region.getByRole('textbox', { name: 'Vendor profile (JSON)' }),
    alert: region.getByRole('alert'),
    reset: region.getByRole('button', { name: 'Reset' }),
    verdict: (policyId: string) => region.locator(`[data-check="${policyId}"]`),
    requirement: (ref: string) => region.locator(`[data-requirement="${ref}"]`),
  };
}

/** The profile in the text box, parsed. */
export async function profileJson(page: Page): Promise<Record<string, any>> {
  return JSON.parse(await checker(page).profile.inputValue());
}

/** Replaces the profile text with this value, as JSON. */
async function setProfile(page: Page, profile: unknown): Promise<void> {
  await checker(page).profile.fill(JSON.stringify(profile, null, 2));
}

/** Changes the profile in the text box: `change` edits its parsed JSON in place. */
export async function editProfile(
  page: Page,
  change: (profile: Record<string, any>) => void,
): Promise<void> {
  const profile = await profileJson(page);
  change(profile);
  await setProfile(page, profile);
}

/** Opens a page with a fresh browser storage, and waits for the checker to give a verdict. */
export async function openPolicy(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(checker(page).verdict(path.match(/kap-\d+/i)![0].toUpperCase())).toHaveAttribute(
    'data-result',
    /pass|fail|error/,
  );
  await startChecker(page);
}

/**
 * Has the checker load its engine, as a reader's pointer over it does, and waits until it runs:
 * until then the verdicts shown are the build's, of the first sample.
 */
export async function startChecker(page: Page): Promise<void> {
  await checker(page).region.hover();
  await expect(page.locator('kap-checker[data-running]')).toHaveCount(1);
}
