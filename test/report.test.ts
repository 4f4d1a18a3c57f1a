import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluatePolicy } from '../src/engine/evaluate.ts';
import { buildReport, reportToMarkdown } from '../src/engine/report.ts';
import { advisoryWords, summarize, summaryWords } from '../src/engine/verdict-words.ts';
import { loadPolicies, getSample } from '../src/lib/policy-files.ts';

const policies = loadPolicies();

function reportFor(sample: string) {
  const { profile } = getSample(sample);
  const results = policies.map((p) => evaluatePolicy(p, profile));
  return buildReport({
    results,
    policies,
    profile,
    policySetVersion: 'v-test',
    site: 'https://kap.example',
    now: new Date('2026-11-24T10:00:00Z'),
  });
}

test('the report counts verdicts and lists every failing requirement with its citation URL and remedy', () => {
  const report = reportFor('fabrikam-legacy');
  const current = policies.filter((p) => p.status !== 'superseded' && p.status !== 'withdrawn');
  assert.equal(report.summary.policies, current.length);
  assert.equal(report.summary.pass + report.summary.fail, current.length);
  assert.equal(report.summary.retired, policies.length - current.length);
  const failed = report.policies.find((p) => p.result === 'fail')!;
  assert.match(failed.url, /^https:\/\/kap\.example\/policies\/kap-\d{3}\/$/);
  assert.match(failed.failing[0]!.url, /#r\d+$/);
});

test('the Markdown has every policy verdict, the set version and the failing requirements', () => {
  const report = reportFor('fabrikam-legacy');
  const markdown = reportToMarkdown(report);
  assert.match(markdown, /^# Kernel-access policy check: Fabrikam/);
  assert.match(markdown, /Policy set version: v-test/);
  for (const p of report.policies) assert.ok(markdown.includes(`[${p.id}: `), p.id);
  for (const f of report.policies.flatMap((p) => p.failing))
    assert.ok(markdown.includes(`[${f.ref}](${f.url})`), f.ref);
});

test('advisories and summaries read the same everywhere', () => {
  assert.equal(advisoryWords(0), '');
  assert.equal(advisoryWords(1), 'with 1 advisory (a SHOULD not met)');
  assert.equal(advisoryWords(3), 'with 3 advisories (SHOULDs not met)');
  assert.equal(
    summaryWords({ policies: 3, pass: 2, passWithAdvisories: 1, fail: 1, error: 0, retired: 0 }),
    '3 current policies: 2 pass (1 with advisories), 1 fail.',
  );
  assert.equal(
    summaryWords(
      summarize([
        { result: 'pass', advisories: [] },
        { result: 'fail', advisories: [], status: 'accepted' },
        { result: 'fail', advisories: [], status: 'superseded' },
      ]),
    ),
    '2 current policies: 1 pass (0 with advisories), 1 fail. 1 superseded or withdrawn policy is shown apart and not counted.',
  );
});
