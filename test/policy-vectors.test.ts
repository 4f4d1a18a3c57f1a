// Every policy's own test vectors, from its file in src/policies/, and the remedies the checker
// would suggest for each requirement they fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateRequirement } from '../src/engine/evaluate.ts';
import { tryRemedies } from '../src/engine/remedy.ts';
import { runVector, vectorProfile } from '../src/engine/vectors.ts';
import { loadPolicies, loadSamples } from '../src/lib/policy-files.ts';

const samples = new Map(loadSamples().map((s) => [s.name, s.profile as unknown]));

for (const policy of loadPolicies()) {
  for (const vector of policy.tests) {
    test(`${policy.id} vector: ${vector.name}`, () => {
      const outcome = runVector(policy, vector, samples);
      assert.deepEqual(outcome.mismatches, []);
    });
  }
  test(`${policy.id}: one round of the suggested remedies makes each failed requirement pass`, () => {
    for (const vector of policy.tests) {
      const profile = vectorProfile(vector, samples);
      if (typeof profile !== 'object' || profile === null) continue;
      for (const requirement of policy.requirements) {
        if (evaluateRequirement(policy.id, requirement, profile).result === 'pass') continue;
        const { trial, complete, remedies } = tryRemedies(requirement.rule, profile);
        assert.ok(remedies.length > 0, `${vector.name}: ${requirement.id} has no remedy`);
        if (!complete) continue;
        const after = evaluateRequirement(policy.id, requirement, trial);
        assert.equal(after.result, 'pass', `${vector.name}: ${requirement.id}: ${after.reason}`);
      }
    }
  });
}
