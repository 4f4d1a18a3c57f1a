/** Sentences more than one format writes. */
import { oneLine } from '../../engine/markdown-text.ts';
import type { CheckReport } from '../../engine/report.ts';
import type { CheckRun } from '../check-run.ts';

/** The policy set a run used, and what it left out, in one sentence. */
export function describeSet(run: CheckRun): string {
  const { version, source, skipped } = run.policySet;
  const left = skipped.map(
    (s) => `${s.id} (${s.status}${s.supersededBy ? ` by ${s.supersededBy}` : ''})`,
  );
  const skippedWords = left.length
    ? `; not checked, as superseded or withdrawn: ${left.join(', ')} (name one with --policy to check it)`
    : '';
  return `Policy set ${version} from ${source}${skippedWords}.`;
}

/**
 * Who the profile is about, e.g. "Contoso — Sentinel 4.2 (windows)", on one line and without
 * control characters: a profile's names must not move a terminal's cursor or a log's lines.
 */
export function subjectOf(report: CheckReport): string {
  const p = report.profile;
  if (!p) return 'an invalid profile';
  const [vendor, product, version, platform] = [
    p.vendor,
    p.product,
    p.productVersion,
    p.platform,
  ].map((part) => oneLine(part));
  return `${vendor} — ${product} ${version} (${platform})`;
}

/** A requirement not met in one sentence: why, what would change it, where it is cited. */
export function failureWords(r: { reason: string; remedies: string[]; url: string }): string {
  const change = r.remedies.map((remedy) => ` To meet it: ${remedy}.`).join('');
  return `${r.reason}.${change} See ${r.url}`;
}
