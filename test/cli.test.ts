// kap-check as a user runs it: exit statuses, messages for bad input, selection, pinning, files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import packageJson from '../package.json' with { type: 'json' };
import { decodeShareFragment } from '../src/engine/share-link.ts';
import { loadPolicies, getSample } from '../src/lib/policy-files.ts';
import { policySetVersion } from '../src/lib/policy-set.ts';
import { kapCheck, ROOT, tempDir, tempFile } from './kap-check.ts';

const CONTOSO = 'src/profiles/samples/contoso-tidewatch.json';
const FABRIKAM = 'src/profiles/samples/fabrikam-legacy.json';
const policies = loadPolicies();
const VERSION = policySetVersion(policies);

/** A copy of a sample with one change, written to a temporary file. */
function editedSample(change: (profile: any) => void, name = 'profile.json'): string {
  const profile = structuredClone(getSample('fabrikam-legacy').profile) as any;
  change(profile);
  return tempFile(name, profile);
}

/** A policy set file in the shape /policies.json has. */
function setFile(list: unknown[], version = policySetVersion(list as typeof policies)): string {
  return tempFile('policies.json', {
    schemaVersion: 1,
    version,
    generated: '2026-11-24T00:00:00.000Z',
    policies: list,
  });
}

test('exit 0 when every policy passes, naming the policy set', () => {
  const ran = kapCheck([CONTOSO]);
  assert.equal(ran.status, 0, ran.stderr);
  assert.match(
    ran.stdout,
    new RegExp(`^Policy set ${VERSION.replace('+', '\\+')} from src/policies`),
  );
  const current = loadPolicies().filter(
    (p) => p.status !== 'superseded' && p.status !== 'withdrawn',
  );
  assert.match(
    ran.stdout,
    new RegExp(`${current.length} current policies: ${current.length} pass`),
  );
});

test('exit 1 when a policy fails, with each failing requirement, its reason, remedy and URL', () => {
  const ran = kapCheck([FABRIKAM]);
  assert.equal(ran.status, 1, ran.stderr);
  assert.match(ran.stdout, /Fail {2}KAP-003 Staged rollout/);
  assert.match(
    ran.stdout,
    /KAP-003-R1 MUST not met: rollout\.content\.ringCount ≥ 3 — profile declares 1 — fails\n {10}To meet it: rollout\.content\.ringCount declares 1 ring; needs at least 3 rings\.\n(?: {10}To meet it: [^\n]+\n)* {10}https?:\/\/[^/]+\/policies\/kap-003\/#r1\n {10}at src\/profiles\/samples\/fabrikam-legacy\.json:21:7/,
  );
});

test('exit 2 for a file that cannot be read', () => {
  const ran = kapCheck(['no-such-profile.json']);
  assert.equal(ran.status, 2);
  assert.match(ran.stderr, /kap-check: cannot read no-such-profile\.json: no such file/);
  assert.equal(ran.stdout, '');
});

test('exit 2 for invalid JSON, with file:line:column', () => {
  const file = tempFile('broken.json', '{\n  "vendor": "Contoso"\n  "product": "Guard"\n}');
  const ran = kapCheck([file]);
  assert.equal(ran.status, 2);
  assert.ok(
    ran.stderr.includes(`${file}:3:3: Invalid JSON at line 3, column 3: expected a comma.`),
    ran.stderr,
  );
});

test('exit 2 for a schema error, with the field path and its line', () => {
  const file = editedSample((p) => (p.rollout.content.ringCount = 'three'));
  const ran = kapCheck([file]);
  assert.equal(ran.status, 2);
  assert.match(
    ran.stderr,
    /profile\.json:\d+:\d+: "rollout\.content\.ringCount" \(line \d+, column \d+\) must be a whole number/,
  );
  assert.match(ran.stderr, /nothing was checked/);
});

