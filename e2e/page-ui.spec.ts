// The policy page as a reviewer meets it: rules in JSON behind a disclosure, a call to the checker
// at the top, a profile form in sections, buttons that look like buttons; and sample pages that
// open in the checker.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { violations } from './axe.ts';
import { checker, openPolicy, profileJson } from './checker.ts';
import { builtPages, fileFor, idsOf, read } from './site-pages.ts';
import { policies } from './site-data.ts';
import { policyPath, samplePath } from '../src/engine/urls.ts';
import { loadSamples } from '../src/lib/policy-files.ts';
import profileSchema from '../src/profiles/vendor-profile.v1.json' with { type: 'json' };

const THEMES = ['light', 'dark'] as const;
const KAP_003 = policies.find((p) => p.id === 'KAP-003')!;
/** The profile schema's top-level groups, in its order: one form section each. */
const GROUPS = Object.entries(profileSchema.properties)
  .filter(([, node]) => 'properties' in node)
  .map(([name]) => name);

test.use({ viewport: { width: 1280, height: 800 } });

/** Where an element starts, from the top of the page. */
function pageTop(locator: Locator): Promise<number> {
  return locator.evaluate((el) => el.getBoundingClientRect().top + scrollY);
}

async function openForm(page: Page): Promise<Locator> {
  await page.getByText('Edit as a form').click();
  const form = page.getByRole('form', { name: 'Vendor profile fields' });
  await expect(form.locator('details.form-section').first()).toBeVisible();
  return form;
}

test("a requirement's JSON rule starts closed, and opens highlighted, the rule itself", async ({
  page,
}) => {
  await openPolicy(page, '/policies/kap-003/');
  for (const requirement of KAP_003.requirements) {
    const item = page.locator(`#${requirement.id.toLowerCase()}`);
    await expect(item.getByText('Rule in words:')).toBeVisible();
    const code = item.locator('.rule-json pre[data-language="json"]');
    await expect(code).toBeHidden();
    await item.locator('.rule-json > summary', { hasText: 'Rule as JSON Logic' }).click();
    await expect(code).toBeVisible();
    // Expressive Code's highlighting: keys, strings and punctuation each in colours of their own.
    const colours = await code
      .locator('span[style]')
      .evaluateAll((spans) => new Set(spans.map((s) => s.getAttribute('style'))).size);
    expect(colours).toBeGreaterThan(1);
    expect(JSON.parse((await code.textContent())!)).toEqual(requirement.rule);
  }
});

test('with the rules closed the checker comes thousands of pixels sooner than with them open', async ({
  page,
}) => {
  await openPolicy(page, '/policies/kap-003/');
  const region = checker(page).region;
  const closed = await pageTop(region);
  await page
    .locator('details.rule-json')
    .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const open = await pageTop(region);
  expect(open - closed).toBeGreaterThan(2000);
});

test("a requirement's rule and citation disclosures share one line until one opens", async ({
  page,
}) => {
  await page.goto('/policies/kap-003/');
  const r1 = page.locator('#r1');
  const rule = r1.locator('.rule-json > summary');
  const cite = r1.locator('kap-cite summary');
  expect(Math.abs((await rule.boundingBox())!.y - (await cite.boundingBox())!.y)).toBeLessThan(4);
  await rule.click();
  expect((await cite.boundingBox())!.y).toBeGreaterThan((await rule.boundingBox())!.y + 100);
});

test('without JavaScript a rule as JSON still opens and reads in full', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/policies/kap-003/');
  await page.locator('#r2 .rule-json > summary').click();
  await expect(page.locator('#r2 pre[data-language="json"]')).toBeVisible();
  await expect(page.locator('#r2 pre[data-language="json"]')).toContainText(
    'rollout.content.minBakeMinutes',
  );
  await context.close();
});

test('every page with a policy header calls to check a profile, and its checker heading exists', () => {
  const pages = builtPages().filter((path) =>
    read(fileFor(path)!).includes('class="policy-header not-content" data-policy='),
  );
  // Every current policy page and every frozen version page, superseded KAP-006 among them.
  expect(pages).toContain('/policies/kap-006/');
  expect(pages).toContain('/policies/kap-006/1.1.2/');
  expect(pages.length).toBeGreaterThan(policies.length);
  for (const path of pages) {
    const html = read(fileFor(path)!);
    const id = /data-policy="(KAP-\d{3})"/.exec(html)![1];
    const link = new RegExp(
      `<a [^>]*href="#check-a-vendor-profile"[^>]*>[^]*?Check a vendor profile against ${id}`,
    );
    expect(html, path).toMatch(link);
    expect(idsOf(html).has('check-a-vendor-profile'), path).toBe(true);
  }
});

