/**
 * Released versions of the policies: each one's policy file and page frozen in
 * src/policies/history/KAP-NNN/<version>.json and .mdx, and their content hashes in
 * src/policies/history/lock.json. The build refuses a policy that changed without a new
 * release; `npm run release-policy KAP-NNN` makes one. Paths are relative to a root directory
 * so that tests can run all of it on a fixture.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import type { ChangeEntry } from '../engine/changes.ts';
import type { Policy } from '../engine/evaluate.ts';
import { absoluteUrl, policyVersionPath } from '../engine/urls.ts';
import {
  assessRelease,
  type EvidenceProfile,
  type ReleaseSide,
} from '../engine/release-assessment.ts';
import { canonicalJson, releaseContent } from '../engine/release-content.ts';
import { checkProfile } from '../engine/parse-profile.ts';
import { vectorProfile } from '../engine/vectors.ts';
import {
  bumpBetween,
  bumpCovers,
  compareVersions,
  nextVersion,
  type Bump,
} from '../engine/versions.ts';

/** A released version, read from the archive. */
export interface Release extends ReleaseSide {
  id: string;
  version: string;
}

/** The lock: for each policy ID, each released version's content hash. */
export type Lock = Record<string, Record<string, string>>;

const HISTORY_DIR = 'src/policies/history';
const LOCK_FILE = `${HISTORY_DIR}/lock.json`;
const POLICY_ID = /^KAP-\d{3}$/;
const INACTIVE = new Set(['withdrawn', 'superseded']);

/** The files of a policy, relative to the project root. */
export const releaseFiles = {
  policy: (id: string) => `src/policies/${id}.json`,
  page: (id: string) => `src/content/docs/policies/${id.toLowerCase()}.mdx`,
  frozenPolicy: (id: string, version: string) => `${HISTORY_DIR}/${id}/${version}.json`,
  frozenPage: (id: string, version: string) => `${HISTORY_DIR}/${id}/${version}.mdx`,
  lock: LOCK_FILE,
};

/** The content hash of a release, e.g. sha256-3f…; the lock holds one per released version. */
export function contentHash(side: ReleaseSide): string {
  return `sha256-${createHash('sha256').update(releaseContent(side.policy, side.page)).digest('hex')}`;
}

const releaseCommand = (id: string) => `npm run release-policy ${id}`;

function read(root: string, file: string): string {
  return readFileSync(`${root}/${file}`, 'utf8');
}

/** The lock file's releases; an absent lock means nothing is released yet. */
export function readLock(root: string): Lock {
  if (!existsSync(`${root}/${LOCK_FILE}`)) return {};
  return (JSON.parse(read(root, LOCK_FILE)) as { releases: Lock }).releases;
}

function writeLock(root: string, lock: Lock): void {
  const releases = Object.fromEntries(
    Object.keys(lock)
      .sort()
      .map((id) => [
        id,
        Object.fromEntries(
          Object.keys(lock[id]!)
            .sort(compareVersions)
            .map((v) => [v, lock[id]![v]!]),
        ),
      ]),
  );
  const body = {
    $comment: `Written by ${releaseCommand('KAP-NNN')}: the content hash of every released version of every policy. A released version never changes, and a policy ID is never reused.`,
    releases,
  };
  writeFileSync(`${root}/${LOCK_FILE}`, `${JSON.stringify(body, null, 2)}\n`);
}

/** The current policy file and page of a policy. */
export function readCurrent(root: string, id: string): ReleaseSide {
  return {
    policy: JSON.parse(read(root, releaseFiles.policy(id))) as Policy,
    page: read(root, releaseFiles.page(id)),
  };
}

/** A frozen release from the archive. */
export function readRelease(root: string, id: string, version: string): Release {
  return {
    id,
    version,
    policy: JSON.parse(read(root, releaseFiles.frozenPolicy(id, version))) as Policy,
    page: read(root, releaseFiles.frozenPage(id, version)),
  };
}

/** The versions of a policy that the lock lists, oldest first. */
export function releasedVersions(lock: Lock, id: string): string[] {
  return Object.keys(lock[id] ?? {}).sort(compareVersions);
}