test('an unknown field is a warning with a did-you-mean, not an error', () => {
  const file = editedSample((p) => (p.rollout.content.ringCuont = 3));
  const ran = kapCheck([file]);
  assert.equal(ran.status, 1);
  assert.match(
    ran.stderr,
    /warning: Unknown field "rollout\.content\.ringCuont".*Did you mean "rollout\.content\.ringCount"\?/,
  );
  assert.equal(kapCheck([file, '--quiet']).stderr, '');
});

test('exit 2 for an unknown policy ID, with a did-you-mean', () => {
  const ran = kapCheck([CONTOSO, '--policy', 'KAP-0O3']);
  assert.equal(ran.status, 2);
  assert.match(ran.stderr, /no policy KAP-0O3 in policy set .*; did you mean KAP-003\?/);
});

test('exit 2 for bad flags, saying which and what was probably meant', () => {
  const cases: [string[], RegExp][] = [
    [['--formt', 'json', CONTOSO], /unknown option --formt; did you mean --format\?/],
    [
      ['--format', 'jsn', CONTOSO],
      /unknown format "jsn"; did you mean json\? \(formats: text, json, junit, markdown, sarif, github\)/,
    ],
    [[CONTOSO, '--output'], /--output needs a value: --output <file>/],
    [[CONTOSO, '--quiet=yes'], /--quiet takes no value/],
    [[], /name at least one profile file/],
  ];
  for (const [args, message] of cases) {
    const ran = kapCheck(args);
    assert.equal(ran.status, 2, args.join(' '));
    assert.match(ran.stderr, message);
    assert.match(ran.stderr, /see kap-check --help for the options/);
  }
});

test('superseded and withdrawn policies are left out unless named', () => {
  const all = kapCheck([CONTOSO, '--format', 'json']);
  const ids = JSON.parse(all.stdout).policies.map((p: { id: string }) => p.id);
  assert.ok(!ids.includes('KAP-006'));
  assert.deepEqual(
    ids,
    policies.filter((p) => p.status !== 'superseded' && p.status !== 'withdrawn').map((p) => p.id),
  );
  assert.match(
    kapCheck([CONTOSO]).stdout,
    /not checked, as superseded or withdrawn: KAP-006 \(superseded by KAP-014\)/,
  );
  const named = JSON.parse(kapCheck([CONTOSO, '--format', 'json', '--policy', 'KAP-006']).stdout);
  assert.deepEqual(
    named.policies.map((p: { id: string }) => p.id),
    ['KAP-006'],
  );
});

test('--policy takes IDs in any case, repeated or separated by commas', () => {
  const ran = kapCheck([FABRIKAM, '-f', 'json', '--policy', 'kap-003,KAP-001', '-p', 'KAP-010']);
  assert.deepEqual(
    JSON.parse(ran.stdout).policies.map((p: { id: string }) => p.id),
    ['KAP-001', 'KAP-003', 'KAP-010'],
  );
});

test('several profiles at once: a report each, and exit 1 if any fails', () => {
  const both = kapCheck([CONTOSO, FABRIKAM, '--format', 'json']);
  assert.equal(both.status, 1);
  const reports = JSON.parse(both.stdout);
  assert.deepEqual(
    reports.map((r: { source: string }) => r.source),
    [CONTOSO, FABRIKAM],
  );
  assert.deepEqual(
    reports.map((r: { profile: { vendor: string } }) => r.profile.vendor),
    ['Contoso', 'Fabrikam'],
  );
  assert.equal(kapCheck([CONTOSO, 'src/profiles/samples/contoso-tidewatch.json']).status, 0);
  const text = kapCheck([CONTOSO, FABRIKAM]).stdout;
  assert.match(
    text,
    /contoso-tidewatch\.json: Contoso — [\s\S]*fabrikam-legacy\.json: Fabrikam — /,
  );
  // A bad file among good ones: nothing is checked.
  const bad = kapCheck([CONTOSO, 'missing.json', FABRIKAM]);
  assert.equal(bad.status, 2);
  assert.equal(bad.stdout, '');
});

