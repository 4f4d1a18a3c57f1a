// Versions: a frozen page judges by its own rules beside the latest's, the compare view, the change
// log, a retired policy's banner, and every versioned URL the data names answers.
import { expect, test } from '@playwright/test';
import { violations } from './axe.ts';
import { checker, editProfile, openPolicy } from './checker.ts';
import {
  comparePath,
  policyJsonPath,
  policyPath,
  policyVersionJsonPath,
  policyVersionPath,
} from '../src/engine/urls.ts';
import { loadPolicies } from '../src/lib/policy-files.ts';
import { releasesOf, versionEntries } from '../src/lib/policy-releases.ts';
import { siteUrl } from '../src/lib/site-url.ts';

/** KAP-012 0.5.0 stopped passing a 0-minute detection target, which 0.4.0 passed (R3, R4). */
const CITED = '/policies/kap-012/0.4.0/';
const LATEST = loadPolicies().find((p) => p.id === 'KAP-012')!.version;

test("a frozen version's checker judges by that version's rule, with the latest's verdict beside it", async ({
  page,
}) => {
  test.slow(); // a checker, an axe run and a second page
  await openPolicy(page, CITED);
  await expect(page.getByText('Version 0.4.0, not the latest')).toBeVisible();
  await expect(page.locator('#r3')).toContainText('30 minutes or less');
  await editProfile(page, (p) => {
    p.telemetry.detectSloMinutes = 0;
    // 0.4.0's R2 read a field the profile format has since replaced: declare it for that version.
    p.telemetry.sharedWithOsVendor = true;
  });

  const c = checker(page);
  await expect(c.requirement('KAP-012-R3')).toHaveAttribute('data-result', 'pass');
  await expect(c.verdict('KAP-012')).toHaveText('Pass');
  const table = c.region.getByRole('table', {
    name: 'This profile under the cited version and under the latest',
  });
  const cell = (ref: string, version: string) =>
    table.locator(`td[data-ref="${ref}"][data-version="${version}"]`);
  await expect(cell('KAP-012', '0.4.0')).toHaveText('Pass');
  await expect(cell('KAP-012', LATEST)).toHaveText('Fail');
  await expect(cell('KAP-012-R3', '0.4.0')).toHaveText('Pass');
  await expect(cell('KAP-012-R3', LATEST)).toHaveText('Fail');
  await expect(cell('KAP-012-R1', LATEST)).toHaveText('Pass');
  await expect(c.region.getByRole('status').filter({ hasText: 'cited version' })).toHaveText(
    `Passes under the cited version 0.4.0, but fails under the latest, ${LATEST}. R3 and R4 have a different verdict now.`,
  );
  expect(await violations(page)).toEqual([]);

  // The same profile on the current page: the latest rule fails it.
  await page
    .getByRole('link', { name: new RegExp(`^${LATEST.replaceAll('.', '\\.')}`) })
    .first()
    .click();
  await expect(page).toHaveURL(/\/policies\/kap-012\/$/);
  await expect(checker(page).requirement('KAP-012-R3')).toHaveAttribute('data-result', 'fail');
});

test('the latest version has no comparison table: there is nothing to compare with', async ({
  page,
}) => {
  await openPolicy(page, `/policies/kap-012/${LATEST}/`);
  await expect(page.getByText(`Version ${LATEST}, the latest`)).toBeVisible();
  await expect(page.locator('kap-then-now')).toHaveCount(0);
});

test('the history links every version, and the compare view redlines each changed requirement', async ({
  page,
}) => {
  await page.goto('/policies/kap-012/');
  const history = page.locator('table.history');
  await expect(history.getByRole('link', { name: '0.4.0', exact: true })).toHaveAttribute(
    'href',
    '/policies/kap-012/0.4.0/',
  );
  await history.getByRole('link', { name: 'Changes from 0.4.0' }).click();
  await expect(page).toHaveURL(/\/policies\/kap-012\/compare\/0\.4\.0\.\.\.0\.5\.0\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'KAP-012: changes from 0.4.0 to 0.5.0',
  );

  const changed = page.locator('.compare-requirement[data-change="changed"]');
  await expect(changed).toHaveCount(2);
  const r3 = page.locator('#compare-r3');
  await expect(r3.locator('ins').first()).toContainText('at least 1 minute');
  await expect(r3.locator('del').first()).toContainText('or less');
  await expect(r3.locator('.rule-words ins')).toContainText('1 ≤');
  await expect(page.getByText('Unchanged: KAP-012-R1, KAP-012-R2.')).toBeVisible();
  await expect(page.locator('.compare-prose li')).toHaveCount(1);
  expect(await violations(page)).toEqual([]);
});

