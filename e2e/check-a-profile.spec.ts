import { expect, test } from '@playwright/test';
import { checker, editProfile, openPolicy, profileJson } from './checker.ts';
import { plainSampleVectors, policies } from './site-data.ts';
import { policyPath } from '../src/engine/urls.ts';

test('a sample passing the policy shows Pass, and each requirement its reason', async ({
  page,
}) => {
  await openPolicy(page, '/policies/kap-003/');
  const c = checker(page);
  await c.sample.selectOption('contoso-tidewatch');
  await expect(c.verdict('KAP-003')).toHaveAttribute('data-result', 'pass');
  await expect(c.verdict('KAP-003')).toHaveText('Pass');
  const r1 = c.requirement('KAP-003-R1');
  await expect(r1).toHaveAttribute('data-result', 'pass');
  await expect(r1).toContainText('rollout.content.ringCount');
  await expect(r1).toContainText('holds');
  await r1.getByText('How the rule applied').click();
  await expect(r1.getByRole('group', { name: 'How KAP-003-R1 applied' })).toContainText(
    '(is at least) — ✓ holds',
  );
});

test('editing one field flips the verdict from Pass to Fail as the reader types, with the reason', async ({
  page,
}) => {
  await openPolicy(page, '/policies/kap-003/');
  const c = checker(page);
  await c.sample.selectOption('contoso-tidewatch');
  await expect(c.verdict('KAP-003')).toHaveText('Pass');
  await editProfile(page, (p) => (p.rollout.content.ringCount = 1));
  await expect(c.verdict('KAP-003')).toHaveAttribute('data-result', 'fail');
  await expect(c.verdict('KAP-003')).toHaveText('Fail');
  const failing = c.region.locator('[data-requirement^="KAP-003-"][data-result="fail"]');
  await expect(failing.first()).toContainText('rollout.content.ringCount');
  await expect(failing.first()).toContainText('profile declares 1');
});

test('a keystroke updates the verdict with no button to press', async ({ page }) => {
  await openPolicy(page, '/policies/kap-003/');
  const c = checker(page);
  await c.sample.selectOption('contoso-tidewatch');
  const text = await c.profile.inputValue();
  const at = text.indexOf('"ringCount": ') + '"ringCount": '.length;
  await c.profile.focus();
  await c.profile.evaluate(
    (el: HTMLTextAreaElement, pos) => el.setSelectionRange(pos, pos + 1),
    at,
  );
  await page.keyboard.type('0');
  await expect(c.verdict('KAP-003')).toHaveText('Fail');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('9');
  await expect(c.verdict('KAP-003')).toHaveText('Pass');
});

test('a field left out fails its requirement as not declared', async ({ page }) => {
  await openPolicy(page, '/policies/kap-003/');
  const c = checker(page);
  await c.sample.selectOption('contoso-tidewatch');
  await editProfile(page, (p) => delete p.rollout.content.ringCount);
  await expect(c.verdict('KAP-003')).toHaveText('Fail');
  await expect(
    c.region.locator('[data-requirement^="KAP-003-"][data-result="fail"]').first(),
  ).toContainText('not declared: rollout.content.ringCount');
});

test('invalid JSON gives an alert with line and column, and the text stays as typed', async ({
  page,
}) => {
  await openPolicy(page, '/policies/kap-001/');
  const c = checker(page);
  const broken = '{\n  "schemaVersion": 1,\n  "vendor": "Tailspin"\n  "product": "x"\n}';
  await c.profile.fill(broken);
  await expect(c.alert).toContainText('line 4, column 3');
  await expect(c.verdict('KAP-001')).toHaveAttribute('data-result', 'error');
  await expect(c.verdict('KAP-001')).toHaveText('Error');
  await expect(c.profile).toHaveValue(broken);
  await page.reload();
  await expect(checker(page).profile).toHaveValue(broken);
  await expect(checker(page).alert).toContainText('line 4, column 3');
});

test('a schema error names the field path', async ({ page }) => {
  await openPolicy(page, '/policies/kap-003/');
  const c = checker(page);
  await editProfile(page, (p) => (p.rollout.content.ringCount = 'three'));
  await expect(c.alert).toContainText('"rollout.content.ringCount"');
  await expect(c.alert).toContainText('must be a whole number');
  await expect(c.verdict('KAP-003')).toHaveText('Error');
});

test('an unknown field is reported with a suggestion, and the profile is still checked', async ({
  page,
}) => {
  await openPolicy(page, '/policies/kap-003/');
  const c = checker(page);
  await c.sample.selectOption('contoso-tidewatch');
  await editProfile(page, ({ rollout: { content } }) => {
    content.ringcount = content.ringCount;
    delete content.ringCount;
  });
  await expect(c.region.getByRole('status').filter({ hasText: 'Unknown field' })).toContainText(
    'Did you mean "rollout.content.ringCount"?',
  );
  await expect(c.verdict('KAP-003')).toHaveText('Fail');
});

test('the profile follows the reader across reloads and to other policy pages; Reset returns to the sample', async ({
  page,
}) => {
  await openPolicy(page, '/policies/kap-001/');
  const c = checker(page);
  await c.sample.selectOption('northwind-edr');
  await editProfile(page, (p) => (p.vendor = 'Tailspin'));
  const edited = await c.profile.inputValue();

  await page.reload();
  await expect(checker(page).profile).toHaveValue(edited);

  await openPolicy(page, '/policies/kap-002/');
  await expect(checker(page).profile).toHaveValue(edited);

  await checker(page).reset.click();
  expect((await profileJson(page)).vendor).toBe('Northwind');
  await expect(checker(page).sample).toHaveValue('northwind-edr');

  // The edited text is not lost by Reset: it is one choice away.
  await checker(page).sample.selectOption({ label: 'Your edited profile' });
  await expect(checker(page).profile).toHaveValue(edited);
});

for (const policy of policies) {
  const vectors = plainSampleVectors(policy);
  if (vectors.length === 0) continue;
  test(`${policy.id}: each sample gets, in the page, the verdict the policy's test vectors expect`, async ({
    page,
  }) => {
    await openPolicy(page, policyPath(policy.id));
    for (const vector of vectors) {
      await checker(page).sample.selectOption(vector.sample);
      await expect(checker(page).verdict(policy.id), vector.name).toHaveAttribute(
        'data-result',
        vector.expect.result,
      );
      for (const [id, result] of Object.entries(vector.expect.requirements ?? {})) {
        await expect(
          checker(page).requirement(`${policy.id}-${id}`),
          `${vector.name}: ${id}`,
        ).toHaveAttribute('data-result', result);
      }
    }
  });
}

test('under a "not", the tree marks the field that made the requirement fail as failing', async ({
  page,
}) => {
  await openPolicy(page, '/policies/kap-001/');
  const c = checker(page);
  // A sample with kernel code: without any, bootStart cannot be true and R5 does not read it.
  await c.sample.selectOption('northwind-edr');
  await editProfile(page, (p) => (p.architecture.bootStart = true));
  const r5 = c.requirement('KAP-001-R5');
  await expect(r5).toHaveAttribute('data-result', 'fail');
  await r5.getByText('How the rule applied').click();
  const tree = r5.getByRole('group', { name: 'How KAP-001-R5 applied' });
  await expect(tree).toContainText('✗ FAILS: true, which the rule rules out');
  await expect(tree).not.toContainText('holds');
});
