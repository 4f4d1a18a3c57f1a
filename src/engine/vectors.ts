/** Runs a policy's own test vectors: each a profile and the verdicts the policy must give it. */
import { evaluatePolicy, type Policy, type PolicyResult } from './evaluate.ts';
import { checkProfile, parseProfile } from './parse-profile.ts';
import { patchProfile } from './profile-patch.ts';

export type TestVector = Policy['tests'][number];

export interface VectorOutcome {
  name: string;
  /** Differences between what the vector expects and what the policy gave; empty when it passes. */
  mismatches: string[];
  result: PolicyResult['result'];
}

/** The profile a vector describes: inline, or a named sample with fields set or removed. */
export function vectorProfile(vector: TestVector, samples: ReadonlyMap<string, unknown>): unknown {
  const base = vector.sample === undefined ? vector.profile : samples.get(vector.sample);
  if (base === undefined) throw new Error(`unknown sample "${vector.sample}"`);
  return vector.set || vector.omit ? patchProfile(base, vector.set, vector.omit) : base;
}

/** Evaluates one vector and compares the policy's verdicts with the expected ones. */
export function runVector(
  policy: Policy,
  vector: TestVector,
  samples: ReadonlyMap<string, unknown>,
): VectorOutcome {
  const profile = vectorProfile(vector, samples);
  const parsed = typeof profile === 'string' ? parseProfile(profile) : checkProfile(profile);
  const mismatches: string[] = [];
  const { expect } = vector;
  if (!parsed.ok) {
    if (expect.result !== 'error')
      mismatches.push(
        `expected ${expect.result}, got error: ${parsed.errors.map((e) => e.message).join(' ')}`,
      );
    return { name: vector.name, mismatches, result: 'error' };
  }
  const result = evaluatePolicy(policy, parsed.profile);
  if (result.result !== expect.result)
    mismatches.push(`expected the policy to ${expect.result}, got ${result.result}`);
  for (const [id, expected] of Object.entries(expect.requirements ?? {})) {
    const got = result.requirements.find((r) => r.id === id);
    if (!got) mismatches.push(`expects requirement ${id}, which the policy does not have`);
    else if (got.result !== expected)
      mismatches.push(`expected ${id} to ${expected}, got ${got.result} (${got.reason})`);
  }
  const undeclared = new Set(result.requirements.flatMap((r) => r.undeclared));
  for (const path of expect.undeclared ?? []) {
    if (!undeclared.has(path)) mismatches.push(`expected "${path}" to be reported as not declared`);
  }
  return { name: vector.name, mismatches, result: result.result };
}
