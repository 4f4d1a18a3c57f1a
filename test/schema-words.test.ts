import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATE_PATTERN, kindWords, typeWords } from '../src/engine/schema-words.ts';
import profileSchema from '../src/profiles/vendor-profile.v1.json' with { type: 'json' };
import policySchema from '../src/policies/policy.schema.json' with { type: 'json' };

/** Every `pattern` in a schema that is meant as a date (its text mentions a month). */
function datePatterns(node: unknown): string[] {
  if (typeof node !== 'object' || node === null) return [];
  const own = Object.entries(node).flatMap(([key, value]) =>
    key === 'pattern' && typeof value === 'string' && value.includes('0[1-9]|1[0-2]')
      ? [value]
      : datePatterns(value),
  );
  return own;
}

test('both schemas write dates with the one date pattern the code knows', () => {
  const found = [...datePatterns(profileSchema), ...datePatterns(policySchema)];
  assert.ok(found.length >= 2);
  for (const pattern of found) assert.equal(pattern, DATE_PATTERN);
});

test('types and kinds read as words', () => {
  assert.equal(typeWords('integer'), 'a whole number');
  assert.equal(typeWords('string,boolean'), 'text or true or false');
  assert.equal(kindWords('list'), 'list of text');
  assert.equal(kindWords('integer'), 'whole number');
});
