// The JSON Logic conformance suite (see fixtures/jsonlogic-tests.NOTICE.md), run through the
// engine's own path: applyRule for the value, explain for the tree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyRule } from '../src/engine/json-logic.ts';
import { explain } from '../src/engine/explain.ts';

const suite = JSON.parse(
  readFileSync(new URL('./fixtures/jsonlogic-tests.json', import.meta.url), 'utf8'),
) as unknown[];
const cases = suite.filter((entry): entry is [unknown, unknown, unknown] => Array.isArray(entry));

test('the suite has its 277 cases', () => assert.equal(cases.length, 277));

let section = '';
for (const entry of suite) {
  if (typeof entry === 'string') {
    section = entry.replace(/^#\s*/, '');
    continue;
  }
  const [rule, data, expected] = entry as [unknown, unknown, unknown];
  test(`${section}: ${JSON.stringify(rule)} on ${JSON.stringify(data)}`, () => {
    assert.deepEqual(applyRule(rule, data).value, expected);
    const tree = explain(rule, data);
    assert.deepEqual(tree.value, expected, 'the explanation agrees with the plain result');
  });
}