for (const path of ['/policies/kap-003/', '/policies/kap-006/', '/policies/kap-006/1.1.2/']) {
  test(`on ${path} a call to the checker comes before the prose, a few keys away from the checker`, async ({
    page,
  }) => {
    await openPolicy(page, path);
    // Opening started the checker, which scrolled to it; the reader arrives at the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    const id = path.match(/kap-\d+/)![0].toUpperCase();
    const call = page.getByRole('link', {
      name: new RegExp(`^Check a vendor profile against ${id}`),
    });
    // On a current policy's page, in the first screen; a frozen page first says which version
    // it keeps, and, for KAP-006, that it was superseded.
    if (!/\/\d+\.\d+\.\d+\/$/.test(path)) await expect(call).toBeInViewport();
    const motivation = page.getByRole('heading', { name: 'Motivation', level: 2 });
    expect(await pageTop(call)).toBeLessThan(await pageTop(motivation));
    // A call to action: a filled, rounded block, not a line of link text.
    const look = await call.evaluate((a) => {
      const style = getComputedStyle(a);
      return {
        background: style.backgroundColor,
        body: getComputedStyle(document.body).backgroundColor,
        height: a.getBoundingClientRect().height,
      };
    });
    expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(look.background).not.toBe(look.body);
    expect(look.height).toBeGreaterThanOrEqual(40);

    await call.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#check-a-vendor-profile$/);
    await expect(
      page.getByRole('heading', { name: 'Check a vendor profile', level: 2 }),
    ).toBeInViewport();
    // The checker's first control is next, or after the heading's own anchor link where the
    // page gives its headings one (frozen pages do not).
    await page.keyboard.press('Tab');
    const sample = checker(page).sample;
    if (!(await sample.evaluate((el) => el === document.activeElement)))
      await page.keyboard.press('Tab');
    await expect(sample).toBeFocused();
  });
}

test('the profile form has a section per group of the schema, closed but for the first', async ({
  page,
}) => {
  await openPolicy(page, '/policies/kap-003/');
  const form = await openForm(page);
  const sections = form.locator('details.form-section');
  await expect(sections.locator('.form-section-name')).toHaveText([
    'Product and declaration',
    ...GROUPS,
  ]);
  await expect(sections.first()).toHaveAttribute('open', '');
  for (const group of GROUPS)
    await expect(form.locator(`details[data-section="${group}"]`)).not.toHaveAttribute('open');
  // Closed sections keep the open form short; all open, it is several times as tall.
  const panel = page.locator('.checker-form-panel');
  const short = (await panel.boundingBox())!.height;
  await sections.evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  expect((await panel.boundingBox())!.height).toBeGreaterThan(4 * short);
  // A nested group is a fieldset in its parent's section.
  await expect(
    form.locator('details[data-section="rollout"] fieldset[data-group="rollout.content"] > legend'),
  ).toHaveText('rollout.content');
});

test('a form section is a group named by its summary, counts what is declared, and its fields edit the profile', async ({
  page,
}) => {
  await openPolicy(page, '/policies/kap-003/');
  const form = await openForm(page);
  const rollout = form.locator('details[data-section="rollout"]');
  const count = rollout.locator('.form-section-count');
  const before = Number((await count.textContent())!.match(/^(\d+) of/)![1]);
  await rollout.locator('> summary').click();
  const group = form.getByRole('group', { name: /^rollout \d+ of \d+ declared$/ });
  const rings = group.getByRole('spinbutton', { name: 'ringCount (rings)' }).first();
  await rings.fill('4');
  expect((await profileJson(page)).rollout.content.ringCount).toBe(4);
  await group
    .getByRole('button', { name: 'Remove rollout.content.ringCount (leave it undeclared)' })
    .click();
  expect((await profileJson(page)).rollout.content).not.toHaveProperty('ringCount');
  await expect(count).toHaveText(new RegExp(`^${before - 1} of \\d+ declared$`));
  await expect(checker(page).requirement('KAP-003-R1')).toHaveAttribute('data-result', 'fail');
});

for (const colorScheme of THEMES) {
  test(`no axe violations on a policy page with its rules, citations and form sections open, ${colorScheme} theme`, async ({
    page,
  }) => {
    test.slow(); // the largest scan a policy page has
    await page.emulateMedia({ colorScheme });
    await openPolicy(page, '/policies/kap-003/');
    await openForm(page);
    await page
      .locator('details.rule-json, kap-cite details, details.form-section')
      .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await violations(page)).toEqual([]);
  });
}

