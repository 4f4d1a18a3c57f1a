/** One profile's text checked against the selected policies, with where each failure is in the file. */
import { evaluateText, type Policy } from '../engine/evaluate.ts';
import type { ProfileProblem } from '../engine/parse-profile.ts';
import { buildReport } from '../engine/report.ts';
import { encodeShareFragment } from '../engine/share-link.ts';
import { checkPath } from '../engine/urls.ts';
import type { ProfileCheck } from './check-run.ts';
import { fieldSegments, locator } from './locate.ts';

export type CheckedProfile =
  | { ok: true; check: ProfileCheck; warnings: string[] }
  | { ok: false; problems: string[]; warnings: string[] };

/** A problem as compilers write them, so editors and CI logs link it: file:line:column: message. */
export function problemLine(file: string, problem: ProfileProblem, kind = ''): string {
  const where = problem.line === undefined ? '' : `:${problem.line}:${problem.column ?? 1}`;
  return `${file}${where}: ${kind}${problem.message}`;
}

/** Parses, validates and evaluates one profile's text. */
export async function checkProfileText(options: {
  file: string;
  text: string;
  policies: readonly Policy[];
  policySetVersion: string;
  site: string;
  now: Date;
  /** Whether the report carries a link that opens the profile in the site's checker. */
  shareLink: boolean;
}): Promise<CheckedProfile> {
  const { file, text, policies, policySetVersion, site, now } = options;
  const { parsed, results } = evaluateText(policies, text);
  const warnings = parsed.warnings.map((w) => problemLine(file, w, 'warning: '));
  if (!parsed.ok)
    return { ok: false, problems: parsed.errors.map((e) => problemLine(file, e)), warnings };
  const fragment = options.shareLink && (await encodeShareFragment(text, policySetVersion));
  const report = buildReport({
    results,
    policies,
    profile: parsed.profile,
    policySetVersion,
    site,
    source: file,
    shareUrl: fragment ? `${new URL(checkPath(), site).href}#${fragment}` : undefined,
    now,
  });
  const locate = locator(text);
  const locations: ProfileCheck['locations'] = {};
  for (const policy of report.policies)
    for (const r of policy.requirements)
      if (r.result === 'fail')
        locations[r.ref] = locate(r.fields[0] ? fieldSegments(r.fields[0]) : []);
  return { ok: true, check: { file, report, locations }, warnings };
}
