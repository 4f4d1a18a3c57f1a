/** The checker's downloads: the profile as a file, and the report of a check as Markdown or JSON. */
import type { PolicyResult } from '../../engine/evaluate.ts';
import type { ParsedProfile } from '../../engine/parse-profile.ts';
import { buildReport, reportToMarkdown } from '../../engine/report.ts';
import type { CheckerData } from './checker-data.ts';
import { saveFile, slug } from './save-file.ts';
import { shareUrl } from './share-links.ts';

/** A check as last shown: the text, its parse and its verdicts. */
export interface ShownCheck {
  text: string;
  parsed: ParsedProfile;
  results: PolicyResult[];
}

/** Saves the profile's text, named after its vendor, product and version when it parses. */
export function downloadProfile({ text, parsed }: Pick<ShownCheck, 'text' | 'parsed'>): void {
  const name = parsed.ok
    ? slug(parsed.profile.vendor, parsed.profile.product, parsed.profile.productVersion)
    : 'profile';
  saveFile(`${name}.json`, text, 'application/json');
}

/** Saves the report of the check, which starts with who, what and when and carries its share link. */
export async function exportReport(
  format: 'md' | 'json',
  { text, parsed, results }: ShownCheck,
  data: CheckerData,
): Promise<void> {
  const profile = parsed.ok ? parsed.profile : null;
  const report = buildReport({
    results,
    policies: data.policies,
    profile,
    policySetVersion: data.policySetVersion,
    site: data.site,
    // Where the report was made: its link must open there, wherever the site is served from.
    shareUrl: await shareUrl(text, data, location.origin),
  });
  const name = `kap-report-${profile ? slug(profile.vendor, profile.product) : 'invalid-profile'}-${report.generated.slice(0, 10)}`;
  if (format === 'md') saveFile(`${name}.md`, reportToMarkdown(report), 'text/markdown');
  else saveFile(`${name}.json`, `${JSON.stringify(report, null, 2)}\n`, 'application/json');
}
