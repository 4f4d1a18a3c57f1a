/**
 * Benchmarks, printed as numbers (medians of many runs):
 *  - the engine evaluating and explaining every policy for each sample, in Node and in Chromium;
 *  - on the built /check/ page, the time from a keystroke to updated verdicts, and the
 *    main-thread time of one keystroke in profiles with 1,000, 4,000 and 20,000 unknown keys;
 *  - the JavaScript a policy page loads, gzipped;
 *  - kap-check from process start to exit (scripts/bench-cli.ts).
 * The page figures need the built site: run `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { evaluatePolicy, evaluateText } from '../src/engine/evaluate.ts';
import { loadPolicies, loadSamples } from '../src/lib/policy-files.ts';
import { benchCli } from './bench-cli.ts';
import { findChromium } from './find-chromium.ts';
import { profileWithUnknownKeys, timeKeystrokes } from './keystroke-timing.ts';

const RUNS = 200;
/** Calls per timed run: Chromium's clock ticks in 0.1 ms steps, so one call is too short to time. */
const BATCH = 20;
const KEYSTROKES = 40;
const PORT = Number(process.env.BENCH_PORT ?? 4339);
/** Profiles with this many unknown keys: thousands of warnings, each with its line. */
const UNKNOWN_KEYS = [1_000, 4_000, 20_000];
const HOSTILE_KEYSTROKES = 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(fn: () => void): number {
  for (let i = 0; i < 20; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    for (let j = 0; j < BATCH; j++) fn();
    samples.push((performance.now() - start) / BATCH);
  }
  return median(samples);
}

const policies = loadPolicies();
const samples = loadSamples().map(({ name, profile }) => ({
  name,
  profile,
  text: JSON.stringify(profile, null, 2),
}));

console.log(
  `Engine in Node ${process.version}: all ${policies.length} policies against one profile, median of ${RUNS} runs of ${BATCH} calls`,
);
for (const { name, profile, text } of samples) {
  const evaluate = time(() => policies.forEach((p) => evaluatePolicy(p, profile)));
  const fromText = time(() => evaluateText(policies, text));
  console.log(
    `  ${name.padEnd(22)} evaluate+explain ${evaluate.toFixed(3)} ms   from text (parse, validate, evaluate, explain) ${fromText.toFixed(3)} ms`,
  );
}

