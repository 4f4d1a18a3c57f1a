import { test } from 'node:test';
import assert from 'node:assert/strict';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { evaluatePolicy } from '../src/engine/evaluate.ts';
import { markdownLiteral, markdownProse, oneLine } from '../src/engine/markdown-text.ts';
import { buildReport, failingRequirements, reportToMarkdown } from '../src/engine/report.ts';
import { advisoryWords, summarize, summaryWords } from '../src/engine/verdict-words.ts';
import { loadPolicies, getSample } from '../src/lib/policy-files.ts';

const policies = loadPolicies();
const SITE = 'https://kap.example';
const SHARE = `${SITE}/check/#profile=1.v-test.abc_-DEF`;

function reportOf(profile: any, shareUrl?: string) {
  return buildReport({
    results: policies.map((p) => evaluatePolicy(p, profile)),
    policies,
    profile,
    policySetVersion: 'v-test',
    site: SITE,
    shareUrl,
    now: new Date('2026-11-24T10:00:00Z'),
  });
}

const reportFor = (sample: string) => reportOf(getSample(sample).profile, SHARE);

test('the report counts verdicts and gives every requirement its text and citation URL', () => {
  const report = reportFor('fabrikam-legacy');
  assert.equal(report.reportFormat, 2);
  const current = policies.filter((p) => p.status !== 'superseded' && p.status !== 'withdrawn');
  assert.equal(report.summary.policies, current.length);
  assert.equal(report.summary.pass + report.summary.fail, current.length);
  assert.equal(report.summary.retired, policies.length - current.length);
  const failed = report.policies.find((p) => p.result === 'fail')!;
  assert.match(failed.url, /^https:\/\/kap\.example\/policies\/kap-\d{3}\/$/);
  const source = policies.find((p) => p.id === failed.id)!;
  assert.deepEqual(
    failed.requirements.map((r) => [r.ref, r.text]),
    source.requirements.map((r) => [`${source.id}-${r.id}`, r.text]),
  );
  const [first] = failingRequirements(failed);
  assert.match(first!.url, new RegExp(`^${failed.url}#r\\d+$`));
  assert.ok(first!.fields.length > 0, 'a failure names the fields it read');
});

test('an undeclared field is what a failing requirement names', () => {
  const profile = structuredClone(getSample('fabrikam-legacy').profile) as any;
  delete profile.rollout.content.ringCount;
  const kap003 = reportOf(profile).policies.find((p) => p.id === 'KAP-003')!;
  const r1 = kap003.requirements.find((r) => r.ref === 'KAP-003-R1')!;
  assert.deepEqual(
    [r1.result, r1.undeclared, r1.fields],
    ['fail', ['rollout.content.ringCount'], ['rollout.content.ringCount']],
  );
});

test('the Markdown starts with who, what and when, and names the share link', () => {
  const markdown = reportToMarkdown(reportFor('fabrikam-legacy'));
  const head = markdown.split('\n').slice(0, 9).join('\n');
  assert.equal(
    head,
    [
      '# Kernel-access policy check: Fabrikam — Fabrikam Shield Legacy Agent 9.8.3 (windows)',
      '',
      '- Vendor: Fabrikam',
      '- Product: Fabrikam Shield Legacy Agent',
      '- Product version: 9.8.3',
      '- Date checked: 2026-11-24',
      `- Policy set version: v-test (${policies.length} policies checked)`,
      `- Share link: [open this profile in the checker](${SHARE})`,
      '- Platform: windows',
    ].join('\n'),
  );
});

test('the Markdown has every policy verdict and each requirement not met, with its text and URL', () => {
  const report = reportFor('fabrikam-legacy');
  const markdown = reportToMarkdown(report);
  for (const p of report.policies) assert.ok(markdown.includes(`| [${p.id}: `), p.id);
  for (const r of report.policies.flatMap(failingRequirements)) {
    assert.ok(
      markdown.includes(
        `- [${r.ref}](${r.url}) (${r.level.toUpperCase()}): ${markdownProse(r.text)}`,
      ),
      r.ref,
    );
  }
});

