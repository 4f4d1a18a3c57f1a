/**
 * The policies kap-check checks against: the repo's current set, or a policy set file pinned
 * with --policies (the shape the site serves at /policies.json), checked as the build checks
 * policy files, with every problem's file, line, column and JSON path.
 */
import type { Policy } from '../engine/evaluate.ts';
import { firstSyntaxError } from '../engine/json-location.ts';
import { checkPolicyFiles, type PolicySource } from '../engine/policy-file.ts';
import { loadPolicies } from '../lib/policy-files.ts';
import { policySetVersion } from '../lib/policy-set.ts';
import { locator, segmentsOf } from './locate.ts';

export interface PolicySet {
  version: string;
  /** Where the policies came from, as the output names it. */
  source: string;
  policies: Policy[];
  /** Things worth saying that do not stop the check. */
  warnings: string[];
}

export type LoadedPolicySet = { ok: true; set: PolicySet } | { ok: false; problems: string[] };

/** The format of policy set files this tool reads. */
const SET_FORMAT = 1;

/** The repo's current policies, as checked at build time. */
export function repoPolicySet(): LoadedPolicySet {
  try {
    const policies = loadPolicies();
    return {
      ok: true,
      set: {
        version: policySetVersion(policies),
        source: 'src/policies',
        policies,
        warnings: [],
      },
    };
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] };
  }
}

/** A policy set file's text, checked; `file` is its name as the user gave it. */
export function parsePolicySet(file: string, text: string): LoadedPolicySet {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const found = firstSyntaxError(text);
    const where = found ? `${found.location.line}:${found.location.column}` : '1:1';
    return problem(
      `${file}:${where}: not valid JSON: ${found?.message ?? (error as Error).message}`,
    );
  }
  // Parsed for locations only when there is something to say.
  let locate: ReturnType<typeof locator> | undefined;
  const at = (pointer: string) => {
    locate ??= locator(text);
    const { line, column } = locate(segmentsOf(pointer));
    return `${file}:${line}:${column}`;
  };
  const shape =
    'a policy set is an object {"schemaVersion": 1, "version", "generated", "policies": [...]}, as the site serves at /policies.json';
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return problem(`${at('')}: not a policy set: ${shape}`);
  const set = data as Record<string, unknown>;
  const missing = ['schemaVersion', 'version', 'generated', 'policies'].filter((k) => !(k in set));
  if (missing.length > 0)
    return problem(`${at('')}: not a policy set: it lacks ${missing.join(', ')}; ${shape}`);
  if (set.schemaVersion !== SET_FORMAT)
    return problem(
      `${at('/schemaVersion')}: schemaVersion is ${JSON.stringify(set.schemaVersion)}; this kap-check reads policy sets of schemaVersion ${SET_FORMAT}`,
    );
  const problems: string[] = [];
  if (typeof set.version !== 'string' || set.version.trim() === '')
    problems.push(`${at('/version')}: "version" must be the policy set's version, a string`);
  if (typeof set.generated !== 'string')
    problems.push(`${at('/generated')}: "generated" must be the date the set was made, a string`);
  if (!Array.isArray(set.policies) || set.policies.length === 0)
    problems.push(`${at('/policies')}: "policies" must be a list of at least one policy`);
  if (problems.length > 0) return { ok: false, problems };

  const entries = set.policies as unknown[];
  const sources: PolicySource[] = entries.map((data, i) => ({
    file,
    data,
    pointer: `/policies/${i}`,
  }));
  const issues = checkPolicyFiles(sources, samplesNamedIn(entries));
  if (issues.length > 0)
    return { ok: false, problems: issues.map((i) => `${at(i.path)}: at ${i.path}: ${i.message}`) };

  const policies = entries as Policy[];
  const version = set.version as string;
  const computed = policySetVersion(policies);
  return {
    ok: true,
    set: {
      version,
      source: file,
      policies,
      warnings:
        computed === version
          ? []
          : [
              `${at('/version')}: the file says version ${version}, but its policies' IDs, versions and dates make ${computed}: it may have been edited; the output names ${version}`,
            ],
    },
  };
}

/**
 * A downloaded set's test vectors name the samples of the site it came from, which need not be
 * this repo's: they are taken as given (kap-check runs the rules, not the vectors).
 */
function samplesNamedIn(entries: unknown[]): Set<string> {
  const names = new Set<string>();
  for (const entry of entries) {
    const tests = (entry as { tests?: unknown } | null)?.tests;
    if (!Array.isArray(tests)) continue;
    for (const test of tests) {
      const sample = (test as { sample?: unknown } | null)?.sample;
      if (typeof sample === 'string') names.add(sample);
    }
  }
  return names;
}

function problem(message: string): LoadedPolicySet {
  return { ok: false, problems: [message] };
}
