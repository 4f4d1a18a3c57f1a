/**
 * Benchmarks, printed as numbers: the engine's time to evaluate and explain every policy for
 * each sample (median of many runs, in Node), and the JavaScript a policy page loads (gzipped,
 * from the built site in dist/, so run `npm run build` first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { evaluatePolicy, evaluateText } from '../src/engine/evaluate.ts';
import { loadPolicies, loadSamples } from '../src/lib/policy-files.ts';

const RUNS = 500;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(fn: () => void): number {
  for (let i = 0; i < 20; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const policies = loadPolicies();
console.log(`Engine, Node ${process.version}: median of ${RUNS} runs, all ${policies.length} policies against one profile`);
for (const { name, profile } of loadSamples()) {
  const text = JSON.stringify(profile, null, 2);
  const evaluate = time(() => policies.forEach((p) => evaluatePolicy(p, profile)));
  const fromText = time(() => evaluateText(policies, text));
  console.log(`  ${name.padEnd(24)} evaluate+explain ${evaluate.toFixed(3)} ms   parse+validate+evaluate+explain ${fromText.toFixed(3)} ms`);
}

/** The module scripts a page loads, following static imports between bundles. */
function pageScripts(htmlPath: string): Map<string, number> {
  const html = readFileSync(htmlPath, 'utf8');
  const found = new Map<string, number>();
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
  const inline = [...html.matchAll(/<script(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] as string).join('\n');
  found.set('(inline scripts)', gzipSync(inline).length);
  queue.push(...[...inline.matchAll(/import\s*(?:[^'"]*from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1] as string));
  while (queue.length > 0) {
    const src = queue.shift() as string;
    if (found.has(src)) continue;
    const code = readFileSync(`dist${src}`, 'utf8');
    found.set(src, gzipSync(code).length);
    const dir = src.slice(0, src.lastIndexOf('/') + 1);
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) queue.push(dir + (m[1] as string).slice(2));
  }
  return found;
}

const page = 'dist/policies/kap-001/index.html';
if (existsSync(page)) {
  const scripts = pageScripts(page);
  const total = [...scripts.values()].reduce((a, b) => a + b, 0);
  console.log(`\nJavaScript loaded by /policies/kap-001/ (gzipped): ${(total / 1024).toFixed(1)} KiB in ${scripts.size} parts`);
  for (const [src, size] of scripts) console.log(`  ${(size / 1024).toFixed(1).padStart(6)} KiB  ${src}`);
} else {
  console.log('\n(no dist/: run `npm run build` to measure the JavaScript a page loads)');
}
