// Every built page, one test each, so a failure names the page: its links and #anchors resolve,
// the HTML is valid, nothing leaves the site, nothing goes wrong in the console, the CSP is strict
// and nothing breaks it, and axe finds nothing (on every page but the frozen versions and compare
// pages that a sampled page of the same template and kind stands for: see axeStandIns below).
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { violations } from './axe.ts';
import { checker, startChecker } from './checker.ts';
import { watchPage } from './page-watch.ts';
import { builtPages, fileFor, idsIn, linksOf, read, SITE } from './site-pages.ts';
import { comparePath, policyVersionPath } from '../src/engine/urls.ts';
import { compareVersions } from '../src/engine/versions.ts';
import { loadPolicies } from '../src/lib/policy-files.ts';
import { releasesOf, versionEntries } from '../src/lib/policy-releases.ts';

const pages = builtPages();

/**
 * The pages axe does not scan, each with the page that stands in for it: the same template, the
 * same kind, the same policy. About 150 of the site's pages are frozen versions
 * (/policies/kap-001/1.0.0/) and compare pages (/policies/kap-001/compare/1.0.0...1.1.0/), from
 * two templates; a full axe scan of each took most of the suite's time. What each of them shows
 * is released text and rules, which never change once released (their hash is locked at release,
 * and the build fails if a released file changes: src/lib/release-check.ts). What can change under
 * them is what they share with their stand-in (template, components, styles, scripts), and that
 * axe scans on the stand-in. Every one of them is still checked in full otherwise: its links and
 * anchors, its HTML (which catches what its own text could break: headings in order, alt text,
 * names of links and buttons, ids), and a visit in the browser that watches requests, console,
 * uncaught errors and the CSP (its scripts, such as the checker judging by that version's rules,
 * run on data of its own).
 *
 * Scanned, per policy: the oldest version page of each kind (a version from before the archive,
 * whose text was not kept; an earlier release, with its then-and-now table; the latest release,
 * whose text is also the current page's), and the widest compare page, from its first release to
 * its latest; then any compare page that shows a kind of change (a requirement added, changed,
 * removed) that no scanned compare page shows. Every other page is scanned.
 */
function axeStandIns(): Map<string, string> {
  const standIns = new Map<string, string>();
  const changeKindsScanned = new Set<string>();
  for (const policy of loadPolicies()) {
    const releases = releasesOf(policy.id).map((r) => r.version);
    const [first, latest] = [releases[0], releases.at(-1)];
    const oldestOfKind = new Map<string, string>();
    for (const entry of versionEntries(policy).sort((a, b) =>
      compareVersions(a.version, b.version),
    )) {
      const kind = !entry.release ? 'not kept' : entry.version === latest ? 'latest' : 'earlier';
      const path = policyVersionPath(policy.id, entry.version);
      const standIn = oldestOfKind.get(kind);
      if (standIn) standIns.set(path, standIn);
      else oldestOfKind.set(kind, path);
    }
    if (!first || !latest || first === latest) continue;
    const widest = comparePath(policy.id, first, latest);
    for (const kind of changeKinds(widest)) changeKindsScanned.add(kind);
    for (const [i, before] of releases.entries())
      for (const after of releases.slice(i + 1)) {
        const path = comparePath(policy.id, before, after);
        if (path !== widest) standIns.set(path, widest);
      }
  }
  for (const path of standIns.keys()) {
    if (!path.includes('/compare/')) continue;
    const kinds = [...changeKinds(path)];
    if (kinds.every((kind) => changeKindsScanned.has(kind))) continue;
    standIns.delete(path);
    for (const kind of kinds) changeKindsScanned.add(kind);
  }
  return standIns;
}

