/** How verdicts read, the same on policy pages, /check/, sample pages and reports. */
import type { PolicyResult, RequirementResult } from './evaluate.ts';

export const VERDICT_WORDS: Readonly<Record<PolicyResult['result'], string>> = {
  pass: 'Pass',
  fail: 'Fail',
  error: 'Error',
};

/** The note on a pass with failed SHOULDs, e.g. "with 1 advisory (a SHOULD not met)"; empty when none. */
export function advisoryWords(count: number): string {
  if (count === 0) return '';
  return count === 1
    ? 'with 1 advisory (a SHOULD not met)'
    : `with ${count} advisories (SHOULDs not met)`;
}

/** Statuses of policies that no longer apply: listed, but not counted in a summary. */
const RETIRED: ReadonlySet<string> = new Set(['superseded', 'withdrawn']);

/** Whether a result is of a policy that still applies (a result without a status does). */
export function isCurrent(result: Pick<PolicyResult, 'status'>): boolean {
  return !RETIRED.has(result.status ?? '');
}

/** The counts of a check against several policies: current ones, and the retired apart. */
export interface Summary {
  policies: number;
  pass: number;
  passWithAdvisories: number;
  fail: number;
  error: number;
  /** Superseded and withdrawn policies checked too, not in the counts above. */
  retired: number;
}

type Counted = Pick<PolicyResult, 'result' | 'advisories' | 'status'>;

/** Counts the verdicts of a check, current policies only. */
export function summarize(results: readonly Counted[]): Summary {
  const current = results.filter(isCurrent);
  const count = (test: (r: Counted) => boolean) => current.filter(test).length;
  return {
    policies: current.length,
    pass: count((r) => r.result === 'pass'),
    passWithAdvisories: count((r) => r.result === 'pass' && r.advisories.length > 0),
    fail: count((r) => r.result === 'fail'),
    error: count((r) => r.result === 'error'),
    retired: results.length - current.length,
  };
}

/** The counts in one sentence, e.g. "13 current policies: 9 pass (2 with advisories), 4 fail." */
export function summaryWords(summary: Summary): string {
  const retired =
    summary.retired === 0
      ? ''
      : ` ${summary.retired} superseded or withdrawn ${summary.retired === 1 ? 'policy is' : 'policies are'} shown apart and not counted.`;
  if (summary.error > 0)
    return `The profile has errors, so none of the ${summary.policies} current policies could be checked.`;
  return `${summary.policies} current policies: ${summary.pass} pass (${summary.passWithAdvisories} with advisories), ${summary.fail} fail.${retired}`;
}

type RequirementVerdict = Pick<RequirementResult, 'result' | 'level'>;

/** A requirement's verdict in words: a failed SHOULD is advisory, not a failure of the policy. */
export function requirementWords(requirement: RequirementVerdict): string {
  if (requirement.result === 'pass') return 'Pass';
  return requirement.level === 'should' ? 'Not met (advisory)' : 'Fail';
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * What a screen reader is told when a policy's verdict changes, with the counts, e.g.
 * "KAP-003: Fail: 2 of 5 requirements not met, 1 of them advisory (a SHOULD)."
 */
export function verdictAnnouncement(
  result: Pick<PolicyResult, 'id' | 'result' | 'errors'> & { requirements: RequirementVerdict[] },
): string {
  const total = result.requirements.length;
  const failed = result.requirements.filter((r) => r.result === 'fail');
  const advisory = failed.filter((r) => r.level === 'should').length;
  const head = `${result.id}: ${VERDICT_WORDS[result.result]}`;
  if (result.result === 'error')
    return `${head}: the profile could not be checked (${plural(result.errors.length, 'problem', 'problems')} in it).`;
  if (result.result === 'fail') {
    const ofThem =
      advisory === 0
        ? ''
        : `, ${advisory} of them advisory (${advisory === 1 ? 'a SHOULD' : 'SHOULDs'})`;
    return `${head}: ${failed.length} of ${plural(total, 'requirement', 'requirements')} not met${ofThem}.`;
  }
  if (advisory === 0) return `${head}: all ${plural(total, 'requirement', 'requirements')} met.`;
  return `${head}: ${total - advisory} of ${plural(total, 'requirement', 'requirements')} met; ${advisory} advisory (${advisory === 1 ? 'a SHOULD' : 'SHOULDs'}) not met.`;
}
