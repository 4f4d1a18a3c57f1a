import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownFields, withKnownFields } from '../src/engine/known-fields.ts';
import { parseProfile } from '../src/engine/parse-profile.ts';
import { MAX_LISTED_PROBLEMS, MAX_PROFILE_LENGTH } from '../src/engine/profile-limits.ts';

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

test('a leading byte order mark is ignored, and columns after it count as an editor does', () => {
  const parsed = parseProfile(`\uFEFF${text({ ...valid, platform: 'bsd' })}`);
  assert.match(parsed.ok ? '' : parsed.errors[0]!.message, /"platform" \(line 6, column 3\)/);
  assert.equal(parseProfile(`\uFEFF${text(valid)}`).ok, true);
});

test('columns count code points: an emoji before a field is one column, not two', () => {
  const parsed = parseProfile(`{"vendor": "😀😀", "platform": "bsd"}`);
  const platform = parsed.ok ? undefined : parsed.errors.find((e) => e.path === 'platform');
  // Counting UTF-16 units would say column 20.
  assert.deepEqual([platform?.line, platform?.column], [1, 18]);
});

test('a profile nested too deeply is an error naming the limit and where, not a crash', () => {
  for (const deep of ['['.repeat(10_000) + ']'.repeat(10_000), '{"a":'.repeat(10_000)]) {
    const parsed = parseProfile(deep);
    assert.equal(parsed.ok, false);
    const [error] = parsed.ok ? [] : parsed.errors;
    assert.equal(error?.kind, 'limit');
    assert.match(error!.message, /more than 64 levels deep at line 1, column \d+/);
  }
});

test('brackets inside strings do not count as nesting', () => {
  const parsed = parseProfile(text({ ...valid, vendor: '['.repeat(500) + '\\"{'.repeat(100) }));
  assert.equal(parsed.ok, true);
});

test('a text longer than the limit is an error naming the limit, read no further', () => {
  const parsed = parseProfile(' '.repeat(MAX_PROFILE_LENGTH + 1));
  assert.equal(parsed.ok, false);
  assert.match(
    parsed.ok ? '' : parsed.errors[0]!.message,
    /1,000,001 characters long: the checker reads at most 1,000,000/,
  );
});

test('a key written twice is a warning naming it and both lines; the last value counts', () => {
  const parsed = parseProfile(
    '{\n  "schemaVersion": 1,\n  "vendor": "A",\n  "product": "P",\n  "productVersion": "1",\n  "platform": "linux",\n  "declaredOn": "2026-01-01",\n  "vendor": "B"\n}',
  );
  assert.equal(parsed.ok, true);
  assert.equal(parsed.ok && parsed.profile.vendor, 'B');
  assert.equal(parsed.warnings.length, 1);
  assert.equal(parsed.warnings[0]?.kind, 'duplicate-field');
  assert.equal(
    parsed.warnings[0]?.message,
    'Duplicate field "vendor" at line 8, column 3: it is also at line 3, column 3, and JSON keeps only the last, so the earlier value is ignored.',
  );
});

test('a nested duplicate names its dotted path', () => {
  const parsed = parseProfile(
    text({ ...valid, rollout: { content: { ringCount: 3 } } }).replace(
      '"ringCount": 3',
      '"ringCount": 1, "ringCount": 3',
    ),
  );
  assert.deepEqual(
    parsed.warnings.map((w) => w.path),
    ['rollout.content.ringCount'],
  );
});

test('names made only of spaces, zero-width or direction marks are rejected', () => {
  for (const vendor of [
    '',
    ' \t',
    '\u200B',
    '\u200E\u200F',
    '\u2060\uFEFF',
    '\u202E',
    '\u{E0041}',
  ]) {
    const parsed = parseProfile(text({ ...valid, vendor }));
    assert.equal(parsed.ok, false, JSON.stringify(vendor));
    assert.match(
      parsed.ok ? '' : parsed.errors[0]!.message,
      /"vendor" \(line 3, column 3\) must contain a visible character/,
    );
  }
  for (const vendor of ['A', '\u200BA', 'Ünïcode', '😀', '中文']) {
    assert.equal(parseProfile(text({ ...valid, vendor })).ok, true, vendor);
  }
});

test('thousands of unknown fields: the first 100 listed with their lines, the rest counted', () => {
  const extra = Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`extra${i}`, i]));
  const parsed = parseProfile(text({ ...valid, ...extra }));
  assert.equal(parsed.ok, true);
  assert.equal(parsed.warnings.length, MAX_LISTED_PROBLEMS + 1);
  assert.match(parsed.warnings[0]!.message, /Unknown field "extra0" \(line 8, column 3\)/);
  assert.match(parsed.warnings[99]!.message, /Unknown field "extra99" \(line 107, column 3\)/);
  assert.equal(
    parsed.warnings[100]!.message,
    '…and 3,900 more unknown fields, not listed (the first 100 are).',
  );
});

test('a name with control characters or of great length is quoted escaped and cut short', () => {
  const name = `bad\nname\u202E${'x'.repeat(200)}`;
  const parsed = parseProfile(text({ ...valid, [name]: 1 }));
  const message = parsed.warnings[0]!.message;
  assert.ok(!message.includes('\n') && !message.includes('\u202E'), message);
  assert.match(message, /^Unknown field "bad\\u000aname\\u202ex+…" \(line 8, column 3\)/);
  assert.equal(parsed.warnings[0]!.path, name);
});

test('a __proto__ key is an unknown field like any other and pollutes nothing', () => {
  const parsed = parseProfile(
    text(valid).replace('{', '{ "__proto__": { "polluted": true }, "constructor": 1,'),
  );
  assert.deepEqual(
    parsed.warnings.map((w) => w.path),
    ['__proto__', 'constructor'],
  );
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('the known fields of a profile: unknown keys dropped at every level, the rest as they are', () => {
  const parsed = parseProfile(
    text({ ...valid, extra: 1, rollout: { content: { ringCount: 3, other: [1] }, more: {} } }),
  );
  assert.deepEqual(withKnownFields(parsed).ok && withKnownFields(parsed).json, {
    ...valid,
    rollout: { content: { ringCount: 3 } },
  });
  assert.deepEqual(knownFields([1, { extra: 1 }]), [1, { extra: 1 }]);
  assert.equal(knownFields('text'), 'text');
});
