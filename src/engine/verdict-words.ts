/** How verdicts read, the same on policy pages, /check/, sample pages and reports. */
import type { PolicyResult } from './evaluate.ts';

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

/** The counts of a check against several policies. */
export interface Summary {
  policies: number;
  pass: number;
  passWithAdvisories: number;
  fail: number;
  error: number;
}

/** Counts the verdicts of a check. */
export function summarize(
  results: readonly Pick<PolicyResult, 'result' | 'advisories'>[],
): Summary {
  const count = (test: (r: Pick<PolicyResult, 'result' | 'advisories'>) => boolean) =>
    results.filter(test).length;
  return {
    policies: results.length,
    pass: count((r) => r.result === 'pass'),
    passWithAdvisories: count((r) => r.result === 'pass' && r.advisories.length > 0),
    fail: count((r) => r.result === 'fail'),
    error: count((r) => r.result === 'error'),
  };
}

/** The counts in one sentence, e.g. "14 policies: 9 pass (2 with advisories), 5 fail." */
export function summaryWords(summary: Summary): string {
  if (summary.error > 0)
    return `The profile has errors, so none of the ${summary.policies} policies could be checked.`;
  return `${summary.policies} policies: ${summary.pass} pass (${summary.passWithAdvisories} with advisories), ${summary.fail} fail.`;
}