/** The kinds of change a built compare page shows: "added", "changed", "removed". */
function changeKinds(path: string): Set<string> {
  const file = fileFor(path); // a page missing from the build fails "the site has its pages"
  if (!file) return new Set();
  return new Set([...read(file).matchAll(/data-change="([^"]+)"/g)].map((m) => m[1]!));
}

const standIns = axeStandIns();

/**
 * html-validate's recommended rules, less those that judge style rather than validity or that
 * trip only on markup Starlight and Astro write (Expressive Code's blocks are left out below).
 */
const htmlValidate = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta/>; both forms are valid HTML.
    'void-style': 'off',
    // Astro's redirect pages (renamed samples) write <!doctype html>; its case does not matter.
    'doctype-style': 'off',
    // Starlight and Expressive Code set style attributes (icon sizes, sidebar depth, colours).
    'no-inline-style': 'off',
    // Starlight's buttons (menu, search) sit outside forms, where the default type does nothing.
    'no-implicit-button-type': 'off',
    // Search-engine advice, not validity: policy titles are long by nature.
    'long-title': 'off',
    // The checker's form applies each change as it is made; there is nothing to submit.
    'wcag/h32': 'off',
    // Starlight's unnamed right-sidebar <aside> and its two tables of contents (one for narrow
    // screens, one for wide, never both shown) share names; axe, which sees what is shown,
    // checks landmarks on every page.
    'unique-landmark': 'off',
    // HTML allows any id without spaces; Starlight's "_top" starts with an underscore.
    'valid-id': ['error', { relaxed: true }],
  },
});

/**
 * Expressive Code's blocks (Starlight's code highlighter) put a <div> per line inside <code>
 * and one inside their copy button: its markup, not ours, so it is left out of validation.
 */
function withoutCodeBlocks(html: string): string {
  return html.replace(/<div class="expressive-code">[\s\S]*?<\/figure><\/div>/g, '');
}

test('the site has its pages', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/check/');
  expect(pages.length).toBeGreaterThan(20);
  // The pages axe leaves to a stand-in are built pages, and each stand-in is scanned.
  for (const [path, standIn] of standIns) {
    expect(pages, path).toContain(path);
    expect(pages, standIn).toContain(standIn);
    expect(standIns.has(standIn), standIn).toBe(false);
  }
});

for (const path of pages) {
  test.describe(path, () => {
    test('every internal link and #anchor resolves', () => {
      const file = fileFor(path)!;
      const broken: string[] = [];
      for (const href of linksOf(read(file))) {
        const url = new URL(href, `${SITE}${path}`);
        if (url.origin !== SITE) continue;
        const target =
          url.pathname === new URL(`${SITE}${path}`).pathname ? file : fileFor(url.pathname);
        if (!target) {
          broken.push(`${href}: no page at ${url.pathname}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && target.endsWith('.html') && !idsIn(target).has(anchor))
          broken.push(`${href}: no #${anchor} on ${url.pathname}`);
      }
      expect(broken).toEqual([]);
    });

    test('the HTML is valid', async () => {
      const file = fileFor(path)!;
      const report = await htmlValidate.validateString(withoutCodeBlocks(read(file)), file);
      expect(
        report.results.flatMap((r) =>
          r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
        ),
      ).toEqual([]);
    });

    const standIn = standIns.get(path);
    const axe = standIn
      ? `axe scans ${standIn} instead, of the same template and kind`
      : 'axe finds no violation';
    test(`no request leaves the site; no console error; a strict CSP, unbroken; ${axe}`, async ({
      page,
      baseURL,
    }) => {
      const watch = await watchPage(page, baseURL!, { allow404: path === '/404.html' });
      await page.goto(path, { waitUntil: 'load' });
      const policy = await page
        .locator('head meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
      expect(policy).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'|https?:/);
      if (!standIn) expect(await violations(page)).toEqual([]);
      expect(await watch.problems()).toEqual([]);
    });
  });
}

test('under the CSP, the checker, search, theme switch, share link, exports and print all work with no violation', async ({
  page,
  baseURL,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const watch = await watchPage(page, baseURL!);
  await page.goto('/check/');
  const c = checker(page);
  await startChecker(page);
  await c.sample.selectOption('fabrikam-legacy');
  await expect(page.locator('[data-summary]')).not.toBeEmpty();
  await c.profile.fill((await c.profile.inputValue()).replace('Fabrikam', 'Fabrikam CSP'));
  await expect(c.verdict('KAP-001')).toHaveAttribute('data-result', /^(pass|fail)$/);
  await page.getByText('Edit as a form').click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByLabel('Link to this profile')).toHaveValue(/#profile=1\./);
  for (const button of ['Download profile', 'Export Markdown', 'Export JSON']) {
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
  }
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'Print report' }).click();
  const theme = page.getByRole('combobox', { name: 'Select theme' }).first();
  await theme.selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await theme.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill('bake');
  const result = dialog.locator('.pagefind-ui__result-link').first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/\/policies\//);
  expect(await watch.problems()).toEqual([]);
});
