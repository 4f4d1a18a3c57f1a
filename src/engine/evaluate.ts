/** Evaluates a policy against a vendor profile: a verdict per requirement, with its reason. */
import type { PolicyFile } from '../generated/policy.d.ts';
import {
  describeClause,
  explain,
  failingClauses,
  holdingClauses,
  type ExplainNode,
} from './explain.ts';
import { applyRule, truthy } from './json-logic.ts';
import { parseProfile, type ProfileProblem } from './parse-profile.ts';
import { remedies, type Remedy } from './remedy.ts';

export type Policy = PolicyFile;
export type Requirement = PolicyFile['requirements'][number];
/** The part of a policy evaluation needs; the status, when given, is carried into the result. */
export type PolicyRules = Pick<Policy, 'id' | 'requirements'> & Partial<Pick<Policy, 'status'>>;

export interface RequirementResult {
  /** The requirement's ID within its policy, e.g. "R1". */
  id: string;
  /** The requirement's citable ID, e.g. "KAP-001-R1". */
  ref: string;
  level: 'must' | 'should';
  result: 'pass' | 'fail';
  /** Why, in one or more sentences. */
  reason: string;
  /** Fields the rule read that the profile does not declare; any makes the requirement fail. */
  undeclared: string[];
  /** For a failed requirement: what the profile would have to declare instead. */
  remedies: Remedy[];
  explanation: ExplainNode;
}

export interface PolicyResult {
  id: string;
  /** The policy's status, when the evaluation was given it: summaries count current policies only. */
  status?: Policy['status'];
  result: 'pass' | 'fail' | 'error';
  requirements: RequirementResult[];
  /** On a pass, the SHOULD requirements that failed; empty on a fail, where every failure is listed anyway. */
  advisories: string[];
  /** Why the profile could not be evaluated, when the result is "error". */
  errors: ProfileProblem[];
}

/** Evaluates one requirement. A field the rule reads and the profile lacks fails it: never trust a null. */
export function evaluateRequirement(
  policyId: string,
  requirement: Requirement,
  profile: unknown,
): RequirementResult {
  const { value, reads } = applyRule(requirement.rule, profile);
  const undeclared = [...new Set(reads.filter((r) => !r.declared).map((r) => r.path))];
  const explanation = explain(requirement.rule, profile);
  const passed = undeclared.length === 0 && truthy(value);
  return {
    id: requirement.id,
    ref: `${policyId}-${requirement.id}`,
    level: requirement.level,
    result: passed ? 'pass' : 'fail',
    reason: reasonFor(passed, undeclared, explanation),
    undeclared,
    remedies: passed ? [] : remedies(requirement.rule, profile),
    explanation,
  };
}

function reasonFor(passed: boolean, undeclared: string[], explanation: ExplainNode): string {
  if (undeclared.length > 0) {
    return `not declared: ${undeclared.join(', ')} — the profile must declare ${undeclared.length === 1 ? 'this field' : 'these fields'} for the requirement to be judged`;
  }
  const clauses = passed ? holdingClauses(explanation) : failingClauses(explanation);
  return (clauses.length > 0 ? clauses : [explanation]).map(describeClause).join('; ');
}

/** Evaluates a policy against a profile that has already passed schema validation. */
export function evaluatePolicy(policy: PolicyRules, profile: unknown): PolicyResult {
  const requirements = policy.requirements.map((r) => evaluateRequirement(policy.id, r, profile));
  const failed = requirements.filter((r) => r.result === 'fail');
  const result = failed.some((r) => r.level === 'must') ? 'fail' : 'pass';
  return {
    id: policy.id,
    ...(policy.status && { status: policy.status }),
    result,
    requirements,
    advisories: result === 'pass' ? failed.map((r) => r.ref) : [],
    errors: [],
  };
}

/** Parses a profile's text and evaluates each policy against it; an invalid profile is an error for every policy. */
export function evaluateText(
  policies: readonly PolicyRules[],
  text: string,
): { parsed: ReturnType<typeof parseProfile>; results: PolicyResult[] } {
  const parsed = parseProfile(text);
  const results = policies.map((policy) =>
    parsed.ok
      ? evaluatePolicy(policy, parsed.profile)
      : {
          id: policy.id,
          ...(policy.status && { status: policy.status }),
          result: 'error' as const,
          requirements: [],
          advisories: [],
          errors: parsed.errors,
        },
  );
  return { parsed, results };
}
