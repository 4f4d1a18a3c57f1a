/**
 * npm run bench [-- --quick] [-- --write-readme]: builds the site, a bare Starlight site and
 * copies with 100 and 999 synthetic policies (--quick or BENCH_QUICK=1 skips those two), measures
 * them and prints one dated Markdown table, each figure beside a comparison from the same run;
 * --write-readme also puts it into README.md. Progress goes to stderr, the table to stdout.
 * Servers listen on 127.0.0.1 from BENCH_PORT (4400) up.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { findChromium } from './find-chromium.ts';
import { engineInChromium, engineInNode, engineInput } from './bench/engine.ts';
import { jsWeight } from './bench/js-weight.ts';
import { timeKapCheck } from './bench/kap-check.ts';
import { keystrokeToFrame, keystrokeToVerdict } from './bench/keystroke-verdict.ts';
import { LIGHTHOUSE_PATHS, lighthouseScores } from './bench/lighthouse.ts';
import { writeIntoReadme } from './bench/readme.ts';
import { report, type Figures } from './bench/report.ts';
import { timeToFirstResult } from './bench/search.ts';
import { withServedDist } from './bench/serve-dist.ts';
import { MAX_POLICIES, withBareStarlightBuild, withSiteBuild } from './bench/site-copies.ts';
import { profileWithUnknownKeys, timeKeystrokes } from './bench/unknown-keys.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick') || process.env.BENCH_QUICK === '1';
const PORT = Number(process.env.BENCH_PORT ?? 4400);
const SMALL_COPY = 100;
/** Profiles with this many unknown keys (0: the sample as it is, the comparison). */
const UNKNOWN_KEYS = [0, 1_000, 4_000, 20_000];
const UNKNOWN_KEY_STROKES = 10;

const progress = (what: string) => console.error(`[bench] ${what}`);
const started = performance.now();
const loadAtStart = loadavg()[0]!;

function cores(): number {
  const nproc = spawnSync('nproc', { encoding: 'utf8' });
  return Number(nproc.stdout.trim()) || availableParallelism();
}

/** The real site's pages, from its own build. */
async function measureSite(browser: Browser, origin: string, sample: object) {
  progress('JS weight of /, /policies/kap-003/, /check/');
  const js = {
    home: await jsWeight(browser, origin, '/'),
    policy: await jsWeight(browser, origin, '/policies/kap-003/'),
    check: await jsWeight(browser, origin, '/check/'),
  };
  progress('keystroke → verdict');
  const verdict = {
    policy: await keystrokeToVerdict(browser, `${origin}/policies/kap-003/`),
    check: await keystrokeToVerdict(browser, `${origin}/check/`),
  };
  progress('keystrokes in profiles with unknown keys');
  const unknownKeys = [];
  for (const count of UNKNOWN_KEYS)
    unknownKeys.push(
      await timeKeystrokes(
        browser,
        `${origin}/check/`,
        profileWithUnknownKeys(sample, count),
        count,
        UNKNOWN_KEY_STROKES,
        120_000,
      ),
    );
  progress('Pagefind');
  const search = await timeToFirstResult(browser, origin);
  progress('Lighthouse');
  const lighthouse = await lighthouseScores(origin, LIGHTHOUSE_PATHS);
  return { js, verdict, unknownKeys, search, lighthouse };
}

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
let figures: Figures;
try {
  progress('engine in Node and Chromium');
  const input = engineInput();
  const engine = {
    policies: input.policies.length,
    samples: input.samples.length,
    node: engineInNode(input),
    chromium: await engineInChromium(browser, input),
  };
  progress('kap-check');
  const kapCheck = timeKapCheck();
  progress('building a bare Starlight site');
  const bare = await withBareStarlightBuild((build, dist) =>
    withServedDist(dist, PORT, async (origin) => ({
      build,
      js: await jsWeight(browser, origin, '/'),
      frame: await keystrokeToFrame(browser, `${origin}/`),
      lighthouse: (await lighthouseScores(origin, ['/']))[0]!,
    })),
  );
  progress('building the site');
  const site = await withSiteBuild(0, async (build, dist) => ({
    build,
    ...(await withServedDist(dist, PORT + 1, (origin) =>
      measureSite(browser, origin, input.samples[0]!.profile as object),
    )),
  }));
  let copies: Figures['copies'];
  if (!quick) {
    progress(`building a copy with ${SMALL_COPY} policies`);
    const small = await withSiteBuild(SMALL_COPY, async (build) => build);
    progress(`building a copy with ${MAX_POLICIES} policies`);
    const large = await withSiteBuild(MAX_POLICIES, async (build, dist) => ({
      ...build,
      search: await withServedDist(dist, PORT + 2, (origin) => timeToFirstResult(browser, origin)),
    }));
    copies = { small, large };
  }
  figures = {
    // Swedish dates are written YYYY-MM-DD.
    date: new Date().toLocaleDateString('sv'),
    minutes: (performance.now() - started) / 60_000,
    node: process.version,
    chromium: browser.version(),
    cores: cores(),
    loadAverage: { start: loadAtStart, end: loadavg()[0]! },
    engine,
    kapCheck,
    bare,
    site,
    copies,
  };
} finally {
  await browser.close();
}

const section = report(figures);
console.log(section);
if (args.includes('--write-readme')) {
  await writeIntoReadme(section);
  progress('written into README.md');
}
