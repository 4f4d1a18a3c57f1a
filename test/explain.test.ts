import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeClause, explain, failingClauses, render } from '../src/engine/explain.ts';

const rule = {
  and: [
    { '>=': [{ var: 'rollout.content.ringCount' }, 3] },
    { or: [{ '==': [{ var: 'a' }, 1] }, { '!': [{ var: 'b' }] }] },
  ],
};

test('render writes comparisons infix and and/or in words', () => {
  assert.equal(
    render(rule),
    'all of: (rollout.content.ringCount ≥ 3) and (any of: (a = 1) or (not (b)))',
  );
});

test('each node says whether it held, with the values it read', () => {
  const tree = explain(rule, { rollout: { content: { ringCount: 1 } }, a: 1 });
  assert.equal(tree.held, false);
  const [rings, either] = tree.children;
  assert.equal(rings?.held, false);
  assert.deepEqual(rings?.reads, [{ path: 'rollout.content.ringCount', declared: true, value: 1 }]);
  assert.equal(either?.reached, false, 'and stops at the first clause that fails');
});

test('failing clauses are the deepest conditions that did not hold', () => {
  const tree = explain(rule, { rollout: { content: { ringCount: 5 } }, a: 2, b: true });
  const failing = failingClauses(tree).map((n) => n.text);
  assert.deepEqual(failing, ['a = 1', 'not (b)']);
  assert.equal(describeClause(failingClauses(tree)[0]!), 'a = 1 — profile declares 2 — fails');
});

test('if reaches only the branch its condition picks', () => {
  const tree = explain({ if: [{ var: 'x' }, { var: 'y' }, { var: 'z' }] }, { x: false, z: 7 });
  assert.deepEqual(
    tree.children.map((c) => c.reached),
    [true, false, true],
  );
  assert.equal(tree.value, 7);
});

test('arguments run per element are not evaluated against the profile', () => {
  const tree = explain({ some: [{ var: 'list' }, { '==': [{ var: '' }, 2] }] }, { list: [1, 2] });
  assert.equal(tree.held, true);
  assert.equal(tree.children[1]?.perElement, true);
  assert.equal(tree.children[1]?.reached, false);
});

test('the test of an if picks a branch: its being false is not given as a reason', () => {
  const rule = {
    if: [
      { '==': [{ var: 'platform' }, 'macos'] },
      { '==': [{ var: 'k' }, 'none'] },
      { in: [{ var: 'k' }, ['none', 'minimal']] },
    ],
  };
  const tree = explain(rule, { platform: 'windows', k: 'full' });
  assert.deepEqual(
    failingClauses(tree).map((n) => n.text),
    ['k is in ["none", "minimal"]'],
  );
});

test('a bare field under and/or is a clause of its own', () => {
  const tree = explain(
    { and: [{ '>=': [{ var: 'n' }, 3] }, { var: 'halt' }] },
    { n: 4, halt: false },
  );
  assert.deepEqual(failingClauses(tree).map(describeClause), [
    'halt — profile declares false — fails',
  ]);
});

test('a condition under a "not" is marked negated: holding counts against the rule', () => {
  const tree = explain(
    { '!': [{ var: 'architecture.bootStart' }] },
    {
      architecture: { bootStart: true },
    },
  );
  const [field] = tree.children;
  assert.equal(tree.held, false);
  assert.equal(field?.held, true);
  assert.equal(field?.negated, true);
  const twice = explain({ '!': [{ '!': [{ var: 'a' }] }] }, { a: true });
  assert.equal(twice.children[0]?.children[0]?.negated, undefined, 'two nots cancel');
});
