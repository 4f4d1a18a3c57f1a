/**
 * kap-check from process start to exit, for one profile against every policy: the median of
 * several runs after a warm-up (which fills Node's compile cache, as any second run finds it).
 * Run by scripts/bench.ts; also on its own: node scripts/bench-cli.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadPolicies } from '../src/lib/policy-files.ts';

const RUNS = 15;
const WARM_UP = 2;
const PROFILE = 'src/profiles/samples/fabrikam-legacy.json';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Milliseconds from spawning `node bin/kap-check.js …` to its exit, median of RUNS. */
function timeRuns(node: string, args: string[]): number {
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const start = performance.now();
    const ran = spawnSync(node, ['bin/kap-check.js', ...args], { stdio: 'ignore' });
    const elapsed = performance.now() - start;
    if (ran.status !== 0 && ran.status !== 1) throw new Error(`kap-check exited ${ran.status}`);
    if (i >= WARM_UP) samples.push(elapsed);
  }
  return median(samples);
}

/** Prints the timings: with this Node, and through an older Node that re-runs it with the project's. */
export function benchCli(): void {
  const policies = loadPolicies();
  const args = [PROFILE, '--quiet', ...policies.flatMap((p) => ['--policy', p.id])];
  console.log(
    `\nkap-check, process start to exit: ${PROFILE} against all ${policies.length} policies, median of ${RUNS} runs`,
  );
  console.log(
    `  Node ${process.version}            ${timeRuns(process.execPath, args).toFixed(0)} ms`,
  );
  const old = '/usr/bin/node';
  if (existsSync(old)) {
    const version = spawnSync(old, ['--version'], { encoding: 'utf8' }).stdout.trim();
    console.log(
      `  ${old} (${version}), re-run with the project's Node   ${timeRuns(old, args).toFixed(0)} ms`,
    );
  }
}

if (import.meta.main) benchCli();
