/**
 * Builds of the site in throw-away copies (under .bench/, git-ignored, removed after): the real
 * site, the site with synthetic policies added, and a bare Starlight site, for figures that need
 * a comparison measured in the same run. Each build is timed and its dist/ handed to a measure
 * before the copy goes.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Policy } from '../../src/engine/evaluate.ts';
import { contentHash, readLock, releaseFiles } from '../../src/lib/policy-releases.ts';

const ROOT = process.cwd();
// Inside the project, so that packages resolve from its node_modules by the usual upward
// search: a symlinked node_modules makes Vite see two paths for one file.
const SCRATCH = join(ROOT, '.bench');
const POLICY_FILE = /^KAP-\d{3}\.json$/;
/** The schema's IDs are KAP- and three digits. */
export const MAX_POLICIES = 999;

export interface BuildFigures {
  policies: number;
  seconds: number;
  distBytes: number;
  pagefindBytes: number;
}

/** A copy of the committed tree (git ls-files). */
function copyOfTree(): string {
  mkdirSync(SCRATCH, { recursive: true });
  const dir = mkdtempSync(join(SCRATCH, 'site-'));
  const files = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .stdout.split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file));
  }
  return dir;
}

function policyIds(dir: string): string[] {
  return readdirSync(join(dir, 'src/policies'))
    .filter((f) => POLICY_FILE.test(f))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

/**
 * Adds policies until there are `total`: each a real policy under a new ID, with its page and
 * every one of its releases (frozen files and locked hashes), so that it builds the same pages.
 */
function addSyntheticPolicies(dir: string, total: number): void {
  const real = policyIds(dir);
  const lock = readLock(dir);
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const renamed = (policy: string, id: string) => ({ ...(JSON.parse(policy) as Policy), id });
  const retitled = (page: string, from: string, id: string) =>
    page.replace(`title: ${from}`, `title: ${id}`);
  for (let n = real.length + 1; n <= total; n++) {
    const id = `KAP-${String(n).padStart(3, '0')}`;
    const source = real[n % real.length]!;
    const write = (file: string, text: string) => {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), text);
    };
    write(releaseFiles.policy(id), JSON.stringify(renamed(read(releaseFiles.policy(source)), id)));
    write(releaseFiles.page(id), retitled(read(releaseFiles.page(source)), source, id));
    const hashes: Record<string, string> = {};
    lock[id] = hashes;
    for (const version of Object.keys(lock[source] ?? {})) {
      const policy = renamed(read(releaseFiles.frozenPolicy(source, version)), id);
      const page = retitled(read(releaseFiles.frozenPage(source, version)), source, id);
      write(releaseFiles.frozenPolicy(id, version), JSON.stringify(policy));
      write(releaseFiles.frozenPage(id, version), page);
      hashes[version] = contentHash({ policy, page });
    }
  }
  writeFileSync(join(dir, releaseFiles.lock), JSON.stringify({ releases: lock }));
}

function bytesUnder(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + bytesUnder(join(path, name)), 0);
}

/** Runs `astro build` in `dir` and measures it; throws with the build's output if it fails. */
function timeBuild(dir: string, policies: number): BuildFigures {
  const start = performance.now();
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
    { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`build of ${dir} failed:\n${run.stdout}\n${run.stderr}`);
  return {
    policies,
    seconds,
    distBytes: bytesUnder(join(dir, 'dist')),
    pagefindBytes: bytesUnder(join(dir, 'dist/pagefind')),
  };
}

/**
 * Builds a copy of the site with `total` policies (0: as it is), then hands its figures and
 * dist/ to `measure` before the copy is removed.
 */
export async function withSiteBuild<T>(
  total: number,
  measure: (build: BuildFigures, dist: string) => Promise<T>,
): Promise<T> {
  if (total > MAX_POLICIES) throw new Error(`policy IDs stop at ${MAX_POLICIES}`);
  const dir = copyOfTree();
  try {
    if (total > policyIds(dir).length) addSyntheticPolicies(dir, total);
    const build = timeBuild(dir, policyIds(dir).length);
    return await measure(build, join(dir, 'dist'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Builds a bare Starlight site (one page, default config, this project's packages), then hands
 * its figures and dist/ to `measure` before the copy is removed.
 */
export async function withBareStarlightBuild<T>(
  measure: (build: BuildFigures, dist: string) => Promise<T>,
): Promise<T> {
  mkdirSync(SCRATCH, { recursive: true });
  const dir = mkdtempSync(join(SCRATCH, 'bare-'));
  try {
    mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
    // The project's dependencies, so that Vite bundles Starlight as in a real site.
    const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', dependencies }));
    writeFileSync(
      join(dir, 'astro.config.mjs'),
      "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n" +
        "export default defineConfig({ integrations: [starlight({ title: 'Bare' })] });\n",
    );
    writeFileSync(
      join(dir, 'src/content.config.ts'),
      "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n" +
        "import { docsSchema } from '@astrojs/starlight/schema';\n" +
        'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n',
    );
    writeFileSync(
      join(dir, 'src/content/docs/index.md'),
      '---\ntitle: A page\n---\n\nA bare Starlight page, for comparison.\n',
    );
    const build = timeBuild(dir, 0);
    return await measure(build, join(dir, 'dist'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
