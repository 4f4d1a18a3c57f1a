/**
 * npm run release-policy KAP-NNN [KAP-MMM …]: releases the current version of each policy named.
 * Checks the policy files, then for each: the version step against the latest release (large
 * enough for what changed, see /cite/) and its history entry; then freezes the policy file and
 * page into src/policies/history/ and locks their content hash. Without arguments, lists what
 * the build would refuse.
 */
import { loadPolicies, loadSamples } from '../src/lib/policy-files.ts';
import { releasePolicy, releaseProblems } from '../src/lib/policy-releases.ts';

const root = process.cwd();
const ids = process.argv.slice(2);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (ids.length === 0) {
  const problems = releaseProblems(root);
  console.log('Usage: npm run release-policy KAP-NNN [KAP-MMM …]');
  console.log(
    problems.length === 0
      ? 'Every policy is released and unchanged.'
      : `What the build would refuse:\n${problems.map((p) => `- ${p}`).join('\n')}`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
}

try {
  loadPolicies();
} catch (error) {
  fail((error as Error).message);
}
const samples = new Map(loadSamples().map((s) => [s.name, s.profile as unknown]));
for (const id of ids) {
  try {
    const outcome = releasePolicy(root, id, samples);
    const step = outcome.previous
      ? ` (a ${outcome.bump} step from ${outcome.previous}: ${outcome.reasons.join('; ')})`
      : ' (its first release)';
    console.log(`Released ${outcome.id} ${outcome.version}${step}.`);
  } catch (error) {
    fail((error as Error).message);
  }
}
console.log('Commit src/policies/history/ together with the policy change.');
