// What the checker writes in its rows, computed alike at build time and in the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explain } from '../src/engine/explain.ts';
import { evaluateText } from '../src/engine/evaluate.ts';
import { lineCount, offsetOf } from '../src/engine/text-offset.ts';
import { requirementWords, verdictAnnouncement } from '../src/engine/verdict-words.ts';
import { escapeHtml, explanationHtml } from '../src/components/checker/explanation-html.ts';
import { draftTime } from '../src/components/checker/draft-picker.ts';
import { policyView, requirementView } from '../src/components/checker/result-view.ts';
import { loadPolicies, loadSamples } from '../src/lib/policy-files.ts';

test('a failed SHOULD reads as advisory, a failed MUST as Fail', () => {
  assert.equal(requirementWords({ result: 'pass', level: 'must' }), 'Pass');
  assert.equal(requirementWords({ result: 'pass', level: 'should' }), 'Pass');
  assert.equal(requirementWords({ result: 'fail', level: 'must' }), 'Fail');
  assert.equal(requirementWords({ result: 'fail', level: 'should' }), 'Not met (advisory)');
});

const req = (result: 'pass' | 'fail', level: 'must' | 'should') => ({ result, level });

test('the announcement gives the verdict with its counts', () => {
  assert.equal(
    verdictAnnouncement({
      id: 'KAP-003',
      result: 'fail',
      errors: [],
      requirements: [req('fail', 'must'), req('fail', 'should'), req('pass', 'must')],
    }),
    'KAP-003: Fail: 2 of 3 requirements not met, 1 of them advisory (a SHOULD).',
  );
  assert.equal(
    verdictAnnouncement({
      id: 'KAP-001',
      result: 'pass',
      errors: [],
      requirements: [req('pass', 'must'), req('fail', 'should')],
    }),
    'KAP-001: Pass: 1 of 2 requirements met; 1 advisory (a SHOULD) not met.',
  );
  assert.equal(
    verdictAnnouncement({
      id: 'KAP-002',
      result: 'pass',
      errors: [],
      requirements: [req('pass', 'must')],
    }),
    'KAP-002: Pass: all 1 requirement met.',
  );
  assert.equal(
    verdictAnnouncement({
      id: 'KAP-002',
      result: 'error',
      errors: [{ kind: 'syntax', path: '', message: 'x' }],
      requirements: [],
    }),
    'KAP-002: Error: the profile could not be checked (1 problem in it).',
  );
});

test('an explanation tree escapes every text that comes from the profile', () => {
  const html = explanationHtml(
    explain({ '==': [{ var: 'vendor' }, 'x'] }, { vendor: '<img src=x onerror=alert(1)>"&' }),
    'How <R1> applied',
  );
  assert.ok(!html.includes('<img'), html);
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;\\&quot;&amp;/);
  assert.match(html, /aria-label="How &lt;R1&gt; applied"/);
  assert.equal(escapeHtml(`<>&"'`), '&lt;&gt;&amp;&quot;&#39;');
});

test('the views of a sample check say what the engine found, for each requirement', () => {
  const policies = loadPolicies();
  const sample = loadSamples().find((s) => s.name === 'fabrikam-legacy')!;
  const { results } = evaluateText(policies, JSON.stringify(sample.profile));
  for (const result of results) {
    const view = policyView(result);
    assert.equal(view.result, result.result);
    assert.equal(view.requirementsHidden, result.result === 'error');
    for (const requirement of result.requirements) {
      const r = requirementView(requirement);
      assert.equal(r.verdict, requirementWords(requirement));
      assert.equal(r.remedies.length, requirement.remedies.length);
      assert.ok(r.treeHtml.startsWith('<div class="tree" role="group"'));
    }
  }
  assert.ok(results.some((r) => r.result === 'fail'));
});

test('a line and column (in code points) find their offset; past the end stops at the end', () => {
  const text = 'ab\n😀x\n\nlast';
  assert.equal(offsetOf(text, 1, 1), 0);
  assert.equal(offsetOf(text, 2, 2), 5);
  assert.equal(text.slice(offsetOf(text, 2, 2)), 'x\n\nlast');
  assert.equal(offsetOf(text, 4, 3), text.length - 2);
  assert.equal(offsetOf(text, 9, 1), text.length);
  assert.equal(offsetOf(text, 1, 99), 2);
  assert.equal(lineCount(text), 4);
  assert.equal(lineCount(''), 1);
});

test('draft times are written YYYY-MM-DD HH:MM, or HH:MM today', () => {
  const now = new Date(2026, 11, 2, 15, 0);
  assert.equal(draftTime(new Date(2026, 11, 2, 9, 5).toISOString(), now), '09:05');
  assert.equal(draftTime(new Date(2026, 10, 30, 23, 59).toISOString(), now), '2026-11-30 23:59');
});
