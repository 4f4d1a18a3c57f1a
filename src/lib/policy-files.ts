/**
 * Reads the policy files and sample profiles from disk, checked. Used by the site build, the
 * tests and the command line; never by the browser, which gets the data embedded in the page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Policy } from '../engine/evaluate.ts';
import type { VendorProfile } from '../engine/parse-profile.ts';
import { checkProfile } from '../engine/parse-profile.ts';
import { firstSyntaxError } from '../engine/json-location.ts';
import { checkPolicyFiles, formatIssues, type PolicySource } from '../engine/policy-file.ts';

// Relative to the project root, where every npm script runs: once bundled by the site build,
// this module no longer sits beside src/.
const root = `${process.cwd()}/`;
const POLICY_DIR = 'src/policies';
const SAMPLE_DIR = 'src/profiles/samples';

/** A sample vendor profile and its name (the file name without .json). */
export interface Sample {
  name: string;
  profile: VendorProfile;
}

function readJsonFiles(dir: string, pattern: RegExp): { file: string; data: unknown }[] {
  return readdirSync(`${root}${dir}`)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => {
      const file = `${dir}/${name}`;
      const text = readFileSync(`${root}${file}`, 'utf8');
      try {
        return { file, data: JSON.parse(text) as unknown };
      } catch (error) {
        const found = firstSyntaxError(text);
        const where = found
          ? `line ${found.location.line}, column ${found.location.column}: ${found.message}`
          : (error as Error).message;
        throw new Error(`${file}: not valid JSON at ${where}`, { cause: error });
      }
    });
}

let checkedSamples: Sample[] | undefined;

/** The sample profiles; a sample that is not a valid profile is an error naming the file. */
export function loadSamples(): Sample[] {
  checkedSamples ??= readCheckedSamples();
  return checkedSamples;
}

function readCheckedSamples(): Sample[] {
  return readJsonFiles(SAMPLE_DIR, /\.json$/).map(({ file, data }) => {
    const checked = checkProfile(data);
    const problems = checked.ok ? checked.warnings : checked.errors;
    if (problems.length > 0)
      throw new Error(`${file}: ${problems.map((p) => p.message).join(' ')}`);
    return {
      name: file.slice(SAMPLE_DIR.length + 1, -'.json'.length),
      profile: data as VendorProfile,
    };
  });
}

/** Whether src/content/docs/ has a page for this entry ID, e.g. policies/kap-001. */
export function hasPage(entryId: string): boolean {
  return existsSync(`${root}src/content/docs/${entryId}.mdx`);
}

/** The sample with this name; throws if there is none. */
export function getSample(name: string): Sample {
  const sample = loadSamples().find((s) => s.name === name);
  if (!sample)
    throw new Error(`no sample profile is named ${name} (src/profiles/samples/${name}.json)`);
  return sample;
}

/** The raw policy files, unchecked: for tests that check the checker. */
export function readPolicySources(): PolicySource[] {
  return readJsonFiles(POLICY_DIR, /^(?!policy\.schema\.json$).*\.json$/);
}

let checkedPolicies: Policy[] | undefined;

/** Every policy, in ID order; throws, naming each file and JSON path, if any file has a problem. */
export function loadPolicies(): Policy[] {
  checkedPolicies ??= readCheckedPolicies();
  return checkedPolicies;
}

/** The policy with this ID; throws if there is none. */
export function getPolicy(id: string): Policy {
  const policy = loadPolicies().find((p) => p.id === id);
  if (!policy) throw new Error(`no policy file has the ID ${id}`);
  return policy;
}

function readCheckedPolicies(): Policy[] {
  const sources = readPolicySources();
  const issues = checkPolicyFiles(sources, new Set(loadSamples().map((s) => s.name)));
  if (issues.length > 0) throw new Error(`Invalid policy files:\n${formatIssues(issues)}`);
  return sources.map((s) => s.data as Policy);
}
