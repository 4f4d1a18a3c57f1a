/**
 * Builds of the site in throw-away copies (under .bench/, git-ignored, removed after): the real site, the
 * site with synthetic policies added (copies of the real ones under new IDs, with their pages),
 * and a bare Starlight site, for figures that need a comparison measured in the same run.
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

const ROOT = process.cwd();
// Inside the project, so that packages resolve from its node_modules by the usual upward
// search: a symlinked node_modules makes Vite see two paths for one file.
const SCRATCH = join(ROOT, '.bench');

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

/** Adds policies until there are `total`, each a real policy under a new ID, with its page. */
function addSyntheticPolicies(dir: string, total: number): void {
  const policyDir = join(dir, 'src/policies');
  const pageDir = join(dir, 'src/content/docs/policies');
  const real = readdirSync(policyDir).filter((f) => /^KAP-\d{3}\.json$/.test(f));
  const page = readFileSync(join(pageDir, 'kap-001.mdx'), 'utf8');
  for (let n = real.length + 1; n <= total; n++) {
    const id = `KAP-${String(n).padStart(3, '0')}`;
    const source = JSON.parse(readFileSync(join(policyDir, real[n % real.length]!), 'utf8'));
    // A copy stands alone: no successor to point at.
    const copy = { ...source, id, status: 'proposed', supersededBy: undefined };
    writeFileSync(join(policyDir, `${id}.json`), JSON.stringify(copy));
    writeFileSync(
      join(pageDir, `${id.toLowerCase()}.mdx`),
      page.replace('title: KAP-001', `title: ${id}`),
    );
  }
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
    {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
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

/** Builds a copy of the site with `total` policies (0: as it is) and measures it. */
export function buildWithPolicies(total: number): BuildFigures {
  const dir = copyOfTree();
  try {
    const real = readdirSync(join(dir, 'src/policies')).filter((f) => /^KAP-\d{3}\.json$/.test(f));
    if (total > real.length) addSyntheticPolicies(dir, total);
    return timeBuild(dir, Math.max(total, real.length));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Builds a bare Starlight site (one page, default config, this project's packages) and hands
 * its dist/ to `measure` before the copy is removed.
 */
export function buildBareStarlight<T>(measure: (dist: string) => T): T {
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
    timeBuild(dir, 0);
    return measure(join(dir, 'dist'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
