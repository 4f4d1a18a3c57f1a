/**
 * kap-check from process start to exit, for one profile against every policy, beside a bare
 * `node -e 0` (the least any Node command costs) and, where the system's Node is older, a run
 * through it (kap-check then re-runs itself with the project's Node). Each figure is the median
 * of several runs after a warm-up, which fills Node's compile cache as any second run finds it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadPolicies } from '../../src/lib/policy-files.ts';
import { median } from './median.ts';

const RUNS = 15;
const WARM_UP = 2;
export const PROFILE = 'src/profiles/samples/fabrikam-legacy.json';
const SYSTEM_NODE = '/usr/bin/node';

export interface KapCheckTiming {
  policies: number;
  /** kap-check with this Node, ms. */
  kapCheck: number;
  /** `node -e 0` with this Node, ms. */
  bareNode: number;
  /** kap-check started by the system's older Node, if there is one. */
  viaSystemNode?: { version: string; ms: number };
}

/** Milliseconds from spawning `node …args` to its exit, median of RUNS. */
function timeRuns(node: string, args: string[]): number {
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const start = performance.now();
    const ran = spawnSync(node, args, { stdio: 'ignore' });
    const elapsed = performance.now() - start;
    if (ran.status !== 0 && ran.status !== 1) throw new Error(`${args[0]} exited ${ran.status}`);
    if (i >= WARM_UP) samples.push(elapsed);
  }
  return median(samples);
}

export function timeKapCheck(): KapCheckTiming {
  const policies = loadPolicies();
  const args = [
    'bin/kap-check.js',
    PROFILE,
    '--quiet',
    ...policies.flatMap((p) => ['--policy', p.id]),
  ];
  const timing: KapCheckTiming = {
    policies: policies.length,
    kapCheck: timeRuns(process.execPath, args),
    bareNode: timeRuns(process.execPath, ['-e', '0']),
  };
  if (existsSync(SYSTEM_NODE)) {
    const version = spawnSync(SYSTEM_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
    if (version !== process.version)
      timing.viaSystemNode = { version, ms: timeRuns(SYSTEM_NODE, args) };
  }
  return timing;
}

if (import.meta.main) console.log(timeKapCheck());
