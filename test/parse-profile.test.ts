import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../src/engine/parse-profile.ts';

const valid = {
  schemaVersion: 1,
  vendor: 'Contoso',
  product: 'Guard',
  productVersion: '1.0',
  platform: 'windows',
  declaredOn: '2026-01-01',
};
const text = (value: unknown) => JSON.stringify(value, null, 2);

test('a valid profile parses with no warnings', () => {
  const parsed = parseProfile(text(valid));
  assert.equal(parsed.ok, true);
  assert.deepEqual(parsed.warnings, []);
});

test('a JSON syntax error names line and column', () => {
  const parsed = parseProfile('{\n  "vendor": "Contoso"\n  "product": "Guard"\n}');
  assert.equal(parsed.ok, false);
  const [error] = parsed.ok ? [] : parsed.errors;
  assert.equal(error?.kind, 'syntax');
  assert.deepEqual([error?.line, error?.column], [3, 3]);
  assert.equal(error?.message, 'Invalid JSON at line 3, column 3: expected a comma.');
});

test('an empty text says so', () => {
  const parsed = parseProfile('  \n');
  assert.equal(parsed.ok, false);
  assert.match(parsed.ok ? '' : parsed.errors[0]!.message, /empty/);
});

test('a wrong type names the field path, its line and what it must be', () => {
  const parsed = parseProfile(text({ ...valid, rollout: { content: { ringCount: 'three' } } }));
  assert.equal(parsed.ok, false);
  const [error] = parsed.ok ? [] : parsed.errors;
  assert.equal(error?.path, 'rollout.content.ringCount');
  assert.equal(
    error?.message,
    '"rollout.content.ringCount" (line 10, column 7) must be a whole number.',
  );
});

test('an enum value outside the list names the allowed values', () => {
  const parsed = parseProfile(text({ ...valid, platform: 'bsd' }));
  assert.match(
    parsed.ok ? '' : parsed.errors[0]!.message,
    /"platform" \(line 6, column 3\) must be one of: "windows", "macos", "linux"/,
  );
});

test('a missing required field is named', () => {
  const { vendor: _vendor, ...rest } = valid;
  const parsed = parseProfile(text(rest));
  assert.equal(parsed.ok ? '' : parsed.errors[0]!.message, 'Missing required field "vendor".');
});

test('an unknown field is a warning with a did-you-mean, and the profile still parses', () => {
  const parsed = parseProfile(text({ ...valid, rollout: { content: { ringcount: 3 } } }));
  assert.equal(parsed.ok, true);
  assert.equal(parsed.warnings.length, 1);
  assert.equal(parsed.warnings[0]?.suggestion, 'ringCount');
  assert.match(
    parsed.warnings[0]!.message,
    /Unknown field "rollout\.content\.ringcount" \(line 10, column 7\).*Did you mean "rollout\.content\.ringCount"\?/,
  );
});

test('a top-level value that is not an object is an error', () => {
  const parsed = parseProfile('[1, 2]');
  assert.match(parsed.ok ? '' : parsed.errors[0]!.message, /must be an object/);
});

test('declarations that contradict each other are an error saying which and why', () => {
  const parsed = parseProfile(
    text({ ...valid, architecture: { kernelFootprint: 'none', bootStart: true } }),
  );
  assert.equal(parsed.ok, false);
  const messages = parsed.ok ? [] : parsed.errors.map((e) => e.message);
  assert.ok(
    messages.includes(
      '"architecture" (line 8, column 3) declares fields that contradict each other: A product whose kernel footprint is none installs no kernel module and loads nothing at boot: kernelModuleCount must be 0 and bootStart false.',
    ),
    messages.join('\n'),
  );
  assert.ok(messages.includes('"architecture.bootStart" (line 10, column 5) must be false.'));
});

test('a list member outside the vocabulary, such as a placeholder, is an error naming the allowed ones', () => {
  const parsed = parseProfile(text({ ...valid, antiTamper: { mechanisms: ['none'] } }));
  assert.match(
    parsed.ok ? '' : parsed.errors[0]!.message,
    /^"antiTamper\.mechanisms\.0" \(line 10, column 7\) must be one of: "protectedProcessLight", /,
  );
});
