// The CLI and the engine never disagree: for every sample and every policy (superseded ones
// named), kap-check's verdicts, run as a user runs it, equal evaluatePolicy's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluatePolicy } from '../src/engine/evaluate.ts';
import { loadPolicies, loadSamples } from '../src/lib/policy-files.ts';
import { kapCheck } from './kap-check.ts';

const policies = loadPolicies();

for (const sample of loadSamples()) {
  test(`kap-check agrees with the engine on ${sample.name}`, async (t) => {
    const ran = kapCheck([
      `src/profiles/samples/${sample.name}.json`,
      '--format',
      'json',
      ...policies.flatMap((p) => ['--policy', p.id]),
    ]);
    assert.ok(ran.status === 0 || ran.status === 1, ran.stderr);
    const report = JSON.parse(ran.stdout);
    assert.deepEqual(
      report.policies.map((p: { id: string }) => p.id),
      policies.map((p) => p.id),
    );
    for (const policy of policies) {
      await t.test(policy.id, () => {
        const engine = evaluatePolicy(policy, sample.profile);
        const cli = report.policies.find((p: { id: string }) => p.id === policy.id);
        assert.equal(cli.result, engine.result);
        assert.deepEqual(cli.advisories, engine.advisories);
        assert.deepEqual(
          cli.requirements.map((r: { ref: string; result: string; reason: string }) => [
            r.ref,
            r.result,
            r.reason,
          ]),
          engine.requirements.map((r) => [r.ref, r.result, r.reason]),
        );
      });
    }
    assert.equal(
      ran.status,
      report.policies.some((p: { result: string }) => p.result === 'fail') ? 1 : 0,
    );
  });
}