function currentIds(root: string): string[] {
  return readdirSync(`${root}/src/policies`)
    .map((name) => name.replace(/\.json$/, ''))
    .filter((name) => POLICY_ID.test(name))
    .sort();
}

function archivedFiles(root: string): { id: string; file: string; version: string }[] {
  const dir = `${root}/${HISTORY_DIR}`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(`${dir}/${entry.name}`).map((name) => ({
        id: entry.name,
        file: `${HISTORY_DIR}/${entry.name}/${name}`,
        version: name.replace(/\.(json|mdx)$/, ''),
      })),
    );
}

/**
 * Every way the policies and their releases disagree, each message naming the policy and what
 * to do. An empty list means every policy is a released version, unchanged since its release.
 */
export function releaseProblems(root: string): string[] {
  const lock = readLock(root);
  const problems: string[] = [];
  const ids = currentIds(root);

  for (const { id, file, version } of archivedFiles(root)) {
    if (!lock[id]?.[version])
      problems.push(
        `${file} is not in ${LOCK_FILE}: versions are released only by ${releaseCommand(id)}, which writes both.`,
      );
  }
  for (const id of Object.keys(lock)) {
    if (!ids.includes(id))
      problems.push(
        `${id} was released (${releasedVersions(lock, id).join(', ')}) but ${releaseFiles.policy(id)} is gone: a policy ID is never removed or reused. Restore the file; to retire the policy, release a version with status "withdrawn" or "superseded".`,
      );
    for (const version of releasedVersions(lock, id)) {
      const files = [releaseFiles.frozenPolicy(id, version), releaseFiles.frozenPage(id, version)];
      const missing = files.filter((f) => !existsSync(`${root}/${f}`));
      if (missing.length > 0) {
        problems.push(
          `${id} ${version} is released, but ${missing.join(' and ')} is missing: restore it from git; released versions are kept for good.`,
        );
        continue;
      }
      if (contentHash(readRelease(root, id, version)) !== lock[id]![version])
        problems.push(
          `${id} ${version}: ${files.join(' or ')} no longer matches the content hash locked at its release. A released version never changes: restore it from git (git checkout -- ${HISTORY_DIR}/${id}/) and release a new version instead.`,
        );
    }
  }
  for (const id of ids) problems.push(...currentProblems(root, id, lock));
  return problems;
}

function currentProblems(root: string, id: string, lock: Lock): string[] {
  const current = readCurrent(root, id);
  const { version } = current.policy;
  const versions = releasedVersions(lock, id);
  const latest = versions.at(-1);
  const locked = lock[id]?.[version];
  const file = releaseFiles.policy(id);
  if (!latest)
    return [
      `${id} has never been released: give it a "history" entry for version ${version}, then run ${releaseCommand(id)}.`,
    ];
  if (!locked)
    return [
      `${id} is at version ${version}, which is not released (the latest release is ${latest}). Check its "history" entry for ${version}, then run ${releaseCommand(id)}: it checks the version step and freezes the version.`,
    ];
  const problems: string[] = [];
  if (contentHash(current) !== locked) {
    const released = readRelease(root, id, version);
    const changes = assessRelease(released, current, []).reasons.map((r) => r.why);
    const what = changes.length > 0 ? changes.join('; ') : 'its frozen content changed';
    problems.push(
      `${id} changed since version ${version} was released (${what}), but its version is still ${version}. A released version never changes: in ${file} bump "version", set "updated", add a "history" entry saying what changed and why, then run ${releaseCommand(id)}.`,
    );
  }
  if (version !== latest)
    problems.push(
      `${id} is at version ${version}, older than its latest release ${latest}: a policy's version only moves forward. Restore ${file} from ${releaseFiles.frozenPolicy(id, latest)}.`,
    );
  for (const v of versions) {
    const frozen = readRelease(root, id, v).policy.history.find((h) => h.version === v);
    const now = current.policy.history.find((h) => h.version === v);
    if (frozen && canonicalJson(frozen) !== canonicalJson(now))
      problems.push(
        `${id}: the history entry of released version ${v} was changed or removed in ${file}. History entries of released versions are frozen; put it back as ${releaseFiles.frozenPolicy(id, v)} has it.`,
      );
  }
  return problems;
}

