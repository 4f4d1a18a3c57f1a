/** The version of the policy set as a whole: it changes whenever any policy's version does. */
import { createHash } from 'node:crypto';
import type { Policy } from '../engine/evaluate.ts';

/** The latest `updated` date and a digest of every ID@version, e.g. "2026-03-01+1f2e3d4c". */
export function policySetVersion(policies: readonly Policy[]): string {
  const latest =
    policies
      .map((p) => p.updated)
      .sort()
      .at(-1) ?? '0000-00-00';
  const digest = createHash('sha256')
    .update(
      policies
        .map((p) => `${p.id}@${p.version}`)
        .sort()
        .join('\n'),
    )
    .digest('hex');
  return `${latest}+${digest.slice(0, 8)}`;
}
