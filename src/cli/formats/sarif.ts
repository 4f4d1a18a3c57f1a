/**
 * SARIF 2.1.0, for code-scanning UIs: a rule per requirement of the policies checked (its help
 * URI is the requirement's citation URL), a result per requirement not met, located at the line
 * and column of the profile field the rule read, so the annotation lands on the profile itself.
 */
import type { ReportPolicy } from '../../engine/report.ts';
import { failingRequirements } from '../../engine/report.ts';
import type { CheckRun, Formatter } from '../check-run.ts';
import { failureWords } from './words.ts';

const SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** A relative file name as the URI SARIF wants: forward slashes, each segment percent-encoded. */
function fileUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function rulesOf(policies: readonly ReportPolicy[]) {
  return policies.flatMap((policy) =>
    policy.requirements.map((r) => ({
      id: r.ref,
      name: `${policy.id} ${r.ref.slice(policy.id.length + 1)}`,
      shortDescription: { text: `${policy.id}: ${policy.title}` },
      fullDescription: { text: r.text },
      helpUri: r.url,
      help: { text: `${r.text} See ${r.url}` },
      defaultConfiguration: { level: r.level === 'must' ? 'error' : 'warning' },
      properties: {
        policy: policy.id,
        policyVersion: policy.version,
        policyStatus: policy.status,
        requirementLevel: r.level.toUpperCase(),
      },
    })),
  );
}

export const sarif: Formatter = {
  description:
    'SARIF 2.1.0 for code scanning: a rule per requirement, a result per requirement not met, at the profile line it read',
  format(run: CheckRun): string {
    // Rules come from the first profile's report: every profile is checked against the same policies.
    const rules = rulesOf(run.checks[0]?.report.policies ?? []);
    const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
    const results = run.checks.flatMap(({ file, report, locations }, artifactIndex) =>
      report.policies.flatMap((policy) =>
        failingRequirements(policy).map((r) => {
          const at = locations[r.ref] ?? { line: 1, column: 1 };
          return {
            ruleId: r.ref,
            ruleIndex: ruleIndex.get(r.ref) as number,
            level: r.level === 'must' ? 'error' : 'warning',
            message: { text: `${r.ref} (${r.level.toUpperCase()}) not met: ${failureWords(r)}` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: fileUri(file), index: artifactIndex },
                  region: { startLine: at.line, startColumn: at.column },
                },
              },
            ],
            properties: { fields: r.fields, policyVersion: policy.version },
          };
        }),
      ),
    );
    const log = {
      $schema: SCHEMA,
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: run.tool.name,
              version: run.tool.version,
              informationUri: run.tool.informationUri,
              rules,
            },
          },
          artifacts: run.checks.map(({ file }) => ({ location: { uri: fileUri(file) } })),
          results,
          // Columns are counted as JavaScript strings count them.
          columnKind: 'unicodeCodePoints',
          properties: {
            policySetVersion: run.policySet.version,
            policySource: run.policySet.source,
          },
        },
      ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
  },
};