test('--policies pins a downloaded policy set: its rules and its version are used', () => {
  const pinned = structuredClone(policies.filter((p) => ['KAP-001', 'KAP-003'].includes(p.id)));
  // An older KAP-003 that asked for one ring only.
  pinned[1]!.requirements[0]!.rule = { '>=': [{ var: 'rollout.content.ringCount' }, 1] };
  const file = setFile(pinned, 'pinned-2026-01-01');
  const ran = kapCheck([FABRIKAM, '--policies', file, '--format', 'json']);
  assert.equal(ran.status, 1);
  const report = JSON.parse(ran.stdout);
  assert.equal(report.policySetVersion, 'pinned-2026-01-01');
  assert.deepEqual(
    report.policies.map((p: { id: string }) => p.id),
    ['KAP-001', 'KAP-003'],
  );
  const r1 = report.policies[1].requirements[0];
  assert.deepEqual([r1.ref, r1.result], ['KAP-003-R1', 'pass']);
  // Its version is not what its policies make: said, not fatal.
  assert.match(
    ran.stderr,
    /policies\.json:\d+:\d+: the file says version pinned-2026-01-01, but its policies' IDs, versions and dates make /,
  );
  const current = kapCheck([FABRIKAM, '--policies', setFile(policies), '--format', 'json']);
  assert.equal(current.stderr, '');
  assert.equal(JSON.parse(current.stdout).policySetVersion, VERSION);
});

test('--policies: a broken policy set file says what is wrong and where', () => {
  const withBadLevel = structuredClone(policies.slice(0, 2)) as any[];
  withBadLevel[1].requirements[0].level = 'may';
  const badFile = setFile(withBadLevel);
  const badLine =
    readFileSync(badFile, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('"may"')) + 1;
  const duplicate = structuredClone([policies[0], policies[0]]);
  const cases: [string, RegExp][] = [
    [
      tempFile('policies.json', '{"schemaVersion": 1,\n "version": }'),
      /policies\.json:2:13: not valid JSON: expected a value/,
    ],
    [
      tempFile('policies.json', policies),
      /policies\.json:1:1: not a policy set: a policy set is an object \{"schemaVersion": 1, "version", "generated", "policies": \[\.\.\.\]\}/,
    ],
    [
      tempFile('policies.json', { schemaVersion: 1, policies }),
      /not a policy set: it lacks version, generated/,
    ],
    [
      tempFile('policies.json', { schemaVersion: 2, version: 'x', generated: 'y', policies }),
      /policies\.json:2:\d+: schemaVersion is 2; this kap-check reads policy sets of schemaVersion 1/,
    ],
    [
      tempFile('policies.json', { schemaVersion: 1, version: 'x', generated: 'y', policies: [] }),
      /"policies" must be a list of at least one policy/,
    ],
    [
      badFile,
      new RegExp(
        `policies\\.json:${badLine}:\\d+: at /policies/1/requirements/0/level: must be equal to one of the allowed values`,
      ),
    ],
    [
      setFile(duplicate),
      /at \/policies\/1\/id: duplicate ID "KAP-001": .*policies\.json at \/policies\/0 has it too/,
    ],
  ];
  for (const [file, message] of cases) {
    const ran = kapCheck([CONTOSO, '--policies', file]);
    assert.equal(ran.status, 2, file);
    assert.match(ran.stderr, message);
  }
});

test('--list gives each policy with its version and status; --version the tool and the set', () => {
  const list = kapCheck(['--list']);
  assert.equal(list.status, 0);
  assert.match(
    list.stdout,
    new RegExp(
      `^Policy set ${VERSION.replace('+', '\\+')} from src/policies: ${policies.length} policies\n`,
    ),
  );
  for (const p of policies)
    assert.match(
      list.stdout,
      new RegExp(`^${p.id} {2}${p.version.replaceAll('.', '\\.')} +${p.status}`, 'm'),
    );
  const version = kapCheck(['--version']);
  assert.equal(
    version.stdout,
    `kap-check ${packageJson.version}\npolicy set ${VERSION} from src/policies (${policies.length} policies)\n`,
  );
  const pinned = kapCheck(['--version', '--policies', setFile(policies.slice(0, 2), 'v-old')]);
  assert.match(pinned.stdout, /policy set v-old from .*policies\.json \(2 policies\)/);
});

