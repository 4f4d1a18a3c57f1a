// The policy files, read from disk when a spec is loaded, so that specs can make one test per
// policy or per sample (a failure then names what failed, and the suite scales with the content).
import { readdirSync, readFileSync } from 'node:fs';
import type { Policy } from '../src/engine/evaluate.ts';

type Vector = Policy['tests'][number];

/** Every policy file in src/policies/, in ID order. */
export const policies: Policy[] = readdirSync('src/policies')
  .filter((name) => /^KAP-\d{3}\.json$/.test(name))
  .sort()
  .map((name) => JSON.parse(readFileSync(`src/policies/${name}`, 'utf8')) as Policy);

/** A policy's vectors that check a sample as it is (no fields set or removed). */
export function plainSampleVectors(policy: Policy): (Vector & { sample: string })[] {
  return policy.tests.filter(
    (t): t is Vector & { sample: string } => t.sample !== undefined && !t.set && !t.omit,
  );
}

/** The samples that some policy checks as they are. */
export const plainSamples: string[] = [
  ...new Set(policies.flatMap((p) => plainSampleVectors(p).map((t) => t.sample))),
].sort();
