/** Citations of a policy version, or of one requirement in it, in the formats the cite box offers. */
import type { Policy } from './evaluate.ts';
import { absoluteUrl, policyVersionPath, requirementAnchor } from './urls.ts';

/** What a citation names; the URL is the versioned one, so the citation keeps its meaning. */
export interface CitationSource {
  /** The site's name, which publishes the policies, e.g. "Kernel Access Policies". */
  publisher: string;
  policyId: string;
  /** A requirement's ID within the policy, e.g. "R2", when one requirement is cited. */
  requirementId?: string;
  title: string;
  version: string;
  status: string;
  /** The date of this version, YYYY-MM-DD. */
  date: string;
  /** The versioned page's absolute URL, with the requirement's anchor when one is cited. */
  url: string;
}

export type CitationFormat = 'text' | 'markdown' | 'bibtex' | 'csl-json';

/** The formats in the order the cite box shows them, with the names readers see. */
export const CITATION_FORMATS: readonly { id: CitationFormat; label: string }[] = [
  { id: 'text', label: 'Plain text' },
  { id: 'markdown', label: 'Markdown' },
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'csl-json', label: 'CSL-JSON' },
];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** What a citation of this version of `policy` (or of one requirement of it) names, on the site at `site`. */
export function citationSource(
  policy: Pick<Policy, 'id' | 'title' | 'version' | 'status' | 'updated' | 'history'>,
  site: { origin: string; title: string },
  requirementId?: string,
): CitationSource {
  const path = policyVersionPath(policy.id, policy.version);
  const anchor = requirementId ? `#${requirementAnchor(requirementId)}` : '';
  return {
    publisher: site.title,
    policyId: policy.id,
    ...(requirementId ? { requirementId } : {}),
    title: policy.title,
    version: policy.version,
    status: policy.status,
    date: policy.history.find((h) => h.version === policy.version)?.date ?? policy.updated,
    url: absoluteUrl(site.origin, path) + anchor,
  };
}

/** The cited name: the policy ID, or the requirement's citable ID, e.g. KAP-001-R2. */
export function citedName(source: Pick<CitationSource, 'policyId' | 'requirementId'>): string {
  return source.requirementId ? `${source.policyId}-${source.requirementId}` : source.policyId;
}

/** The citation of `source` in `format`, accessed on `accessed` (YYYY-MM-DD). */
export function cite(format: CitationFormat, source: CitationSource, accessed: string): string {
  dateParts(source.date);
  dateParts(accessed);
  return FORMATTERS[format](source, accessed);
}

const FORMATTERS: Readonly<
  Record<CitationFormat, (source: CitationSource, accessed: string) => string>
> = {
  text: (s, accessed) =>
    `${s.publisher}. ${fullTitle(s)}. Version ${s.version} (${s.status}), ${s.date}. ${s.url} (accessed ${accessed}).`,
  markdown: (s, accessed) =>
    `${escapeMarkdown(s.publisher)}. [${escapeMarkdown(fullTitle(s))}](${markdownUrl(s.url)}). Version ${s.version} (${s.status}), ${s.date}. Accessed ${accessed}.`,
  bibtex: bibtex,
  'csl-json': (s, accessed) =>
    prettyJson(
      [
        {
          id: citationKey(s),
          type: 'standard',
          title: fullTitle(s),
          author: [{ literal: s.publisher }],
          publisher: s.publisher,
          number: citedName(s),
          version: s.version,
          status: s.status,
          issued: { 'date-parts': [dateParts(s.date)] },
          accessed: { 'date-parts': [dateParts(accessed)] },
          URL: s.url,
        },
      ],
      '',
    ),
};

/** JSON indented by two spaces, with arrays of plain values (such as date parts) kept on one line. */
function prettyJson(value: unknown, indent: string): string {
  if (isFlat(value) && Array.isArray(value))
    return `[${value.map((v) => prettyJson(v, indent)).join(', ')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((v) => `${inner}${prettyJson(v, inner)}`)
    : Object.entries(value).map(
        ([k, v]) => `${inner}${JSON.stringify(k)}: ${prettyJson(v, inner)}`,
      );
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${items.join(',\n')}\n${indent}${close}`;
}

function isFlat(value: unknown): boolean {
  return (
    value === null || typeof value !== 'object' || (Array.isArray(value) && value.every(isFlat))
  );
}

function fullTitle(source: CitationSource): string {
  return `${citedName(source)}: ${source.title}`;
}

/** A key BibTeX and CSL accept: letters, digits, hyphens and dots, e.g. KAP-001-R2-v1.0.0. */
function citationKey(source: CitationSource): string {
  return `${citedName(source)}-v${source.version}`;
}

function dateParts(date: string): [number, number, number] {
  const match = DATE.exec(date);
  if (!match) throw new Error(`"${date}" is not a date of the form YYYY-MM-DD`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function bibtex(source: CitationSource, accessed: string): string {
  const [year, month] = dateParts(source.date);
  const fields: [string, string][] = [
    ['title', `{${protectCase(escapeLatex(fullTitle(source)))}}`],
    // Double braces: an organization, not a person to split into first and last names.
    ['author', `{{${escapeLatex(source.publisher)}}}`],
    ['organization', `{${escapeLatex(source.publisher)}}`],
    ['year', `{${year}}`],
    ['month', MONTHS[month - 1]!],
    ['date', `{${source.date}}`],
    ['version', `{${source.version}}`],
    ['note', `{Status: ${escapeLatex(source.status)}}`],
    // url is a verbatim field in BibLaTeX: written as is, not escaped.
    ['url', `{${source.url}}`],
    ['urldate', `{${accessed}}`],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value},`).join('\n');
  return `@misc{${citationKey(source)},\n${body}\n}`;
}

const LATEX_SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In TeX's default font encoding these two print as ¡ and ¿.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** Text with LaTeX's special characters escaped. */
export function escapeLatex(text: string): string {
  return text.replace(/[\\{}&%$#_~^<>]/g, (c) => LATEX_SPECIALS[c]!);
}

/** Braces around words with a capital after their first letter (IDs, acronyms), so styles keep their case. */
function protectCase(text: string): string {
  return text.replace(/[^\s:,;]+/g, (word) =>
    /^.+[A-Z]/u.test(word) && !word.includes('\\') ? `{${word}}` : word,
  );
}

/** Text with Markdown's punctuation escaped, so a title reads as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&');
}

/** A URL that cannot end a Markdown link early: parentheses, spaces and angle brackets percent-encoded. */
function markdownUrl(url: string): string {
  return url.replace(
    /[()\s<>]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