test('--output writes the report to a file; --quiet prints nothing; the status is the same', () => {
  const dir = tempDir();
  const ran = kapCheck([FABRIKAM, '--format', 'markdown', '--output', 'report.md'], {
    cwd: dir,
    env: {},
  });
  // Run from another directory, the profile path is the user's: resolved from there.
  assert.equal(ran.status, 2);
  const inRoot = kapCheck([FABRIKAM, '--format', 'markdown', '--output', `${dir}/report.md`]);
  assert.equal(inRoot.status, 1);
  assert.equal(inRoot.stdout, '');
  assert.match(readFileSync(`${dir}/report.md`, 'utf8'), /^# Kernel-access policy check: Fabrikam/);
  const quiet = kapCheck([FABRIKAM, '--quiet']);
  assert.deepEqual([quiet.status, quiet.stdout, quiet.stderr], [1, '', '']);
  assert.equal(kapCheck([FABRIKAM, '--output', '/nonexistent/dir/report.txt']).status, 2);
});

test("the Markdown report links to the same profile in the site's checker", async () => {
  const ran = kapCheck([FABRIKAM, '--format', 'markdown']);
  const url = /^- Share link: \[open this profile in the checker\]\((https?:\/\/[^)]+)\)$/m.exec(
    ran.stdout,
  )?.[1];
  assert.ok(url, ran.stdout.slice(0, 600));
  const { pathname, hash } = new URL(url);
  assert.equal(pathname, '/check/');
  const shared = await decodeShareFragment(hash);
  assert.ok(shared.ok);
  assert.deepEqual(
    [shared.text, shared.policySetVersion],
    [readFileSync(`${ROOT}${FABRIKAM}`, 'utf8'), VERSION],
  );
});

test('a report piped or written to a file has no colour codes', () => {
  assert.ok(!kapCheck([FABRIKAM]).stdout.includes('\u001b'));
});

test('--help lists every option and format', () => {
  const ran = kapCheck(['--help']);
  assert.equal(ran.status, 0);
  for (const word of [
    '--policy',
    '--policies',
    '--format',
    '--output',
    '--quiet',
    '--list',
    '--version',
    'junit',
    'sarif',
    'github',
    'Exit status',
  ])
    assert.ok(ran.stdout.includes(word), word);
});

test("under a Node too old to strip types, it runs itself with the project's Node", (t) => {
  const old = ['/usr/bin/node', '/usr/local/bin/node'].find((node) => {
    if (!existsSync(node)) return false;
    const probe = spawnSync(node, ['-p', 'Boolean(process.features.typescript)'], {
      encoding: 'utf8',
    });
    return probe.stdout.trim() === 'false';
  });
  if (!old) return t.skip('no Node without type stripping on this machine');
  const ran = kapCheck([FABRIKAM, '--policy', 'KAP-003'], { node: old });
  assert.equal(ran.status, 1, ran.stderr);
  assert.match(ran.stdout, /Fail {2}KAP-003/);
});

test('in a fresh clone it makes the generated validator it needs first', () => {
  const clone = tempDir();
  for (const path of [
    'bin',
    'scripts',
    'src/engine',
    'src/lib',
    'src/cli',
    'src/policies',
    'src/profiles',
  ])
    cpSync(`${ROOT}${path}`, `${clone}/${path}`, { recursive: true });
  for (const file of ['package.json', 'astro.config.mjs'])
    cpSync(`${ROOT}${file}`, `${clone}/${file}`);
  symlinkSync(`${ROOT}node_modules`, `${clone}/node_modules`);
  assert.ok(!existsSync(`${clone}/src/generated`));
  const ran = kapCheck([`${clone}/${CONTOSO}`], { bin: `${clone}/bin/kap-check.js`, cwd: clone });
  assert.equal(ran.status, 0, ran.stderr);
  assert.match(ran.stderr, /generated src\/generated\//);
  assert.ok(existsSync(`${clone}/src/generated/validate-profile.js`));
});
