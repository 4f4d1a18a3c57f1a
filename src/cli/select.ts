/** Which policies of a set a run checks: those named, or every one still in force. */
import type { Policy } from '../engine/evaluate.ts';
import { closest } from '../engine/suggest.ts';
import type { SkippedPolicy } from './check-run.ts';

/** Statuses of policies no longer in force: left out unless named. */
const RETIRED: ReadonlySet<string> = new Set(['superseded', 'withdrawn']);

export type Selection =
  { ok: true; selected: Policy[]; skipped: SkippedPolicy[] } | { ok: false; problems: string[] };

/** The policies to check; `named` are IDs as typed (any case), empty for "all in force". */
export function selectPolicies(
  policies: readonly Policy[],
  named: readonly string[],
  setVersion: string,
): Selection {
  const ids = policies.map((p) => p.id);
  const wanted = new Set(named.map((n) => n.trim().toUpperCase()).filter((n) => n !== ''));
  const problems = [...wanted]
    .filter((id) => !ids.includes(id))
    .map((id) => {
      const meant = closest(id, ids);
      return `no policy ${id} in policy set ${setVersion}${meant ? `; did you mean ${meant}?` : ''} (kap-check --list shows them)`;
    });
  if (problems.length > 0) return { ok: false, problems };
  if (wanted.size > 0)
    return { ok: true, selected: policies.filter((p) => wanted.has(p.id)), skipped: [] };
  const selected = policies.filter((p) => !RETIRED.has(p.status));
  const skipped = policies
    .filter((p) => RETIRED.has(p.status))
    .map((p) => ({
      id: p.id,
      status: p.status,
      ...(p.supersededBy ? { supersededBy: p.supersededBy } : {}),
    }));
  if (selected.length === 0)
    return {
      ok: false,
      problems: [
        `every policy in policy set ${setVersion} is superseded or withdrawn: name one with --policy to check it`,
      ],
    };
  return { ok: true, selected, skipped };
}