/** What makes a button look like one, as computed, beside the page's background. */
function buttonLook(locator: Locator) {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    const probe = document.createElement('div');
    probe.style.color = 'var(--sl-color-accent-low)';
    document.body.append(probe);
    const accentLow = getComputedStyle(probe).color;
    probe.remove();
    return {
      background: style.backgroundColor,
      accentLow,
      page: getComputedStyle(document.body).backgroundColor,
      border: `${style.borderTopWidth} ${style.borderTopStyle}`,
      borderColor: style.borderTopColor,
      text: style.color,
      radius: parseFloat(style.borderTopLeftRadius),
      cursor: style.cursor,
    };
  });
}

function expectButtonLook(look: Awaited<ReturnType<typeof buttonLook>>, what: string): void {
  expect(look.background, what).toBe(look.accentLow);
  expect(look.background, what).not.toBe(look.page);
  expect(look.border, what).toBe('1px solid');
  expect(look.borderColor, what).not.toBe(look.background);
  expect(look.radius, what).toBeGreaterThan(8);
  expect(look.cursor, what).toBe('pointer');
}

for (const colorScheme of THEMES) {
  test(`the site's buttons share one button look, and Starlight's header keeps its own, ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openPolicy(page, '/policies/kap-001/');
    const c = checker(page);
    for (const name of ['Reset', 'Copy link', 'Download profile'])
      expectButtonLook(await buttonLook(c.region.getByRole('button', { name })), name);
    await page.getByText(/^Cite KAP-001, version/).click();
    const copy = page.getByRole('button', { name: 'Copy BibTeX citation of KAP-001' });
    expectButtonLook(await buttonLook(copy), 'Copy BibTeX');
    const form = await openForm(page);
    const remove = form.getByRole('button', { name: /^Remove evidenceUrls/ });
    expectButtonLook(await buttonLook(remove), 'Remove');

    const search = await buttonLook(page.getByRole('button', { name: 'Search' }));
    expect(search.background).not.toBe(search.accentLow);
    const copyCode = await buttonLook(page.locator('.expressive-code button').first());
    expect(copyCode.background).not.toBe(copyCode.accentLow);

    await page.goto('/check/');
    await expect(page.locator('[data-summary]')).not.toBeEmpty();
    for (const name of ['Export Markdown', 'Export JSON', 'Print report'])
      expectButtonLook(await buttonLook(page.getByRole('button', { name })), name);
    expectButtonLook(await buttonLook(page.locator('label.checker-open')), 'Open a profile file');

    await page.goto('/policies/?area=tamper&status=superseded');
    expectButtonLook(
      await buttonLook(page.getByRole('button', { name: 'Show all policies' })),
      'Show all policies',
    );
    // The sort buttons stand in for the header text: no button look.
    const sort = await buttonLook(page.locator('.policy-sort').first());
    expect(sort.background).toBe('rgba(0, 0, 0, 0)');
  });
}

test('a button shows a focus ring when reached by keyboard, and a file label when its input is', async ({
  page,
}) => {
  await page.goto('/check/');
  const c = checker(page);
  await expect(page.locator('[data-summary]')).not.toBeEmpty();
  await c.sample.focus();
  await page.keyboard.press('Tab');
  await expect(c.reset).toBeFocused();
  await expect(c.reset).toHaveCSS('outline-style', 'solid');
  const open = page.locator('label.checker-open');
  await expect(open).toHaveCSS('outline-style', 'none');
  await c.reset.focus();
  await page.keyboard.press('Tab');
  await expect(open.locator('input[type="file"]')).toBeFocused();
  await expect(open).toHaveCSS('outline-style', 'solid');
});

for (const { name } of loadSamples()) {
  test(`the sample page of ${name} opens it in the checker and links every policy`, async ({
    page,
  }) => {
    await page.goto(samplePath(name));
    const open = page.getByRole('link', { name: 'Open in the checker' });
    await expect(open).toBeInViewport();
    await expect(open).toHaveAttribute('href', `/check/?sample=${name}`);
    for (const policy of policies)
      await expect(
        page.locator(`[data-sample-verdict="${policy.id}"] a[href="${policyPath(policy.id)}"]`),
      ).toHaveText(policy.id);
  });
}

test('no axe violations on a sample page with its link to the checker, both themes', async ({
  page,
}) => {
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    await page.goto(samplePath('northwind-edr'));
    expect(await violations(page), colorScheme).toEqual([]);
  }
});
