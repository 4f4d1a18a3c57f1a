import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explain } from '../src/engine/explain.ts';
import { describeRemedy, remedies, tryRemedies, withUnit } from '../src/engine/remedy.ts';

const say = (rule: unknown, data: unknown) => remedies(rule, data).map(describeRemedy);

test('a threshold says what is declared and what is needed, with the schema unit', () => {
  assert.deepEqual(
    say(
      { '>=': [{ var: 'rollout.content.ringCount' }, 3] },
      { rollout: { content: { ringCount: 1 } } },
    ),
    ['rollout.content.ringCount declares 1 ring; needs at least 3 rings'],
  );
  assert.deepEqual(
    say(
      { '<=': [{ var: 'architecture.kernelModuleCount' }, 1] },
      { architecture: { kernelModuleCount: 4 } },
    ),
    ['architecture.kernelModuleCount declares 4 modules; needs at most 1 module'],
  );
});

test('a literal on the left mirrors the comparison', () => {
  assert.deepEqual(
    say(
      { '<': [59, { var: 'rollout.content.minBakeMinutes' }] },
      { rollout: { content: { minBakeMinutes: 30 } } },
    ),
    ['rollout.content.minBakeMinutes declares 30 minutes; needs more than 59 minutes'],
  );
});

test('enums, booleans, negations and lists', () => {
  assert.deepEqual(
    say(
      { in: [{ var: 'content.interpreterLocation' }, ['userMode', 'sandbox']] },
      { content: { interpreterLocation: 'kernel' } },
    ),
    ['content.interpreterLocation declares "kernel"; needs one of "userMode", "sandbox"'],
  );
  assert.deepEqual(
    say(
      { and: [{ var: 'rollout.content.autoHaltOnRegression' }] },
      { rollout: { content: { autoHaltOnRegression: false } } },
    ),
    ['rollout.content.autoHaltOnRegression declares false; needs true'],
  );
  assert.deepEqual(
    say({ '!': [{ var: 'antiTamper.kernelHooks' }] }, { antiTamper: { kernelHooks: true } }),
    ['antiTamper.kernelHooks declares true; needs false'],
  );
  assert.deepEqual(
    say(
      { in: ['crashRate', { var: 'rollout.content.healthGateMetrics' }] },
      { rollout: { content: { healthGateMetrics: ['cpu'] } } },
    ),
    ['rollout.content.healthGateMetrics declares ["cpu"]; needs a list that includes "crashRate"'],
  );
});

test('an undeclared field says what the rule needs of it', () => {
  assert.deepEqual(say({ '>=': [{ var: 'rollout.content.ringCount' }, 3] }, {}), [
    'rollout.content.ringCount declares nothing (not declared); needs at least 3 rings',
  ]);
  // not (null) holds, but a field left out fails the requirement all the same.
  assert.deepEqual(say({ '!': [{ var: 'antiTamper.kernelHooks' }] }, {}), [
    'antiTamper.kernelHooks declares nothing (not declared); needs false',
  ]);
});

test('a list field that must not be empty says so, not "true", with its vocabulary where it has one', () => {
  assert.deepEqual(
    say({ '!!': [{ var: 'architecture.evidenceUrls' }] }, { architecture: { evidenceUrls: [] } }),
    ['architecture.evidenceUrls declares []; needs a list with at least one item'],
  );
  assert.deepEqual(
    say(
      { '!!': [{ var: 'assurance.labCertifications' }] },
      { assurance: { labCertifications: [] } },
    ),
    [
      'assurance.labCertifications declares []; needs a list with at least one of "AV-Comparatives", "AVLab", "AV-TEST", "MRG Effitas", "SE Labs", "SKD Labs", "VB100", "West Coast Labs"',
    ],
  );
});

test('one round of remedies covers every clause of an "and", not only the first that failed', () => {
  const rule = {
    and: [
      { in: ['crashRate', { var: 'rollout.content.healthGateMetrics' }] },
      { in: ['bootLoops', { var: 'rollout.content.healthGateMetrics' }] },
      { '>=': [{ var: 'rollout.content.ringCount' }, 3] },
    ],
  };
  assert.deepEqual(
    say(rule, { rollout: { content: { healthGateMetrics: ['cpu'], ringCount: 1 } } }),
    [
      'rollout.content.healthGateMetrics declares ["cpu"]; needs a list that includes "crashRate"',
      'rollout.content.healthGateMetrics declares ["cpu"]; needs a list that includes "bootLoops"',
      'rollout.content.ringCount declares 1 ring; needs at least 3 rings',
    ],
  );
});

test('units: singular for one, percent as a sign, none for fields without a unit', () => {
  assert.equal(withUnit(1, 'recovery.crashLoopThresholdBoots'), '1 boot');
  assert.equal(withUnit(0.5, 'rollout.content.canaryPercent'), '0.5%');
  assert.equal(withUnit('none', 'architecture.kernelFootprint'), '"none"');
});

test('a limit the rule computes from the profile (a date a year before declaredOn) is named and met', () => {
  const yearBefore = {
    cat: [
      { '-': [{ substr: [{ var: 'declaredOn' }, 0, 4] }, 1] },
      { substr: [{ var: 'declaredOn' }, 4] },
    ],
  };
  const rule = {
    '<=': [yearBefore, { var: 'assurance.lastThirdPartyReview' }, { var: 'declaredOn' }],
  };
  const profile = { declaredOn: '2026-11-02', assurance: { lastThirdPartyReview: '2024-05-01' } };
  assert.deepEqual(say(rule, profile), [
    'assurance.lastThirdPartyReview declares "2024-05-01"; needs between "2025-11-02" and "2026-11-02" inclusive',
  ]);
  const { trial, complete } = tryRemedies(rule, profile);
  assert.ok(complete);
  assert.equal(explain(rule, trial).held, true);
});

test('a field compared with another field needs the other field’s value', () => {
  assert.deepEqual(
    say(
      { '<=': [{ var: 'assurance.lastThirdPartyReview' }, { var: 'declaredOn' }] },
      { declaredOn: '2026-11-02', assurance: { lastThirdPartyReview: '2027-01-01' } },
    ),
    ['assurance.lastThirdPartyReview declares "2027-01-01"; needs at most "2026-11-02"'],
  );
});
