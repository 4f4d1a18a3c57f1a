import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintRule } from '../src/engine/rule-lint.ts';
import { isProfileField } from '../src/engine/policy-file.ts';

test('a rule of standard operators on known fields has no issues', () => {
  assert.deepEqual(
    lintRule(
      {
        and: [
          { '>=': [{ var: 'rollout.content.ringCount' }, 3] },
          { var: 'rollout.content.autoHaltOnRegression' },
        ],
      },
      isProfileField,
    ),
    [],
  );
});

test('an unknown operator is found even in a branch evaluation would never reach', () => {
  const issues = lintRule(
    { if: [true, true, { shell: ['rm'] }] },
    isProfileField,
    '/requirements/0/rule',
  );
  assert.deepEqual(issues, [
    {
      path: '/requirements/0/rule/if/2/shell',
      message: '"shell" is not a standard JSON Logic operator',
    },
  ]);
});

test('a var path the profile schema does not define is named', () => {
  const issues = lintRule({ '>=': [{ var: 'rollout.content.rings' }, 3] }, isProfileField);
  assert.deepEqual(issues, [
    {
      path: '/>=/0/var',
      message: '"var" reads "rollout.content.rings", which the profile schema does not define',
    },
  ]);
});

test('a computed var path is refused', () => {
  const issues = lintRule({ var: { cat: ['a', 'b'] } }, isProfileField);
  assert.match(issues[0]!.message, /must be a literal string/);
});

test('vars inside per-element arguments read the element, not the profile', () => {
  assert.deepEqual(
    lintRule(
      { some: [{ var: 'antiTamper.mechanisms' }, { '==': [{ var: '' }, 'elam'] }] },
      isProfileField,
    ),
    [],
  );
});

test('an object with several keys is not an operation', () => {
  assert.match(
    lintRule({ '==': [1, 1], '!=': [1, 2] }, isProfileField)[0]!.message,
    /exactly one key/,
  );
});
