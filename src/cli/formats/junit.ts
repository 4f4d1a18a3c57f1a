/**
 * JUnit XML for any CI's test report: a test suite per policy (and profile), a test case per
 * requirement. A MUST not met is a failure; a SHOULD not met is an advisory, so it is a skipped
 * test with the reason as its message, never a failure: it does not fail the policy either.
 */
import { oneLine } from '../../engine/markdown-text.ts';
import { failingRequirements, type ReportRequirement } from '../../engine/report.ts';
import type { CheckRun, Formatter } from '../check-run.ts';
import { failureWords } from './words.ts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text as XML character data or an attribute value; characters XML 1.0 forbids become �. */
export function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${xml(String(value))}"`)
    .join('');
}

function testCase(r: ReportRequirement, policyId: string, file: string): string {
  const open = `    <testcase${attributes({ name: `${r.ref} (${r.level.toUpperCase()}): ${oneLine(r.text)}`, classname: `${file}.${policyId}`, file })}`;
  if (r.result === 'pass') return `${open}/>`;
  const reason = oneLine(r.reason, 1000);
  const body =
    r.level === 'must'
      ? `<failure${attributes({ message: `MUST not met: ${reason}`, type: 'MUST' })}>${xml(failureWords(r))}</failure>`
      : `<skipped${attributes({ message: `SHOULD not met (advisory, not a failure): ${reason}` })}/>`;
  return `${open}>\n      ${body}\n    </testcase>`;
}

export const junit: Formatter = {
  description:
    'JUnit XML: a suite per policy, a case per requirement; a SHOULD not met is a skipped case, not a failure',
  format(run: CheckRun): string {
    const suites: string[] = [];
    let tests = 0;
    let failures = 0;
    let skipped = 0;
    for (const { file, report } of run.checks) {
      for (const policy of report.policies) {
        const failed = failingRequirements(policy);
        const counts = {
          tests: policy.requirements.length,
          failures: failed.filter((r) => r.level === 'must').length,
          errors: 0,
          skipped: failed.filter((r) => r.level === 'should').length,
        };
        tests += counts.tests;
        failures += counts.failures;
        skipped += counts.skipped;
        suites.push(
          `  <testsuite${attributes({ name: `${policy.id}: ${oneLine(policy.title)} (${file})`, ...counts, file })}>`,
          '    <properties>',
          ...Object.entries({
            profile: file,
            policyVersion: policy.version,
            policyStatus: policy.status,
            policySetVersion: report.policySetVersion,
            url: policy.url,
          }).map(([name, value]) => `      <property${attributes({ name, value })}/>`),
          '    </properties>',
          ...policy.requirements.map((r) => testCase(r, policy.id, file)),
          '  </testsuite>',
        );
      }
    }
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites${attributes({ name: `kap-check, policy set ${run.policySet.version}`, tests, failures, errors: 0, skipped })}>`,
      ...suites,
      '</testsuites>',
      '',
    ].join('\n');
  },
};
