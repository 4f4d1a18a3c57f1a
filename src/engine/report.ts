/** The report of one profile checked against every policy: as data (JSON export) and as Markdown. */
import type { PolicyResult, Policy } from './evaluate.ts';
import type { VendorProfile } from './parse-profile.ts';
import { describeRemedy } from './remedy.ts';
import { policyPath, requirementAnchor } from './urls.ts';
import {
  advisoryWords,
  summarize,
  summaryWords,
  VERDICT_WORDS,
  type Summary,
} from './verdict-words.ts';

/** What a report needs to know about each policy besides its result. */
export type PolicyMeta = Pick<Policy, 'id' | 'title' | 'version' | 'status'>;

export interface CheckReport {
  reportFormat: 1;
  generated: string;
  policySetVersion: string;
  profile: Pick<
    VendorProfile,
    'vendor' | 'product' | 'productVersion' | 'platform' | 'declaredOn'
  > | null;
  summary: Summary;
  policies: {
    id: string;
    title: string;
    version: string;
    status: string;
    url: string;
    result: PolicyResult['result'];
    advisories: string[];
    failing: {
      ref: string;
      level: 'must' | 'should';
      url: string;
      reason: string;
      remedies: string[];
    }[];
  }[];
}

/** Builds the report; `site` is the site's origin, for citation URLs. */
export function buildReport(options: {
  results: readonly PolicyResult[];
  policies: readonly PolicyMeta[];
  profile: VendorProfile | null;
  policySetVersion: string;
  site: string;
  now?: Date;
}): CheckReport {
  const { results, policies, profile, policySetVersion, site } = options;
  const rows = results.map((result) => {
    const meta = policies.find((p) => p.id === result.id) as PolicyMeta;
    const url = new URL(policyPath(result.id), site).href;
    return {
      id: result.id,
      title: meta.title,
      version: meta.version,
      status: meta.status,
      url,
      result: result.result,
      advisories: result.advisories,
      failing: result.requirements
        .filter((r) => r.result === 'fail')
        .map((r) => ({
          ref: r.ref,
          level: r.level,
          url: `${url}#${requirementAnchor(r.id)}`,
          reason: r.reason,
          remedies: r.remedies.map(describeRemedy),
        })),
    };
  });
  return {
    reportFormat: 1,
    generated: (options.now ?? new Date()).toISOString(),
    policySetVersion,
    profile: profile && {
      vendor: profile.vendor,
      product: profile.product,
      productVersion: profile.productVersion,
      platform: profile.platform,
      declaredOn: profile.declaredOn,
    },
    summary: summarize(rows),
    policies: rows,
  };
}

/** The report in Markdown, ready to paste into a review. */
export function reportToMarkdown(report: CheckReport): string {
  const { profile, summary } = report;
  const subject = profile
    ? `${profile.vendor} — ${profile.product} ${profile.productVersion} (${profile.platform})`
    : 'an invalid profile';
  const lines = [
    `# Kernel-access policy check: ${subject}`,
    '',
    ...(profile
      ? [
          `- Vendor: ${profile.vendor}`,
          `- Product: ${profile.product} ${profile.productVersion}, ${profile.platform}`,
          `- Profile declared on: ${profile.declaredOn}`,
        ]
      : []),
    `- Checked on: ${report.generated.slice(0, 10)}`,
    `- Policy set version: ${report.policySetVersion} (${summary.policies} policies)`,
    `- Result: ${summaryWords(summary)}`,
    '',
    '| Policy | Version | Status | Verdict |',
    '|---|---|---|---|',
    ...report.policies.map(
      (p) =>
        `| [${p.id}: ${escapeCell(p.title)}](${p.url}) | ${p.version} | ${p.status} | ${[VERDICT_WORDS[p.result], advisoryWords(p.advisories.length)].join(' ').trim()} |`,
    ),
  ];
  const failing = report.policies.filter((p) => p.failing.length > 0);
  if (failing.length > 0) {
    lines.push('', '## Requirements not met');
    for (const p of failing) {
      lines.push('', `### ${p.id}: ${p.title} — ${VERDICT_WORDS[p.result]}`, '');
      for (const f of p.failing) {
        const change = f.remedies.length ? ` To meet it: ${f.remedies.join('; ')}.` : '';
        lines.push(`- [${f.ref}](${f.url}) (${f.level.toUpperCase()}): ${f.reason}.${change}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|');
}