/** What a release did, for the command's report. */
export interface ReleaseOutcome {
  id: string;
  version: string;
  previous?: string;
  bump?: Bump;
  reasons: string[];
}

/**
 * Releases the current version of policy `id`: checks that its version and history entry follow
 * the latest release by a large enough step, then freezes the file and page and locks the hash.
 * Throws, saying what to fix, when it cannot.
 */
export function releasePolicy(
  root: string,
  id: string,
  samples: ReadonlyMap<string, unknown>,
): ReleaseOutcome {
  if (!POLICY_ID.test(id)) throw new Error(`"${id}" is not a policy ID (KAP- and three digits)`);
  if (!existsSync(`${root}/${releaseFiles.policy(id)}`))
    throw new Error(`${id}: there is no ${releaseFiles.policy(id)}`);
  const lock = readLock(root);
  const current = readCurrent(root, id);
  const { policy } = current;
  const file = releaseFiles.policy(id);
  const versions = releasedVersions(lock, id);
  const latestVersion = versions.at(-1);
  const entry = policy.history.at(-1);

  if (lock[id]?.[policy.version]) {
    if (contentHash(current) === lock[id][policy.version])
      throw new Error(
        `${id} ${policy.version} is already released and unchanged: nothing to release.`,
      );
    throw new Error(
      `${id} changed, but its version ${policy.version} is already released: bump "version" in ${file} and add a "history" entry for the new version.`,
    );
  }
  if (entry?.version !== policy.version)
    throw new Error(
      `${id}: the last "history" entry in ${file} must be the new version ${policy.version}, saying what changed and why (it is ${entry?.version ?? 'missing'}).`,
    );
  if (entry.date !== policy.updated)
    throw new Error(
      `${id}: "updated" (${policy.updated}) must be the date of the history entry for ${policy.version} (${entry.date}).`,
    );

  let outcome: ReleaseOutcome = { id, version: policy.version, reasons: [] };
  if (latestVersion) {
    const latest = readRelease(root, id, latestVersion);
    outcome = checkStep(
      latest,
      current,
      versions,
      evidence([latest.policy, policy], samples),
      root,
    );
  }
  mkdirSync(`${root}/${HISTORY_DIR}/${id}`, { recursive: true });
  copyFileSync(`${root}/${file}`, `${root}/${releaseFiles.frozenPolicy(id, policy.version)}`);
  copyFileSync(
    `${root}/${releaseFiles.page(id)}`,
    `${root}/${releaseFiles.frozenPage(id, policy.version)}`,
  );
  writeLock(root, { ...lock, [id]: { ...lock[id], [policy.version]: contentHash(current) } });
  return outcome;
}

/** Checks the step from the latest release to the current file; throws on a step too small or a broken promise. */
function checkStep(
  latest: Release,
  current: ReleaseSide,
  versions: readonly string[],
  profiles: readonly EvidenceProfile[],
  root: string,
): ReleaseOutcome {
  const { policy } = current;
  const { id } = latest;
  const made = bumpBetween(latest.version, policy.version);
  if (!made)
    throw new Error(
      `${id}: the new version ${policy.version} must be later than the latest release ${latest.version}.`,
    );
  const expected = nextVersion(latest.version, made);
  if (policy.version !== expected)
    throw new Error(
      `${id}: a ${made} step from ${latest.version} is ${expected}, not ${policy.version}: versions are not skipped.`,
    );
  const { needed, reasons } = assessRelease(latest, current, profiles);
  const why = reasons.map((r) => `${r.why} (${r.needs})`);
  if (!needed)
    throw new Error(
      `${id}: nothing that a release freezes changed since ${latest.version} (test vectors need no release).`,
    );
  if (!bumpCovers(made, needed))
    throw new Error(
      `${id}: ${why.join('; ')}. That needs a ${needed} step, to ${nextVersion(latest.version, needed)}, not ${policy.version}. See "What a version number promises" on /cite/.`,
    );
  if (INACTIVE.has(latest.policy.status) && !INACTIVE.has(policy.status))
    throw new Error(
      `${id} was ${latest.policy.status} in ${latest.version}: a withdrawn or superseded policy is not brought back; write a new policy with a new ID.`,
    );
  const retired = versions
    .flatMap((v) => readRelease(root, id, v).policy.requirements.map((r) => r.id))
    .filter((r) => !latest.policy.requirements.some((l) => l.id === r));
  const reused = policy.requirements.filter((r) => retired.includes(r.id)).map((r) => r.id);
  if (reused.length > 0)
    throw new Error(
      `${id}: ${reused.join(', ')} was removed in an earlier version, and a requirement ID is never reused: give the requirement a new ID.`,
    );
  const history = latest.policy.history;
  if (canonicalJson(policy.history.slice(0, history.length)) !== canonicalJson(history))
    throw new Error(
      `${id}: the history up to ${latest.version} must stay as released; add the new entry at the end.`,
    );
  return { id, version: policy.version, previous: latest.version, bump: made, reasons: why };
}