/** The engine bundled for the browser, as the site ships it, exposing a timing function. */
async function browserEngine(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { evaluatePolicy, evaluateText } from './src/engine/evaluate.ts';
        window.benchEngine = (policies, samples, runs, batch) => {
          const median = (v) => v.sort((a, b) => a - b)[Math.floor(v.length / 2)];
          const time = (fn) => {
            for (let i = 0; i < 20; i++) fn();
            const t = [];
            for (let i = 0; i < runs; i++) {
              const s = performance.now();
              for (let j = 0; j < batch; j++) fn();
              t.push((performance.now() - s) / batch);
            }
            return median(t);
          };
          return samples.map(({ name, profile, text }) => ({
            name,
            evaluate: time(() => policies.forEach((p) => evaluatePolicy(p, profile))),
            fromText: time(() => evaluateText(policies, text)),
          }));
        };`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
  });
  return result.outputFiles[0]!.text;
}

async function startPreview(): Promise<() => void> {
  const server = spawn(
    'npx',
    ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)],
    { stdio: 'ignore', detached: true },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok)
        return () => process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(-server.pid!, 'SIGTERM');
  throw new Error('astro preview did not start');
}

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  await page.addScriptTag({ content: await browserEngine() });
  const timings = await page.evaluate(
    ([p, s, runs, batch]) =>
      (
        window as unknown as {
          benchEngine: (...a: unknown[]) => { name: string; evaluate: number; fromText: number }[];
        }
      ).benchEngine(p, s, runs, batch),
    [policies, samples, RUNS, BATCH] as const,
  );
  console.log(`\nEngine in Chromium ${browser.version()}: same measure`);
  for (const t of timings) {
    console.log(
      `  ${t.name.padEnd(22)} evaluate+explain ${t.evaluate.toFixed(3)} ms   from text (parse, validate, evaluate, explain) ${t.fromText.toFixed(3)} ms`,
    );
  }

  if (existsSync('dist/check/index.html')) {
    const stop = await startPreview();
    try {
      const check = await browser.newPage();
      await check.goto(`http://127.0.0.1:${PORT}/check/`);
      await check.locator('[data-summary]').filter({ hasText: 'policies' }).waitFor();
      const textarea = check.getByRole('textbox', { name: 'Vendor profile (JSON)' });
      await textarea.focus();
      await check.keyboard.press('End');
      // Time from each keydown to the next frame after the verdicts' DOM changed.
      await check.evaluate(() => {
        const w = window as unknown as { lags: number[]; down: number };
        w.lags = [];
        const area = document.querySelector('textarea')!;
        area.addEventListener('keydown', () => (w.down = performance.now()), { capture: true });
        new MutationObserver(() => {
          const down = w.down;
          if (!down) return;
          w.down = 0;
          requestAnimationFrame(() => w.lags.push(performance.now() - down));
        }).observe(document.querySelector('.checker-policies')!, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      });
      for (let i = 0; i < KEYSTROKES; i++) {
        await check.keyboard.press(i % 2 === 0 ? ' ' : 'Backspace');
        await check.waitForTimeout(30);
      }
      // The last keystroke's verdicts may still be on their way.
      await check.waitForTimeout(500);
      const lags = await check.evaluate(() => (window as unknown as { lags: number[] }).lags);
      console.log(
        `\n/check/ with ${policies.length} policies: keystroke to updated verdicts, median ${median(lags).toFixed(1)} ms, worst ${Math.max(...lags).toFixed(1)} ms (${lags.length} keystrokes)`,
      );
      console.log(
        `\n/check/, one keystroke in a profile with many unknown keys: main-thread time, medians of ${HOSTILE_KEYSTROKES} keystrokes`,
      );
      for (const count of UNKNOWN_KEYS) {
        const timing = await timeKeystrokes(
          browser,
          `http://127.0.0.1:${PORT}/check/`,
          profileWithUnknownKeys(samples[0]!.profile, count),
          count,
          HOSTILE_KEYSTROKES,
          120_000,
        );
        console.log(
          `  ${count.toLocaleString('en-US').padStart(6)} unknown keys: longest task ${timing.longest.toFixed(1)} ms, all tasks ${timing.total.toFixed(1)} ms`,
        );
      }
    } finally {
      stop();
    }
  } else {
    console.log('\n(no dist/: run `npm run build` to time keystrokes on /check/)');
  }
} finally {
  await browser.close();
}

/** The module scripts a page loads, following static imports between bundles and the worker it starts. */
function pageScripts(htmlPath: string): Map<string, number> {
  const html = readFileSync(htmlPath, 'utf8');
  const found = new Map<string, number>();
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
  const inline = [
    ...html.matchAll(/<script(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((m) => m[1] as string)
    .join('\n');
  found.set('(inline scripts)', gzipSync(inline).length);
  queue.push(
    ...[...inline.matchAll(/import\s*(?:[^'"]*from\s*)?["']([^"']+\.js)["']/g)].map(
      (m) => m[1] as string,
    ),
  );
  while (queue.length > 0) {
    const src = queue.shift() as string;
    if (found.has(src)) continue;
    const code = readFileSync(`dist${src}`, 'utf8');
    found.set(src, gzipSync(code).length);
    const dir = src.slice(0, src.lastIndexOf('/') + 1);
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g))
      queue.push(dir + (m[1] as string).slice(2));
    // The checker's worker: loaded by the page too, as soon as the checker starts.
    for (const m of code.matchAll(/new Worker\(new URL\([`"'](\/[^`"']+\.js)[`"']/g))
      queue.push(m[1] as string);
  }
  return found;
}

for (const path of ['policies/kap-001', 'check']) {
  const page = `dist/${path}/index.html`;
  if (!existsSync(page)) continue;
  const scripts = pageScripts(page);
  const total = [...scripts.values()].reduce((a, b) => a + b, 0);
  console.log(
    `\nJavaScript loaded by /${path}/ (gzipped): ${(total / 1024).toFixed(1)} KiB in ${scripts.size} parts`,
  );
  for (const [src, size] of scripts)
    console.log(`  ${(size / 1024).toFixed(1).padStart(6)} KiB  ${src}`);
}

benchCli();
