// Every policy's own test vectors, from its file in src/policies/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runVector } from '../src/engine/vectors.ts';
import { loadPolicies, loadSamples } from '../src/lib/policy-files.ts';

const samples = new Map(loadSamples().map((s) => [s.name, s.profile as unknown]));

for (const policy of loadPolicies()) {
  for (const vector of policy.tests) {
    test(`${policy.id} vector: ${vector.name}`, () => {
      const outcome = runVector(policy, vector, samples);
      assert.deepEqual(outcome.mismatches, []);
    });
  }
}
