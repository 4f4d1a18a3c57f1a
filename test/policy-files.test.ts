// The checks that make a broken policy file fail the build, naming file and JSON path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPolicyFiles, formatIssues } from '../src/engine/policy-file.ts';
import { loadPolicies, loadSamples, readPolicySources } from '../src/lib/policy-files.ts';

const samples = new Set(loadSamples().map((s) => s.name));
const [first] = readPolicySources();
const broken = (mutate: (p: Record<string, any>) => void, file = first!.file) => {
  const data = structuredClone(first!.data) as Record<string, any>;
  mutate(data);
  return formatIssues(checkPolicyFiles([{ file, data }], samples));
};

test('the policy files in the repository are valid', () => {
  assert.ok(loadPolicies().length >= 3);
});

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
    [first!, { file: 'src/policies/KAP-999.json', data: first!.data }],
    samples,
  );
  assert.match(
    formatIssues(issues),
    /KAP-999\.json at \/id: the ID "KAP-\d+" must match the file name/,
  );
  const same = checkPolicyFiles([first!, { file: first!.file, data: first!.data }], samples);
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