test('advisories and summaries read the same everywhere', () => {
  assert.equal(advisoryWords(0), '');
  assert.equal(advisoryWords(1), 'with 1 advisory (a SHOULD not met)');
  assert.equal(advisoryWords(3), 'with 3 advisories (SHOULDs not met)');
  assert.equal(
    summaryWords({ policies: 3, pass: 2, passWithAdvisories: 1, fail: 1, error: 0, retired: 0 }),
    '3 current policies: 2 pass (1 with advisories), 1 fail.',
  );
  assert.equal(
    summaryWords(
      summarize([
        { result: 'pass', advisories: [] },
        { result: 'fail', advisories: [], status: 'accepted' },
        { result: 'fail', advisories: [], status: 'superseded' },
      ]),
    ),
    '2 current policies: 1 pass (0 with advisories), 1 fail. 1 superseded or withdrawn policy is shown apart and not counted.',
  );
});

// ---- Safe to paste: what a hostile profile puts in a report stays text.

const HOSTILE = [
  'Evil\n# Forged heading',
  'x\r\n| KAP-001: forged | 1.0.0 | accepted | Pass |',
  'line\u2028- forged item\u2029two',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '![pixel](https://evil.example/p.png)',
  '<https://evil.example>',
  'see https://evil.example/x and www.evil.example',
  'write to mail@evil.example',
  '@octocat and @everyone',
  'fixes #123, GH-42, commit deadbeefcafe1234',
  '`tick` ``two`` ```three',
  '`',
  ' padded ',
  '**bold** _em_ ~~strike~~ $x^2$ [^1]',
  '&lt;b&gt; &#60;script&#62; &amp;',
  '\u202Eevil\u2066reordered\u2069',
  'trailing backslash \\',
  'A'.repeat(5000),
];

function hostileProfile(value: string) {
  const profile = structuredClone(getSample('fabrikam-legacy').profile) as any;
  Object.assign(profile, { vendor: value, product: value, productVersion: value, platform: value });
  // Schema-invalid on purpose: the reason of a failing requirement quotes this value.
  profile.content.interpreterLocation = value;
  return profile;
}

function html(markdown: string): string {
  return micromark(markdown, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    allowDangerousHtml: true,
    allowDangerousProtocol: true,
  });
}

/** The elements a rendering has, in order, without code spans (where quoted values go). */
function structure(rendered: string): string[] {
  return [...rendered.matchAll(/<\/?([a-z0-9]+)/gi)]
    .map((m) => m[0])
    .filter((tag) => !/^<\/?code$/.test(tag));
}

/** Rendered text outside code spans, which GitHub would scan for @names, #12 and commits. */
function linkableText(rendered: string): string {
  return rendered.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]*>/g, ' ');
}

const decode = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');

const benign = html(reportToMarkdown(reportOf(hostileProfile('plain'), SHARE)));

for (const value of HOSTILE) {
  test(`a profile value stays text in the Markdown: ${JSON.stringify(value.slice(0, 40))}`, () => {
    const markdown = reportToMarkdown(reportOf(hostileProfile(value), SHARE));
    const rendered = html(markdown);
    // No heading, row, list item, link, image or HTML element that a benign profile lacks.
    assert.deepEqual(structure(rendered), structure(benign));
    for (const [, href] of rendered.matchAll(/href="([^"]*)"/g))
      assert.ok(href!.startsWith(`${SITE}/`), `a link that is not ours: ${href}`);
    assert.doesNotMatch(linkableText(rendered), /@\w|#\d|\bGH-\d|\b[0-9a-f]{7,40}\b|www\.|:\/\//i);
    // The value is still there to read, on one line.
    const expected = oneLine(value).slice(0, 60).trim();
    assert.ok(decode(rendered).includes(expected), `"${expected}" is shown`);
  });
}

test('a plain name is written as it is; anything else as a code span that holds it', () => {
  assert.equal(markdownLiteral('Contoso Sentinel 4.2 (EU)'), 'Contoso Sentinel 4.2 (EU)');
  assert.equal(markdownLiteral('a `b` c'), '``a `b` c``');
  assert.equal(markdownLiteral('`x'), '`` `x ``');
  assert.equal(markdownLiteral('abc\ndef'), 'abc def');
  assert.equal(Array.from(markdownLiteral('é'.repeat(500))).length, 200);
});
