// Each output format of kap-check, from a run made in-process: strings in, strings out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import { DOMParser } from '@xmldom/xmldom';
import { evaluatePolicy } from '../src/engine/evaluate.ts';
import { pathLocator } from '../src/engine/json-location.ts';
import { buildReport, failingRequirements, reportToMarkdown } from '../src/engine/report.ts';
import type { CheckRun, ProfileCheck } from '../src/cli/check-run.ts';
import { checkProfileText } from '../src/cli/check-profile.ts';
import { FORMATS } from '../src/cli/formats/index.ts';
import { run } from '../src/cli/run.ts';
import { loadPolicies, getSample } from '../src/lib/policy-files.ts';
import { ROOT } from './kap-check.ts';

const policies = loadPolicies().filter((p) => p.status !== 'superseded');
const SITE = 'https://kap.example';
const NOW = new Date('2026-11-24T10:00:00Z');
/** The escape character that starts an ANSI colour code. */
const ESC = '\u001b';
const file = (sample: string) => `src/profiles/samples/${sample}.json`;

async function checkOf(sample: string, text = readFileSync(`${ROOT}${file(sample)}`, 'utf8')) {
  const checked = await checkProfileText({
    file: file(sample),
    text,
    policies,
    policySetVersion: 'v-test',
    site: SITE,
    now: NOW,
    shareLink: true,
  });
  assert.ok(checked.ok);
  return checked.check;
}

function runOf(checks: ProfileCheck[]): CheckRun {
  return {
    tool: { name: 'kap-check', version: '0.0.0-test', informationUri: `${SITE}/` },
    policySet: {
      version: 'v-test',
      source: 'src/policies',
      skipped: [{ id: 'KAP-006', status: 'superseded', supersededBy: 'KAP-014' }],
    },
    checks,
  };
}

const fabrikam = await checkOf('fabrikam-legacy');
const northwind = await checkOf('northwind-edr');
const two = runOf([fabrikam, northwind]);
const failures = (check: ProfileCheck) => check.report.policies.flatMap(failingRequirements);

/** A check of a profile no schema would let through: names and a quoted value built to break formats. */
function hostileCheck(): ProfileCheck {
  const value = 'x\n::error::forged%0A <b>&amp;</b> ]]> \u0000\u001b[31m "quote" \ud800 ,:';
  const profile = structuredClone(getSample('fabrikam-legacy').profile) as any;
  Object.assign(profile, { vendor: value, product: value, productVersion: value, platform: value });
  profile.content.interpreterLocation = value;
  const report = buildReport({
    results: policies.map((p) => evaluatePolicy(p, profile)),
    policies,
    profile,
    policySetVersion: 'v-test',
    site: SITE,
    source: 'odd, name: here.json',
    now: NOW,
  });
  return { file: 'odd, name: here.json', report, locations: {} };
}

test('text: a verdict per policy and the set it used; colour only when asked', () => {
  const plain = FORMATS.text.format(two, { color: false });
  assert.match(
    plain,
    /^Policy set v-test from src\/policies; not checked, as superseded or withdrawn: KAP-006 \(superseded by KAP-014\)/,
  );
  for (const p of fabrikam.report.policies)
    assert.match(plain, new RegExp(`^  (Pass |Fail ) ${p.id} `, 'm'));
  assert.ok(!plain.includes(ESC));
  assert.ok(FORMATS.text.format(two, { color: true }).includes(`${ESC}[31m`));
  // Control characters from a profile never reach the terminal.
  const hostile = FORMATS.text.format(runOf([hostileCheck()]), { color: false });
  assert.ok(!hostile.includes(ESC) && !hostile.includes('\u0000'));
});

test('text: colour on a terminal unless NO_COLOR is set', async () => {
  const output = async (env: Record<string, string>, isTTY: boolean) => {
    let written = '';
    const stdout = { isTTY, write: (text: string) => (written += text) };
    const status = await run([file('fabrikam-legacy')], {
      cwd: ROOT,
      root: ROOT,
      env,
      stdout,
      stderr: { write: () => true },
    });
    assert.equal(status, 1);
    return written;
  };
  assert.ok((await output({}, true)).includes(`${ESC}[`));
  assert.ok(!(await output({ NO_COLOR: '1' }, true)).includes(ESC));
  assert.ok(!(await output({}, false)).includes(ESC));
});

