// The checks that make a broken policy file fail the build, naming file and JSON path: each
// tried on a small fixture policy, then every real policy file held to the same checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkPolicyFiles, formatIssues } from '../src/engine/policy-file.ts';
import { loadSamples, readPolicySources } from '../src/lib/policy-files.ts';
import type { Policy } from '../src/engine/evaluate.ts';

const fixtureSamples = new Set(['fixture-sample']);
const first = {
  file: 'src/policies/KAP-900.json',
  data: JSON.parse(readFileSync('test/fixtures/policy-KAP-900.json', 'utf8')) as unknown,
};
const samples = fixtureSamples;
const broken = (mutate: (p: Record<string, any>) => void, file = first.file) => {
  const data = structuredClone(first.data) as Record<string, any>;
  mutate(data);
  return formatIssues(checkPolicyFiles([{ file, data }], samples));
};

test('the fixture policy passes every check', () => {
  assert.equal(formatIssues(checkPolicyFiles([first], samples)), '');
});

const realSamples = new Set(loadSamples().map((s) => s.name));
const sources = readPolicySources();
const realIssues = checkPolicyFiles(sources, realSamples);
for (const source of sources) {
  const policy = source.data as Policy;
  test(`${source.file} passes the policy-file checks`, () => {
    assert.equal(formatIssues(realIssues.filter((i) => i.file === source.file)), '');
  });
  test(`${source.file} checks every sample as it is, once`, () => {
    const plain = policy.tests.filter((t) => t.sample !== undefined && !t.set && !t.omit);
    assert.deepEqual([...new Set(plain.map((t) => t.sample))].sort(), [...realSamples].sort());
  });
  test(`${source.file} has a pass, a fail and an undeclared-field vector`, () => {
    const results = new Set(policy.tests.map((t) => t.expect.result));
    assert.ok(results.has('pass') && results.has('fail'), [...results].join(', '));
    assert.ok(
      policy.tests.some((t) => (t.omit ?? []).length > 0),
      'no vector leaves a field undeclared',
    );
  });
}

test('a missing field is named with its path', () => {
  assert.match(
    broken((p) => delete p.summary),
    /KAP-\d+\.json at \/summary: must have required property 'summary'/,
  );
});

test('a bad requirement level is named with its path', () => {
  assert.match(
    broken((p) => (p.requirements[0].level = 'may')),
    /at \/requirements\/0\/level: must be equal to one of the allowed values/,
  );
});

test('a non-standard operator in a rule is named with its path', () => {
  assert.match(
    broken((p) => (p.requirements[0].rule = { or: [true, { eval: ['x'] }] })),
    /at \/requirements\/0\/rule\/or\/1\/eval: "eval" is not a standard JSON Logic operator/,
  );
});

test('a var on a field the schema lacks is named with its path', () => {
  assert.match(
    broken((p) => (p.requirements[0].rule = { var: 'nope.field' })),
    /at \/requirements\/0\/rule\/var: "var" reads "nope.field"/,
  );
});

test('duplicate policy IDs are refused', () => {
  const issues = checkPolicyFiles(
    [first, { file: 'src/policies/KAP-999.json', data: first.data }],
    samples,
  );
  assert.match(
    formatIssues(issues),
    /KAP-999\.json at \/id: the ID "KAP-\d+" must match the file name/,
  );
  const same = checkPolicyFiles([first, { file: first.file, data: first.data }], samples);
  assert.match(formatIssues(same), /duplicate ID/);
});

test('a vector naming an unknown sample is refused', () => {
  assert.match(
    broken((p) => (p.tests[0] = { name: 'x', sample: 'nobody', expect: { result: 'pass' } })),
    /at \/tests\/0\/sample: no sample profile is named "nobody"/,
  );
});

test('a version without a history entry is refused', () => {
  assert.match(
    broken((p) => (p.version = '9.9.9')),
    /at \/history: no history entry for the current version 9\.9\.9/,
  );
});

test('a policy with fewer than 2 references or 3 test vectors is refused', () => {
  assert.match(
    broken((p) => (p.references = p.references.slice(0, 1))),
    /at \/references: a policy needs at least 2 references; it has 1/,
  );
  assert.match(
    broken((p) => (p.tests = p.tests.slice(0, 2))),
    /at \/tests: a policy needs at least 3 test vectors/,
  );
});
