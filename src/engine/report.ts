/**
 * The report of one profile checked against a set of policies: as data (the page's JSON export
 * and `kap-check --format json`) and as Markdown, safe to paste into a review.
 */
import type { PolicyResult, Policy, RequirementResult } from './evaluate.ts';
import { failingClauses } from './explain.ts';
import { markdownLiteral, markdownProse } from './markdown-text.ts';
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
export type PolicyMeta = Pick<Policy, 'id' | 'title' | 'version' | 'status' | 'requirements'>;

/** One requirement of a checked policy. */
export interface ReportRequirement {
  /** Its citable ID, e.g. "KAP-003-R2". */
  ref: string;
  level: 'must' | 'should';
  text: string;
  /** Its citation URL: the requirement's anchor on its policy's page. */
  url: string;
  result: RequirementResult['result'];
  /** Why, in the page's words. */
  reason: string;
  /** What would change a failed requirement, one sentence each. */
  remedies: string[];
  /** The profile fields that decided the result: for a failure, those the failing clauses read. */
  fields: string[];
  /** Fields the rule read that the profile does not declare. */
  undeclared: string[];
}

export interface ReportPolicy {
  id: string;
  title: string;
  version: string;
  status: Policy['status'];
  url: string;
  result: PolicyResult['result'];
  /** On a pass, the refs of the SHOULD requirements not met. */
  advisories: string[];
  /** Every requirement, in policy order; empty when the profile could not be checked. */
  requirements: ReportRequirement[];
}

export interface CheckReport {
  reportFormat: 2;
  /** When the check ran, as an ISO timestamp; its first 10 characters are the date checked. */
  generated: string;
  policySetVersion: string;
  /** The profile's file, when a file was checked (kap-check). */
  source?: string;
  /** A link that opens the same profile in the site's checker. */
  shareUrl?: string;
  profile: Pick<
    VendorProfile,
    'vendor' | 'product' | 'productVersion' | 'platform' | 'declaredOn'
  > | null;
  summary: Summary;
  policies: ReportPolicy[];
}

/** Builds the report; `site` is the site's origin, for citation URLs. */
export function buildReport(options: {
  results: readonly PolicyResult[];
  policies: readonly PolicyMeta[];
  profile: VendorProfile | null;
  policySetVersion: string;
  site: string;
  source?: string;
  shareUrl?: string;
  now?: Date;
}): CheckReport {
  const { results, policies, profile, policySetVersion, site, source, shareUrl } = options;
  const rows = results.map((result): ReportPolicy => {
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
      requirements: result.requirements.map((r) => ({
        ref: r.ref,
        level: r.level,
        text: meta.requirements.find((m) => m.id === r.id)?.text ?? '',
        url: `${url}#${requirementAnchor(r.id)}`,
        result: r.result,
        reason: r.reason,
        remedies: r.remedies.map(describeRemedy),
        fields: decidingFields(r),
        undeclared: r.undeclared,
      })),
    };
  });
  return {
    reportFormat: 2,
    generated: (options.now ?? new Date()).toISOString(),
    policySetVersion,
    ...(source === undefined ? {} : { source }),
    ...(shareUrl === undefined ? {} : { shareUrl }),
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

/** The fields a reader would look at first: undeclared ones, else those of the failing clauses. */
function decidingFields(result: RequirementResult): string[] {
  if (result.undeclared.length > 0) return result.undeclared;
  const clauses = result.result === 'fail' ? failingClauses(result.explanation) : [];
  const reads = (clauses.length > 0 ? clauses : [result.explanation]).flatMap((c) => c.reads);
  return [...new Set(reads.map((r) => r.path))];
}

/** The requirements of a report's policy that were not met. */
export function failingRequirements(policy: ReportPolicy): ReportRequirement[] {
  return policy.requirements.filter((r) => r.result === 'fail');
}

/**
 * The report in Markdown, ready to paste into a review: who, what and when first, then a row
 * per policy and each requirement not met. Profile text is quoted inertly (see markdown-text.ts).
 */
export function reportToMarkdown(report: CheckReport): string {
  const { profile, summary } = report;
  const literal = (text: string) => markdownLiteral(text);
  const subject = profile
    ? `${literal(profile.vendor)} — ${literal(profile.product)} ${literal(profile.productVersion)} (${literal(profile.platform)})`
    : 'an invalid profile';
  const lines = [
    `# Kernel-access policy check: ${subject}`,
    '',
    ...(profile
      ? [
          `- Vendor: ${literal(profile.vendor)}`,
          `- Product: ${literal(profile.product)}`,
          `- Product version: ${literal(profile.productVersion)}`,
        ]
      : []),
    `- Date checked: ${report.generated.slice(0, 10)}`,
    `- Policy set version: ${literal(report.policySetVersion)} (${report.policies.length} policies checked)`,
    ...(report.shareUrl
      ? [`- Share link: [open this profile in the checker](${report.shareUrl})`]
      : []),
    ...(profile
      ? [
          `- Platform: ${literal(profile.platform)}`,
          `- Profile declared on: ${literal(profile.declaredOn)}`,
        ]
      : []),
    ...(report.source === undefined ? [] : [`- Profile file: ${literal(report.source)}`]),
    `- Result: ${summaryWords(summary)}`,
    '',
    '| Policy | Version | Status | Verdict |',
    '|---|---|---|---|',
    ...report.policies.map(
      (p) =>
        `| [${p.id}: ${markdownProse(p.title)}](${p.url}) | ${markdownProse(p.version)} | ${markdownProse(p.status)} | ${[VERDICT_WORDS[p.result], advisoryWords(p.advisories.length)].join(' ').trim()} |`,
    ),
  ];
  const failing = report.policies.filter((p) => failingRequirements(p).length > 0);
  if (failing.length > 0) {
    lines.push('', '## Requirements not met');
    for (const p of failing) {
      lines.push('', `### ${p.id}: ${markdownProse(p.title)} — ${VERDICT_WORDS[p.result]}`, '');
      for (const r of failingRequirements(p)) {
        lines.push(
          `- [${r.ref}](${r.url}) (${r.level.toUpperCase()}): ${markdownProse(r.text)}`,
          `  - Why: ${markdownLiteral(r.reason, 1000)}`,
          ...r.remedies.map((remedy) => `  - To meet it: ${markdownLiteral(remedy, 1000)}`),
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
