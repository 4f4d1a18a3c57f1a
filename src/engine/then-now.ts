/** One profile under a cited version of a policy and under its latest version: what a frozen page's checker compares. */
import type { PolicyResult } from './evaluate.ts';

export type Outcome = PolicyResult['result'] | 'absent';

export interface ThenNowRow {
  /** A requirement's ID, e.g. R2. */
  id: string;
  then: Outcome;
  now: Outcome;
}

export interface ThenNow {
  rows: ThenNowRow[];
  /** The comparison in one sentence, for the page and for screen readers. */
  sentence: string;
}

/**
 * Compares the results of one profile under the cited version (`then`) and the latest (`now`).
 * Rows follow `requirementIds`, the union of both versions' requirements; a requirement one
 * version lacks is "absent" there.
 */
export function compareThenNow(
  requirementIds: readonly string[],
  then: { version: string; result: PolicyResult },
  now: { version: string; result: PolicyResult },
): ThenNow {
  const outcome = (result: PolicyResult, id: string): Outcome =>
    result.result === 'error'
      ? 'error'
      : (result.requirements.find((r) => r.id === id)?.result ?? 'absent');
  const rows = requirementIds.map((id) => ({
    id,
    then: outcome(then.result, id),
    now: outcome(now.result, id),
  }));
  return { rows, sentence: sentence(rows, then, now) };
}

function sentence(
  rows: readonly ThenNowRow[],
  then: { version: string; result: PolicyResult },
  now: { version: string; result: PolicyResult },
): string {
  const [a, b] = [then.result.result, now.result.result];
  if (a === 'error' || b === 'error')
    return 'The profile has errors, so neither version could be checked.';
  const changed = rows.filter((r) => r.then !== r.now && r.then !== 'absent' && r.now !== 'absent');
  const differ =
    changed.length === 0
      ? ''
      : ` ${list(changed.map((r) => r.id))} ${changed.length === 1 ? 'has' : 'have'} a different verdict now.`;
  const verdict =
    a === b
      ? `${a === 'pass' ? 'Passes' : 'Fails'} under the cited version ${then.version} and ${a === 'pass' ? 'still passes' : 'still fails'} under the latest, ${now.version}.`
      : `${a === 'pass' ? 'Passes' : 'Fails'} under the cited version ${then.version}, but ${b === 'pass' ? 'passes' : 'fails'} under the latest, ${now.version}.`;
  return verdict + differ;
}

function list(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