test('json: the report object the page exports, of the documented shape; a list for several profiles', () => {
  const one = JSON.parse(FORMATS.json.format(runOf([fabrikam]), { color: false }));
  assert.deepEqual(one, JSON.parse(JSON.stringify(fabrikam.report)));
  assert.deepEqual(Object.keys(one).sort(), [
    'generated',
    'policies',
    'policySetVersion',
    'profile',
    'reportFormat',
    'shareUrl',
    'source',
    'summary',
  ]);
  assert.deepEqual(Object.keys(one.policies[0]).sort(), [
    'advisories',
    'id',
    'requirements',
    'result',
    'status',
    'title',
    'url',
    'version',
  ]);
  assert.deepEqual(Object.keys(one.policies[0].requirements[0]).sort(), [
    'fields',
    'level',
    'reason',
    'ref',
    'remedies',
    'result',
    'text',
    'undeclared',
    'url',
  ]);
  assert.match(one.shareUrl, /^https:\/\/kap\.example\/check\/#profile=1\.v-test\./);
  const several = JSON.parse(FORMATS.json.format(two, { color: false }));
  assert.deepEqual(
    several.map((r: { source: string }) => r.source),
    [file('fabrikam-legacy'), file('northwind-edr')],
  );
});

test("markdown: the page's Markdown report, one per profile", () => {
  assert.equal(
    FORMATS.markdown.format(two, { color: false }),
    `${reportToMarkdown(fabrikam.report)}\n${reportToMarkdown(northwind.report)}`,
  );
});

/** Parses XML strictly: any well-formedness error, or a character XML 1.0 forbids, fails the test. */
function parseXml(xml: string): Document {
  assert.doesNotMatch(xml, /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u);
  return new DOMParser({
    onError: (level, message) => assert.fail(`${level}: ${message}`),
  }).parseFromString(xml, 'text/xml') as unknown as Document;
}

test('junit: well-formed XML, a suite per policy and profile, a case per requirement; a SHOULD not met is skipped', () => {
  const doc = parseXml(FORMATS.junit.format(two, { color: false }));
  const root = doc.documentElement;
  assert.equal(root.tagName, 'testsuites');
  assert.equal(root.getAttribute('name'), 'kap-check, policy set v-test');
  const suites = [...doc.getElementsByTagName('testsuite')];
  assert.equal(suites.length, 2 * policies.length);
  const all = [fabrikam, northwind].flatMap(failures);
  const musts = all.filter((r) => r.level === 'must').length;
  const shoulds = all.filter((r) => r.level === 'should').length;
  assert.deepEqual(
    [root.getAttribute('failures'), root.getAttribute('skipped')],
    [String(musts), String(shoulds)],
  );
  assert.equal(doc.getElementsByTagName('failure').length, musts);
  assert.equal(doc.getElementsByTagName('skipped').length, shoulds);
  const kap003 = suites.find(
    (s) =>
      s.getAttribute('name')!.startsWith('KAP-003:') &&
      s.getAttribute('file') === file('fabrikam-legacy'),
  )!;
  const cases = [...kap003.getElementsByTagName('testcase')];
  assert.equal(cases.length, policies.find((p) => p.id === 'KAP-003')!.requirements.length);
  const r1 = cases.find((c) => c.getAttribute('name')!.startsWith('KAP-003-R1 (MUST)'))!;
  const failure = r1.getElementsByTagName('failure')[0]!;
  assert.match(failure.getAttribute('message')!, /^MUST not met: rollout\.content\.ringCount ≥ 3/);
  assert.match(failure.textContent!, /See https:\/\/kap\.example\/policies\/kap-003\/#r1$/);
  const skipped = doc.getElementsByTagName('skipped')[0]!;
  assert.match((skipped.parentNode as Element).getAttribute('name')!, /\(SHOULD\)/);
  assert.match(skipped.getAttribute('message')!, /^SHOULD not met \(advisory, not a failure\): /);
  const hostile = parseXml(FORMATS.junit.format(runOf([hostileCheck()]), { color: false }));
  assert.equal(hostile.getElementsByTagName('testsuite').length, policies.length);
});

const sarifSchema = JSON.parse(
  readFileSync(new URL('fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
);
const validateSarif = new AjvDraft04({
  allErrors: true,
  strict: false,
  validateFormats: false,
}).compile(sarifSchema);

test('sarif: valid SARIF 2.1.0, a rule per requirement with its citation URL, a result per failure', () => {
  const log = JSON.parse(FORMATS.sarif.format(two, { color: false }));
  assert.equal(validateSarif(log), true, JSON.stringify(validateSarif.errors, null, 2));
  const [only] = log.runs;
  const rules = only.tool.driver.rules;
  assert.equal(
    rules.length,
    policies.reduce((n, p) => n + p.requirements.length, 0),
  );
  const rule = rules.find((r: any) => r.id === 'KAP-003-R1');
  assert.equal(rule.helpUri, 'https://kap.example/policies/kap-003/#r1');
  assert.equal(rule.defaultConfiguration.level, 'error');
  assert.equal(only.results.length, failures(fabrikam).length + failures(northwind).length);
  for (const result of only.results) assert.equal(rules[result.ruleIndex].id, result.ruleId);
  assert.equal(only.properties.policySetVersion, 'v-test');
  assert.ok(
    validateSarif(JSON.parse(FORMATS.sarif.format(runOf([hostileCheck()]), { color: false }))),
  );
});

test('sarif: each result is located at the profile field its rule read', () => {
  const text = readFileSync(`${ROOT}${file('fabrikam-legacy')}`, 'utf8');
  const log = JSON.parse(FORMATS.sarif.format(runOf([fabrikam]), { color: false }));
  const r1 = log.runs[0].results.find((r: any) => r.ruleId === 'KAP-003-R1');
  const expected = pathLocator(text)(['rollout', 'content', 'ringCount'])!;
  assert.deepEqual(r1.locations[0].physicalLocation.region, {
    startLine: expected.line,
    startColumn: expected.column,
  });
  assert.equal(r1.locations[0].physicalLocation.artifactLocation.uri, file('fabrikam-legacy'));
  assert.equal(r1.level, 'error');
});

test('sarif: a field not declared is located at the object that should declare it, else the top level', async () => {
  const profile = structuredClone(getSample('fabrikam-legacy').profile) as any;
  delete profile.rollout.content.ringCount;
  delete profile.recovery;
  const text = `\n\n${JSON.stringify(profile, null, 2)}`;
  const log = JSON.parse(
    FORMATS.sarif.format(runOf([await checkOf('fabrikam-legacy', text)]), { color: false }),
  );
  const regionOf = (ref: string) =>
    log.runs[0].results.find((r: any) => r.ruleId === ref).locations[0].physicalLocation.region;
  const content = pathLocator(text)(['rollout', 'content'])!;
  assert.deepEqual(regionOf('KAP-003-R1'), {
    startLine: content.line,
    startColumn: content.column,
  });
  const recoveryRule = failures(await checkOf('fabrikam-legacy', text)).find((r) =>
    r.undeclared.some((f) => f.startsWith('recovery.')),
  )!;
  assert.deepEqual(regionOf(recoveryRule.ref), { startLine: 3, startColumn: 1 });
});

test('github: an annotation per failure on its line, ::error for a MUST and ::warning for a SHOULD', () => {
  const out = FORMATS.github.format(runOf([fabrikam]), { color: false });
  const lines = out.trimEnd().split('\n');
  assert.match(lines[0]!, /^kap-check: Policy set v-test from src\/policies/);
  const at = fabrikam.locations['KAP-003-R1']!;
  const r1 = lines.find((l) =>
    l.startsWith(
      `::error file=${file('fabrikam-legacy')},line=${at.line},col=${at.column},title=KAP-003-R1 (MUST) not met::`,
    ),
  );
  assert.ok(r1, lines.join('\n'));
  assert.ok(r1.includes('::rollout.content.ringCount ≥ 3 — profile declares 1 — fails.'), r1);
  assert.ok(r1.includes('rollout.content.ringCount declares 1 ring; needs at least 3 rings.'), r1);
  assert.ok(r1.endsWith(' See https://kap.example/policies/kap-003/#r1'), r1);
  const all = failures(fabrikam);
  assert.equal(
    lines.filter((l) => l.startsWith('::error ')).length,
    all.filter((r) => r.level === 'must').length,
  );
  assert.equal(
    lines.filter((l) => l.startsWith('::warning ')).length,
    all.filter((r) => r.level === 'should').length,
  );
  assert.match(
    lines.at(-1)!,
    /^::notice file=.*,title=kap-check%3A policy set v-test::\d+ current policies: /,
  );
});

test('github: property and message text are escaped, so a profile cannot start a command', () => {
  const check = hostileCheck();
  const lines = FORMATS.github
    .format(runOf([check]), { color: false })
    .trimEnd()
    .split('\n');
  // The first line, one per failure and the summary: a new line in a value would add more.
  assert.equal(lines.length, failures(check).length + 2);
  for (const line of lines.slice(1)) {
    const space = line.indexOf(' ');
    const properties = line.slice(space + 1, line.indexOf('::', space));
    assert.match(line, /^::(error|warning|notice) /);
    assert.match(properties, /^file=odd%2C name%3A here\.json,(line=\d+,col=\d+,)?title=[^:,]*$/);
  }
  assert.ok(
    lines.some((l) => l.includes('forged%250A')),
    'a % in a message is escaped',
  );
});