/** Profiles to try old and new rules on: the samples and every valid profile the test vectors describe. */
function evidence(
  policies: readonly Policy[],
  samples: ReadonlyMap<string, unknown>,
): EvidenceProfile[] {
  const fromVectors = policies.flatMap((policy) =>
    policy.tests.flatMap((vector) => {
      // An older release's vector may name a sample that has since been renamed or removed,
      // or leave out a field that samples no longer have: it then describes no profile now.
      if (vector.sample !== undefined && !samples.has(vector.sample)) return [];
      let profile: unknown;
      try {
        profile = vectorProfile(vector, samples);
      } catch {
        return [];
      }
      return typeof profile === 'object' && checkProfile(profile).ok
        ? [{ label: `the test vector "${vector.name}"`, profile }]
        : [];
    }),
  );
  return [
    ...[...samples].map(([name, profile]) => ({ label: `the sample ${name}`, profile })),
    ...fromVectors,
  ];
}

let siteCache: Map<string, Release[]> | undefined;

/** Each policy's releases, oldest first, read once from the archive under the working directory: for the site. */
export function siteReleases(): ReadonlyMap<string, Release[]> {
  if (siteCache) return siteCache;
  const root = process.cwd();
  const lock = readLock(root);
  siteCache = new Map(
    Object.keys(lock)
      .sort()
      .map((id) => [id, releasedVersions(lock, id).map((v) => readRelease(root, id, v))]),
  );
  return siteCache;
}

/** The releases of one policy, oldest first. */
export function releasesOf(id: string): Release[] {
  return siteReleases().get(id) ?? [];
}

/** One released version; throws if it is not in the archive. */
export function getRelease(id: string, version: string): Release {
  const release = releasesOf(id).find((r) => r.version === version);
  if (!release) throw new Error(`${id} ${version} is not a released version (see ${LOCK_FILE})`);
  return release;
}

/** A version in a policy's history, with its frozen release when the archive keeps it. */
export interface VersionEntry {
  version: string;
  date: string;
  change: string;
  release?: Release;
}

/**
 * The versions a policy's history lists, oldest first. Versions from before the archive began
 * (the first release `npm run release-policy` made) have no release: only their history entry.
 */
export function versionEntries(policy: Pick<Policy, 'id' | 'history'>): VersionEntry[] {
  const releases = releasesOf(policy.id);
  return policy.history.map((entry) => {
    const release = releases.find((r) => r.version === entry.version);
    return release ? { ...entry, release } : { ...entry };
  });
}

/** Every version of every policy as change-log entries, pages at `site` (an origin). */
export function changeEntries(policies: readonly Policy[], site: string): ChangeEntry[] {
  return policies.flatMap((policy) =>
    versionEntries(policy).map((entry) => ({
      policyId: policy.id,
      title: entry.release?.policy.title ?? policy.title,
      version: entry.version,
      date: entry.date,
      change: entry.change,
      url: absoluteUrl(site, policyVersionPath(policy.id, entry.version)),
    })),
  );
}
