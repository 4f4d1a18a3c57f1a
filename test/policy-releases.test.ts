// The release lock, on a fixture policy (KAP-900) in a scratch copy of its tree: what the build
// refuses, and what `npm run release-policy` checks before it freezes a version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadSamples } from '../src/lib/policy-files.ts';
import { releasePolicy, releaseProblems, releaseFiles } from '../src/lib/policy-releases.ts';

const samples = new Map(loadSamples().map((s) => [s.name, s.profile as unknown]));
const ID = 'KAP-900';

/** A scratch copy of the fixture tree, with KAP-900 1.0.0 released unless `released` is false. */
function fixture(released = true): string {
  const root = mkdtempSync(`${tmpdir()}/kap-releases-`);
  cpSync('test/fixtures/releases', root, { recursive: true });
  if (released) releasePolicy(root, ID, samples);
  return root;
}

function edit(
  root: string,
  change: (p: Record<string, any>) => void,
  file = releaseFiles.policy(ID),
) {
  const path = `${root}/${file}`;
  const policy = JSON.parse(readFileSync(path, 'utf8'));
  change(policy);
  writeFileSync(path, JSON.stringify(policy, null, 2));
}

/** Bumps the fixture to `version` with a history entry, as an author does before releasing. */
function bump(policy: Record<string, any>, version: string): void {
  policy.version = version;
  policy.updated = '2026-12-02';
  policy.history.push({ version, date: '2026-12-02', change: `Version ${version}.` });
}

const stricter = (p: Record<string, any>) => (p.requirements[0].rule['<='][1] = 20);

test('a policy never released fails the build, saying how to release it', () => {
  const root = fixture(false);
  assert.deepEqual(releaseProblems(root), [
    `${ID} has never been released: give it a "history" entry for version 1.0.0, then run npm run release-policy ${ID}.`,
  ]);
  rmSync(root, { recursive: true });
});

test('a released policy, unchanged, passes the build check', () => {
  const root = fixture();
  assert.deepEqual(releaseProblems(root), []);
  assert.match(
    readFileSync(`${root}/${releaseFiles.lock}`, 'utf8'),
    /"1\.0\.0": "sha256-[0-9a-f]{64}"/,
  );
  rmSync(root, { recursive: true });
});

test('a changed rule without a version bump fails the build, naming the policy, the change and what to do', () => {
  const root = fixture();
  edit(root, stricter);
  assert.deepEqual(releaseProblems(root), [
    `${ID} changed since version 1.0.0 was released (R1's rule changed), but its version is still 1.0.0. A released version never changes: in src/policies/${ID}.json bump "version", set "updated", add a "history" entry saying what changed and why, then run npm run release-policy ${ID}.`,
  ]);
  rmSync(root, { recursive: true });
});

