// The comparison of two versions: requirement by requirement, with word-level redlines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffParagraphs, diffPolicies, type Segment } from '../src/engine/policy-diff.ts';
import { readFileSync } from 'node:fs';
import type { Policy } from '../src/engine/evaluate.ts';

/** A small fixture policy with five requirements, the third one with a platform branch. */
const fixture = JSON.parse(readFileSync('test/fixtures/policy-KAP-900.json', 'utf8')) as Policy;
const requirement = (id: string, text: string, rule: unknown = true) =>
  ({ id, level: 'must', text, rule }) as Policy['requirements'][number];
const before: Policy = {
  ...fixture,
  status: 'accepted',
  requirements: [
    requirement('R1', 'First.'),
    requirement('R2', 'Second.'),
    requirement('R3', 'The product MUST load at most one kernel module.', {
      if: [
        { '==': [{ var: 'platform' }, 'macos'] },
        { '==': [{ var: 'architecture.kernelModuleCount' }, 0] },
        { '<=': [{ var: 'architecture.kernelModuleCount' }, 1] },
      ],
    }),
    requirement('R4', 'Fourth.'),
    requirement('R5', 'Fifth.'),
  ],
};
const words = (segments: Segment[], change: Segment['change']) =>
  segments
    .filter((s) => s.change === change)
    .map((s) => s.text.trim())
    .join(' ');

test('an unchanged policy has no differences', () => {
  const diff = diffPolicies(before, structuredClone(before));
  assert.deepEqual(diff.fields, []);
  assert.ok(diff.requirements.every((r) => r.change === 'unchanged'));
});

test('a changed rule and text are redlined word by word; added and removed requirements are named', () => {
  const after = structuredClone(before);
  after.requirements[2]!.text = after.requirements[2]!.text.replace(
    'at most one',
    'no more than one',
  );
  after.requirements[2]!.rule = { '<=': [{ var: 'architecture.kernelModuleCount' }, 2] };
  after.requirements.splice(4, 1);
  after.requirements.push({ id: 'R6', level: 'should', text: 'New.', rule: true });
  after.status = 'superseded';
  const diff = diffPolicies(before, after);
  const r3 = diff.requirements.find((r) => r.id === 'R3')!;
  assert.equal(r3.change, 'changed');
  assert.ok(r3.textChanged && r3.ruleChanged && !r3.levelChanged);
  assert.equal(words(r3.text, 'removed'), 'at most');
  assert.equal(words(r3.text, 'added'), 'no more than');
  assert.match(words(r3.ruleWords, 'added'), /2/);
  assert.ok(r3.ruleJson.some((s) => s.change === 'removed' && /macos/.test(s.text)));
  assert.equal(diff.requirements.find((r) => r.id === 'R5')?.change, 'removed');
  assert.equal(diff.requirements.find((r) => r.id === 'R6')?.change, 'added');
  assert.deepEqual(
    diff.fields.map((f) => [f.field, f.before, f.after]),
    [['status', 'accepted', 'superseded']],
  );
});

test('changed paragraphs of prose are found and redlined; the same ones are left out', () => {
  const diff = diffParagraphs(
    'One.\n\nTwo words here.\n\nThree.',
    'One.\n\nTwo new words here.\n\nThree.\n\nFour.',
  );
  assert.deepEqual(
    diff.map((p) => [p.change, words(p.segments, 'added')]),
    [
      ['changed', 'new'],
      ['added', 'Four.'],
    ],
  );
});
