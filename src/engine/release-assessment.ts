/**
 * The version step a change between two releases of a policy needs, with the reasons, as the
 * versioning promise on /cite/ states it: breaking (a profile that conformed may no longer, or a
 * cited requirement is gone) is major, any other change to a requirement or rule is minor, and a
 * change to nothing a verdict depends on is a patch.
 */
import { evaluateRequirement, type Policy } from './evaluate.ts';
import { diffPolicies } from './policy-diff.ts';
import { frozenPage } from './release-content.ts';
import { breakingBump, bumpCovers, type Bump } from './versions.ts';

/** One released (or about to be released) version: its policy file and its page's prose. */
export interface ReleaseSide {
  policy: Policy;
  page: string;
}

/** A profile to try both versions' rules on, named for messages (a sample or a test vector). */
export interface EvidenceProfile {
  label: string;
  profile: unknown;
}

export interface Reason {
  needs: Bump;
  why: string;
}

export interface Assessment {
  /** The smallest step that covers every change; undefined when nothing changed. */
  needed: Bump | undefined;
  reasons: Reason[];
}

/** What changed from `before` to `after`, and the step it needs. */
export function assessRelease(
  before: ReleaseSide,
  after: ReleaseSide,
  evidence: readonly EvidenceProfile[],
): Assessment {
  const from = before.policy.version;
  const breaking = breakingBump(from);
  const diff = diffPolicies(before.policy, after.policy);
  const reasons: Reason[] = [];
  const add = (needs: Bump, why: string) => reasons.push({ needs, why });

  for (const r of diff.requirements) {
    const old = r.before;
    const now = r.after;
    if (!old && now) {
      if (now.level === 'must')
        add(breaking, `${r.id} is a new MUST: a profile that conformed to ${from} can fail it`);
      else add('minor', `${r.id} is a new SHOULD`);
      continue;
    }
    if (old && !now) {
      add(breaking, `${r.id} was removed: a citation of it no longer finds it in the new version`);
      continue;
    }
    if (!old || !now) continue;
    if (r.levelChanged)
      add(
        now.level === 'must' ? breaking : 'minor',
        `${r.id} changed from ${old.level.toUpperCase()} to ${now.level.toUpperCase()}`,
      );
    if (r.textChanged) add('minor', `${r.id}'s text changed`);
    if (r.ruleChanged) {
      add('minor', `${r.id}'s rule changed`);
      const failing =
        now.level === 'must'
          ? newlyFailing(before.policy, r.id, after.policy, evidence)
          : undefined;
      if (failing)
        add(
          breaking,
          `${r.id}'s new rule fails ${failing}, which passed it in ${from}: a profile that conformed may no longer`,
        );
    }
  }
  for (const field of diff.fields) add('patch', `the ${field.field} changed`);
  if (diff.references.added.length + diff.references.removed.length > 0)
    add('patch', 'the references changed');
  if (frozenPage(before.page) !== frozenPage(after.page)) add('patch', "the page's prose changed");

  const needed = reasons.reduce<Bump | undefined>(
    (largest, r) => (largest && bumpCovers(largest, r.needs) ? largest : r.needs),
    undefined,
  );
  return { needed, reasons };
}

/** The first evidence profile that passes requirement `id` in `before` and fails it in `after`. */
function newlyFailing(
  before: Policy,
  id: string,
  after: Policy,
  evidence: readonly EvidenceProfile[],
): string | undefined {
  const old = before.requirements.find((r) => r.id === id)!;
  const now = after.requirements.find((r) => r.id === id)!;
  return evidence.find(
    ({ profile }) =>
      evaluateRequirement(before.id, old, profile).result === 'pass' &&
      evaluateRequirement(after.id, now, profile).result === 'fail',
  )?.label;
}
