// Every built page, one test each, so a failure names the page: its links and #anchors resolve,
// axe finds nothing, nothing leaves the site, nothing goes wrong in the console, the CSP is strict
// and nothing breaks it, and the HTML is valid.
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { violations } from './axe.ts';
import { checker } from './checker.ts';
import { watchPage } from './page-watch.ts';
import { builtPages, fileFor, idsIn, linksOf, read, SITE } from './site-pages.ts';

const pages = builtPages();
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

    test('axe finds no violation; no request leaves the site; no console error; a strict CSP, unbroken', async ({
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
      expect(await violations(page)).toEqual([]);
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
