import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPath, withPath } from '../src/engine/dotted-path.ts';

const profile = { rollout: { content: { ringCount: 3 } }, vendor: 'Contoso' };

test('readPath finds a nested field and says when a step is missing', () => {
  assert.deepEqual(readPath(profile, 'rollout.content.ringCount'), { declared: true, value: 3 });
  assert.deepEqual(readPath(profile, 'rollout.code.ringCount'), {
    declared: false,
    value: undefined,
  });
  assert.deepEqual(readPath(profile, 'vendor.length'), { declared: false, value: undefined });
});

test('readPath reads own properties only, never the prototype chain', () => {
  assert.equal(readPath(profile, 'constructor').declared, false);
  assert.equal(readPath(profile, 'rollout.__proto__').declared, false);
});

test('withPath sets a field in a copy, creating the groups on the way', () => {
  const changed = withPath(profile, 'rollout.code.ringCount', 2);
  assert.deepEqual(changed.rollout, { content: { ringCount: 3 }, code: { ringCount: 2 } });
  assert.equal(readPath(profile, 'rollout.code').declared, false, 'the original is untouched');
});

test('withPath with undefined removes the field, and leaves a missing one alone', () => {
  assert.deepEqual(withPath(profile, 'rollout.content.ringCount', undefined).rollout, {
    content: {},
  });
  assert.deepEqual(withPath(profile, 'customerControl.contentPause', undefined), profile);
});