test("a change to a requirement's text or to the page's prose fails the build too", () => {
  const root = fixture();
  edit(root, (p) => (p.requirements[1].text = 'Crash data SHOULD name every version loaded.'));
  assert.match(releaseProblems(root).join('\n'), /\(R2's text changed\)/);
  writeFileSync(`${root}/${releaseFiles.page(ID)}`, '---\ntitle: KAP-900\n---\n\nOther prose.\n');
  assert.match(releaseProblems(root).join('\n'), /R2's text changed; the page's prose changed/);
  rmSync(root, { recursive: true });
});

test('a new test vector needs no release', () => {
  const root = fixture();
  edit(root, (p) => p.tests.push({ ...p.tests[0], name: 'one more vector' }));
  assert.deepEqual(releaseProblems(root), []);
  rmSync(root, { recursive: true });
});

test('a bumped version that is not released yet fails the build until release-policy runs', () => {
  const root = fixture();
  edit(root, (p) => {
    stricter(p);
    bump(p, '2.0.0');
  });
  assert.match(
    releaseProblems(root).join('\n'),
    /KAP-900 is at version 2\.0\.0, which is not released \(the latest release is 1\.0\.0\)\..*npm run release-policy KAP-900/,
  );
  rmSync(root, { recursive: true });
});

test('a stricter MUST that fails a profile the old rule passed needs a major step', () => {
  const root = fixture();
  edit(root, (p) => {
    stricter(p);
    bump(p, '1.1.0');
  });
  assert.throws(
    () => releasePolicy(root, ID, samples),
    /R1's rule changed \(minor\); R1's new rule fails the sample northwind-edr, which passed it in 1\.0\.0: a profile that conformed may no longer \(major\)\. That needs a major step, to 2\.0\.0, not 1\.1\.0/,
  );
  edit(root, (p) => {
    p.version = '2.0.0';
    p.history.at(-1).version = '2.0.0';
  });
  const outcome = releasePolicy(root, ID, samples);
  assert.equal(outcome.bump, 'major');
  assert.deepEqual(releaseProblems(root), []);
  rmSync(root, { recursive: true });
});

test('a new SHOULD is a minor step, and a patch step is refused for it', () => {
  const root = fixture();
  const addShould = (p: Record<string, any>) =>
    p.requirements.push({
      id: 'R3',
      level: 'should',
      text: 'It SHOULD be shared.',
      rule: { '==': [{ var: 'telemetry.sharedWithOsVendor' }, true] },
    });
  edit(root, (p) => {
    addShould(p);
    bump(p, '1.0.1');
  });
  assert.throws(
    () => releasePolicy(root, ID, samples),
    /R3 is a new SHOULD \(minor\)\. That needs a minor step, to 1\.1\.0, not 1\.0\.1/,
  );
  rmSync(root, { recursive: true });
});

test('a release needs its history entry, its date, and the next version without skipping', () => {
  const root = fixture();
  edit(root, (p) => {
    stricter(p);
    p.version = '2.0.0';
  });
  assert.throws(
    () => releasePolicy(root, ID, samples),
    /the last "history" entry .* must be the new version 2\.0\.0/,
  );
  edit(root, (p) => bump(p, '3.0.0'));
  assert.throws(
    () => releasePolicy(root, ID, samples),
    /a major step from 1\.0\.0 is 2\.0\.0, not 3\.0\.0/,
  );
  rmSync(root, { recursive: true });
});

test('a released version edited in the archive fails the build', () => {
  const root = fixture();
  edit(root, stricter, releaseFiles.frozenPolicy(ID, '1.0.0'));
  assert.match(
    releaseProblems(root).join('\n'),
    /KAP-900 1\.0\.0: .* no longer matches the content hash locked at its release\. A released version never changes/,
  );
  rmSync(root, { recursive: true });
});

test('a released policy cannot disappear: its ID is never removed or reused', () => {
  const root = fixture();
  rmSync(`${root}/${releaseFiles.policy(ID)}`);
  assert.match(
    releaseProblems(root).join('\n'),
    /KAP-900 was released \(1\.0\.0\) but src\/policies\/KAP-900\.json is gone: a policy ID is never removed or reused/,
  );
  rmSync(root, { recursive: true });
});

test('a retired requirement ID is never reused, and a withdrawn policy stays withdrawn', () => {
  const root = fixture();
  edit(root, (p) => {
    p.requirements.pop();
    bump(p, '2.0.0');
  });
  assert.equal(releasePolicy(root, ID, samples).bump, 'major');
  edit(root, (p) => {
    p.requirements.push({ id: 'R2', level: 'should', text: 'Something else.', rule: true });
    bump(p, '2.1.0');
  });
  assert.throws(
    () => releasePolicy(root, ID, samples),
    /R2 was removed in an earlier version, and a requirement ID is never reused/,
  );
  edit(root, (p) => {
    p.requirements.pop();
    p.status = 'withdrawn';
    p.version = '2.0.1';
    p.history.at(-1).version = '2.0.1';
  });
  releasePolicy(root, ID, samples);
  edit(root, (p) => {
    p.status = 'accepted';
    bump(p, '2.0.2');
  });
  assert.throws(
    () => releasePolicy(root, ID, samples),
    /was withdrawn in 2\.0\.1: a withdrawn or superseded policy is not brought back/,
  );
  rmSync(root, { recursive: true });
});

test('the history entry of a released version is frozen', () => {
  const root = fixture();
  edit(root, (p) => (p.history[0].change = 'Rewritten.'));
  assert.match(
    releaseProblems(root).join('\n'),
    /KAP-900: the history entry of released version 1\.0\.0 was changed or removed/,
  );
  rmSync(root, { recursive: true });
});
