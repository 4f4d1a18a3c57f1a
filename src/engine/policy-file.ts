/**
 * Checks policy files: their shape against the policy schema, and what a schema cannot say:
 * IDs unique and matching the file name, rules made only of standard operators and reading
 * only fields the profile schema defines, test vectors naming real samples and fields.
 * Runs at build and test time and in kap-check, never in the browser.
 */
import validateShape from '../generated/validate-policy.js';
import profileSchema from '../profiles/vendor-profile.v1.json' with { type: 'json' };
import type { Policy } from './evaluate.ts';
import { escapePointer, lintRule } from './rule-lint.ts';
import { schemaAt, type SchemaNode } from './schema-fields.ts';

/** A problem in a policy file, at a JSON Pointer path. */
export interface PolicyFileIssue {
  file: string;
  path: string;
  message: string;
}

/** A policy file as read from disk. */
export interface PolicySource {
  /** The file's path, as shown in messages, e.g. src/policies/KAP-001.json. */
  file: string;
  data: unknown;
  /**
   * For a policy inside a policy set file (/policies.json): its JSON Pointer there, e.g.
   * /policies/3, which prefixes every issue's path; the set's file name says nothing of its ID.
   */
  pointer?: string;
}

/** Every policy rests on sources and proves its rules on profiles. */
const MIN_REFERENCES = 2;
const MIN_VECTORS = 3;

/** Whether the profile schema defines a field at this dotted path. */
export function isProfileField(path: string): boolean {
  return schemaAt(profileSchema as SchemaNode, path) !== undefined;
}

/** Every problem in a set of policy files; an empty list means they may be published. */
export function checkPolicyFiles(
  sources: readonly PolicySource[],
  sampleNames: ReadonlySet<string>,
): PolicyFileIssue[] {
  const issues: PolicyFileIssue[] = [];
  const ids = new Map<string, string>();
  for (const { file, data, pointer } of sources) {
    const report = (path: string, message: string) =>
      issues.push({ file, path: `${pointer ?? ''}${path}` || '/', message });
    if (!validateShape(data)) {
      for (const e of validateShape.errors ?? [])
        report(e.instancePath + missingProperty(e.params), e.message ?? 'is not valid');
      continue;
    }
    const policy = data as unknown as Policy;
    const expectedId = /([^/\\]+)\.json$/.exec(file)?.[1];
    if (pointer === undefined && policy.id !== expectedId)
      report('/id', `the ID "${policy.id}" must match the file name (${expectedId}.json)`);
    const other = ids.get(policy.id);
    if (other) report('/id', `duplicate ID "${policy.id}": ${other} has it too`);
    ids.set(policy.id, pointer === undefined ? file : `${file} at ${pointer}`);
    checkRequirements(policy, report);
    checkVectors(policy, sampleNames, report);
    checkHistory(policy, report);
    if (policy.references.length < MIN_REFERENCES)
      report(
        '/references',
        `a policy needs at least ${MIN_REFERENCES} references; it has ${policy.references.length}`,
      );
    if (policy.tests.length < MIN_VECTORS)
      report(
        '/tests',
        `a policy needs at least ${MIN_VECTORS} test vectors (a pass, a fail, an undeclared field); it has ${policy.tests.length}`,
      );
    policy.references.forEach((reference, i) => {
      if (!reference.date && !reference.accessed)
        report(
          `/references/${i}`,
          'a reference needs its publication "date" or, if undated, the date it was "accessed"',
        );
    });
  }
  for (const { file, data, pointer = '' } of sources) {
    const { supersededBy, status } = (data ?? {}) as Partial<Policy>;
    if (supersededBy && !ids.has(supersededBy))
      issues.push({
        file,
        path: `${pointer}/supersededBy`,
        message: `no policy has the ID "${supersededBy}"`,
      });
    if (status === 'superseded' && !supersededBy)
      issues.push({
        file,
        path: `${pointer}/supersededBy`,
        message: 'a superseded policy must name its successor',
      });
  }
  return issues;
}

function missingProperty(params: Record<string, unknown>): string {
  return typeof params.missingProperty === 'string'
    ? `/${escapePointer(params.missingProperty)}`
    : '';
}

type Report = (path: string, message: string) => void;

function checkRequirements(policy: Policy, report: Report): void {
  const seen = new Set<string>();
  policy.requirements.forEach((requirement, i) => {
    if (seen.has(requirement.id))
      report(`/requirements/${i}/id`, `duplicate requirement ID "${requirement.id}"`);
    seen.add(requirement.id);
    for (const issue of lintRule(requirement.rule, isProfileField, `/requirements/${i}/rule`))
      report(issue.path, issue.message);
  });
}

function checkVectors(policy: Policy, sampleNames: ReadonlySet<string>, report: Report): void {
  const requirementIds = new Set(policy.requirements.map((r) => r.id));
  policy.tests.forEach((vector, i) => {
    const at = `/tests/${i}`;
    if ((vector.sample === undefined) === (vector.profile === undefined))
      report(at, 'a test vector needs either "sample" or "profile", and not both');
    if (vector.sample !== undefined && !sampleNames.has(vector.sample)) {
      report(
        `${at}/sample`,
        `no sample profile is named "${vector.sample}" (samples: ${[...sampleNames].join(', ')})`,
      );
    }
    for (const path of [...Object.keys(vector.set ?? {}), ...(vector.omit ?? [])]) {
      if (!isProfileField(path)) report(`${at}`, `"${path}" is not a field of the profile schema`);
    }
    for (const id of Object.keys(vector.expect.requirements ?? {})) {
      if (!requirementIds.has(id))
        report(`${at}/expect/requirements/${id}`, `the policy has no requirement "${id}"`);
    }
  });
}

function checkHistory(policy: Policy, report: Report): void {
  if (!policy.history.some((h) => h.version === policy.version)) {
    report('/history', `no history entry for the current version ${policy.version}`);
  }
}

/** Issues written one a line, file and path first, for a build log. */
export function formatIssues(issues: readonly PolicyFileIssue[]): string {
  return issues.map((i) => `${i.file} at ${i.path}: ${i.message}`).join('\n');
}
