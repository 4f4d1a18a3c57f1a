import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  evaluatePolicy,
  evaluateRequirement,
  evaluateText,
  type Policy,
} from '../src/engine/evaluate.ts';
import { applyRule } from '../src/engine/json-logic.ts';

const base = {
  schemaVersion: 1,
  vendor: 'Contoso',
  product: 'Guard',
  productVersion: '1.0',
  platform: 'windows',
  declaredOn: '2026-01-01',
};

function policy(requirements: Policy['requirements']): Policy {
  return {
    id: 'KAP-900',
    title: 'Test',
    version: '1.0.0',
    status: 'draft',
    area: 'deployment',
    summary: 's',
    updated: '2026-01-01',
    requirements,
    tests: [],
    references: [],
    history: [],
  } as Policy;
}

const rings = {
  id: 'R1',
  level: 'must',
  text: 'at least 3 rings',
  rule: { '>=': [{ var: 'rollout.content.ringCount' }, 3] },
} as const;
const fewModules = {
  id: 'R2',
  level: 'should',
  text: 'fewer than 10 modules',
  rule: { '<': [{ var: 'architecture.kernelModuleCount' }, 10] },
} as const;

test('a MUST that holds passes, with the declared value in the reason', () => {
  const result = evaluateRequirement('KAP-900', rings, {
    ...base,
    rollout: { content: { ringCount: 4 } },
  });
  assert.equal(result.result, 'pass');
  assert.equal(result.ref, 'KAP-900-R1');
  assert.equal(result.reason, 'rollout.content.ringCount ≥ 3 — profile declares 4 — holds');
});

test('a MUST that does not hold fails the policy, saying what was declared', () => {
  const result = evaluatePolicy(policy([rings]), {
    ...base,
    rollout: { content: { ringCount: 1 } },
  });
  assert.equal(result.result, 'fail');
  assert.equal(
    result.requirements[0]?.reason,
    'rollout.content.ringCount ≥ 3 — profile declares 1 — fails',
  );
});

test('a field the rule reads and the profile does not declare fails, even where json-logic would say true', () => {
  assert.equal(
    applyRule(fewModules.rule, base).value,
    true,
    'json-logic-js alone treats the missing field as null < 10',
  );
  const result = evaluateRequirement('KAP-900', fewModules, base);
  assert.equal(result.result, 'fail');
  assert.deepEqual(result.undeclared, ['architecture.kernelModuleCount']);
  assert.match(result.reason, /^not declared: architecture\.kernelModuleCount/);
});

test('a failed SHOULD is an advisory on a pass', () => {
  const profile = {
    ...base,
    rollout: { content: { ringCount: 3 } },
    architecture: { kernelModuleCount: 12 },
  };
  const result = evaluatePolicy(policy([rings, fewModules]), profile);
  assert.equal(result.result, 'pass');
  assert.deepEqual(result.advisories, ['KAP-900-R2']);
});

test('a failed SHOULD on a failing policy is no advisory: the failure lists it', () => {
  const profile = {
    ...base,
    rollout: { content: { ringCount: 1 } },
    architecture: { kernelModuleCount: 12 },
  };
  const result = evaluatePolicy(policy([rings, fewModules]), profile);
  assert.equal(result.result, 'fail');
  assert.deepEqual(result.advisories, []);
  assert.equal(result.requirements[1]?.result, 'fail');
});

test('var reads only the profile own fields, never inherited ones', () => {
  for (const path of [
    'constructor',
    '__proto__',
    'toString',
    'vendor.length.constructor',
    'hasOwnProperty',
  ]) {
    const requirement = {
      id: 'R1',
      level: 'must',
      text: 't',
      rule: { '!!': [{ var: path }] },
    } as const;
    const result = evaluateRequirement('KAP-900', requirement, base);
    assert.equal(result.result, 'fail', path);
    assert.deepEqual(result.undeclared, [path]);
  }
  assert.equal(applyRule({ var: 'constructor' }, {}).value, null);
});

test('a field only read in a branch that evaluation skips need not be declared', () => {
  const requirement = {
    id: 'R1',
    level: 'must',
    text: 't',
    rule: {
      if: [
        { '==': [{ var: 'platform' }, 'macos'] },
        { '==': [{ var: 'architecture.kernelFootprint' }, 'none'] },
        true,
      ],
    },
  } as const;
  assert.equal(evaluateRequirement('KAP-900', requirement, base).result, 'pass');
  const mac = evaluateRequirement('KAP-900', requirement, { ...base, platform: 'macos' });
  assert.equal(mac.result, 'fail');
  assert.deepEqual(mac.undeclared, ['architecture.kernelFootprint']);
});

test('an invalid profile is an error for every policy, with the reason', () => {
  const { results } = evaluateText([policy([rings])], '{"vendor": }');
  assert.equal(results[0]?.result, 'error');
  assert.match(results[0]?.errors[0]?.message ?? '', /line 1, column 12/);
});