test('/changes/ lists every version of every policy, newest first, and links its Atom feed', async ({
  page,
}) => {
  const policies = loadPolicies();
  await page.goto('/changes/');
  const rows = page.locator('table.changes tbody tr');
  await expect(rows).toHaveCount(policies.reduce((n, p) => n + p.history.length, 0));
  const dates = await rows.locator('td:first-child').allInnerTexts();
  expect(dates).toEqual([...dates].sort().reverse());
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    '/changes.xml',
  );
  // axe scans /changes/ as it loads in whole-site.spec.ts.
});

test('a superseded policy keeps its page, with the reason and its successor; an unkept version says so', async ({
  page,
}) => {
  const superseded = loadPolicies().find((p) => p.status === 'superseded')!;
  await page.goto(policyPath(superseded.id));
  const banner = page.getByRole('complementary', { name: 'Superseded' });
  const entry = superseded.history.find((h) =>
    h.change.startsWith(`Superseded by ${superseded.supersededBy}`),
  )!;
  await expect(banner).toContainText(
    `Superseded in version ${entry.version} (${entry.date}): ${entry.change}`,
  );
  await expect(banner.getByRole('link', { name: superseded.supersededBy! })).toHaveAttribute(
    'href',
    policyPath(superseded.supersededBy!),
  );

  const unkept = versionEntries(superseded).find((e) => !e.release)!;
  await page.goto(policyVersionPath(superseded.id, unkept.version));
  await expect(page.getByRole('complementary', { name: 'Text not kept' })).toContainText(
    unkept.change,
  );
  expect(await violations(page)).toEqual([]);
});

test('every versioned URL the data names answers, and so does every link of the feed', async ({
  request,
}) => {
  const paths = ['/cite/', '/changes/', '/changes.xml', '/oscal/catalog.json', '/policies.json'];
  for (const policy of loadPolicies()) {
    paths.push(policyPath(policy.id), policyJsonPath(policy.id));
    for (const entry of versionEntries(policy))
      paths.push(policyVersionPath(policy.id, entry.version));
    const releases = releasesOf(policy.id);
    for (const [i, release] of releases.entries()) {
      paths.push(policyVersionJsonPath(policy.id, release.version));
      for (const later of releases.slice(i + 1))
        paths.push(comparePath(policy.id, release.version, later.version));
    }
  }
  const feed = await (await request.get('/changes.xml')).text();
  const fromFeed = [...feed.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
  for (const url of fromFeed) expect(url.startsWith(siteUrl())).toBe(true);
  for (const path of [...new Set([...paths, ...fromFeed.map((u) => u.slice(siteUrl().length))])]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
  }
});

test('one policy and one released version as JSON; the schema has its $id at its published URL', async ({
  request,
}) => {
  const { policies } = await (await request.get('/policies.json')).json();
  const current = await (await request.get('/policies/kap-001.json')).json();
  expect(current).toEqual(policies.find((p: { id: string }) => p.id === 'KAP-001'));
  const old = await (await request.get('/policies/kap-012/0.4.0.json')).json();
  expect(old.version).toBe('0.4.0');
  expect(old.requirements.find((r: { id: string }) => r.id === 'R3').rule).toEqual({
    '<=': [{ var: 'telemetry.detectSloMinutes' }, 30],
  });
  const schema = await (await request.get('/schema/vendor-profile.v1.json')).json();
  expect(schema.$id).toBe(`${siteUrl()}/schema/vendor-profile.v1.json`);
});
