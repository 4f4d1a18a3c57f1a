/** Why and since when a withdrawn or superseded policy is retired, from its history. */
import type { Policy } from '../../engine/evaluate.ts';
import { STATUSES } from '../../lib/areas.ts';
import { releasesOf } from '../../lib/policy-releases.ts';

export interface Retirement {
  title: string;
  /** E.g. "Superseded in version 1.1.1 (2026-11-24)". */
  since: string;
  /** The history entry of the version that retired it. */
  reason: string;
}

/** The retirement of `policy`, or undefined while it is active. */
export function retirement(policy: Policy): Retirement | undefined {
  if (policy.status !== 'withdrawn' && policy.status !== 'superseded') return undefined;
  // The first release with this status retired it; before the archive began, the version shown.
  const first = releasesOf(policy.id).find((r) => r.policy.status === policy.status)?.version;
  const entry =
    policy.history.find((h) => h.version === first) ??
    policy.history.find((h) => h.version === policy.version)!;
  const word = STATUSES[policy.status]!;
  return {
    title: word,
    since: `${word} in version ${entry.version} (${entry.date})`,
    reason: entry.change,
  };
}
