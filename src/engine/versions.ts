/** Semantic version numbers of policies: parsing, ordering and the kind of step between two. */

export type Bump = 'major' | 'minor' | 'patch';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** The three numbers of a version such as "1.2.3"; throws, naming it, on anything else. */
export function parseVersion(version: string): [number, number, number] {
  const match = SEMVER.exec(version);
  if (!match) throw new Error(`"${version}" is not a version of the form MAJOR.MINOR.PATCH`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Negative if a is older than b, positive if newer, 0 if equal: a comparator for sort(). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** The kind of step from one version to a later one, or undefined if `to` is not later. */
export function bumpBetween(from: string, to: string): Bump | undefined {
  if (compareVersions(to, from) <= 0) return undefined;
  const [a, b] = [parseVersion(from), parseVersion(to)];
  if (b[0] !== a[0]) return 'major';
  return b[1] !== a[1] ? 'minor' : 'patch';
}

const RANK: Readonly<Record<Bump, number>> = { patch: 0, minor: 1, major: 2 };

/** Whether a step of kind `made` is at least as large as `needed`. */
export function bumpCovers(made: Bump, needed: Bump): boolean {
  return RANK[made] >= RANK[needed];
}

/**
 * The step a breaking change needs from `version`: major from 1.0.0 on; before 1.0.0 a minor
 * step, as semantic versioning allows anything to change in 0.y.z.
 */
export function breakingBump(version: string): Bump {
  return parseVersion(version)[0] === 0 ? 'minor' : 'major';
}

/** The next version after `version` for a step of this kind, e.g. 1.2.3 + minor = 1.3.0. */
export function nextVersion(version: string, bump: Bump): string {
  const [major, minor, patch] = parseVersion(version);
  if (bump === 'major') return `${major + 1}.0.0`;
  return bump === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}
