// A frozen page's comparison: one profile under the cited version and under the latest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluatePolicy, evaluateText } from '../src/engine/evaluate.ts';
import { compareThenNow } from '../src/engine/then-now.ts';
import { getPolicy } from '../src/lib/policy-files.ts';

const now = getPolicy('KAP-001');
const then = structuredClone(now);
then.version = '0.9.0';
// The older version allowed up to three kernel modules and had no R5.
then.requirements[2]!.rule = { '<=': [{ var: 'architecture.kernelModuleCount' }, 3] };
then.requirements.splice(4, 1);
const ids = now.requirements.map((r) => r.id);
const profile = {
  platform: 'linux',
  architecture: {
    kernelFootprint: 'minimalSensor',
    kernelModuleCount: 2,
    bootStart: false,
    platformApisUsed: ['ebpf'],
  },
};

test('a profile that passed then and fails now says so, naming the requirement', () => {
  const comparison = compareThenNow(
    ids,
    { version: '0.9.0', result: evaluatePolicy(then, profile) },
    { version: now.version, result: evaluatePolicy(now, profile) },
  );
  assert.deepEqual(
    comparison.rows.find((r) => r.id === 'R3'),
    { id: 'R3', then: 'pass', now: 'fail' },
  );
  assert.deepEqual(
    comparison.rows.find((r) => r.id === 'R5'),
    { id: 'R5', then: 'absent', now: 'pass' },
  );
  assert.equal(
    comparison.sentence,
    `Passes under the cited version 0.9.0, but fails under the latest, ${now.version}. R3 has a different verdict now.`,
  );
});

test('the same verdict under both reads as still passing; an invalid profile as neither checked', () => {
  const fine = { ...profile, architecture: { ...profile.architecture, kernelModuleCount: 1 } };
  assert.match(
    compareThenNow(
      ids,
      { version: '0.9.0', result: evaluatePolicy(then, fine) },
      { version: '1.0.0', result: evaluatePolicy(now, fine) },
    ).sentence,
    /^Passes under the cited version 0\.9\.0 and still passes under the latest, 1\.0\.0\.$/,
  );
  const [a, b] = evaluateText([then, now], '{ not json').results;
  assert.equal(
    compareThenNow(ids, { version: '0.9.0', result: a! }, { version: '1.0.0', result: b! })
      .sentence,
    'The profile has errors, so neither version could be checked.',
  );
});
