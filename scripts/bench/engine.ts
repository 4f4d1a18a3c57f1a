/**
 * The engine's time to evaluate and explain every policy for each sample profile, in Node and
 * in Chromium (the engine bundled as the site ships it), beside JSON.parse of the same texts:
 * the least any check from text must do.
 */
import type { Browser } from '@playwright/test';
import { build } from 'esbuild';
import { evaluatePolicy, evaluateText } from '../../src/engine/evaluate.ts';
import { loadPolicies, loadSamples } from '../../src/lib/policy-files.ts';

const RUNS = 25;
/**
 * Each timed run lasts at least this long, with as many calls as that takes: Chromium's clock
 * ticks in 0.1 ms steps, too coarse for one JSON.parse.
 */
const RUN_MS = 5;

/** Milliseconds for all samples together, each sample's the median of RUNS runs. */
export interface EngineTiming {
  /** evaluatePolicy for every policy, from the parsed profile. */
  evaluate: number;
  /** evaluateText: parse, validate, evaluate, explain. */
  fromText: number;
  /** JSON.parse of the profile texts alone. */
  parse: number;
}

export interface EngineInput {
  policies: ReturnType<typeof loadPolicies>;
  samples: { name: string; profile: unknown; text: string }[];
}

export function engineInput(): EngineInput {
  return {
    policies: loadPolicies(),
    samples: loadSamples().map(({ name, profile }) => ({
      name,
      profile,
      text: JSON.stringify(profile, null, 2),
    })),
  };
}

/**
 * The timing loop, written once: run as it is in Node, and as its source inside the bundle for
 * Chromium, so both measure the same way.
 */
function timeEngine(
  engine: { evaluatePolicy: typeof evaluatePolicy; evaluateText: typeof evaluateText },
  { policies, samples }: EngineInput,
  runs: number,
  runMs: number,
): EngineTiming {
  const time = (fn: () => void) => {
    // Warm-up, which also tells how many calls fill a run.
    const start = performance.now();
    let calls = 0;
    while (calls < 5 || performance.now() - start < 10 * runMs) {
      fn();
      calls++;
    }
    const batch = Math.ceil((runMs * calls) / (performance.now() - start));
    const t: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      for (let j = 0; j < batch; j++) fn();
      t.push((performance.now() - start) / batch);
    }
    t.sort((a, b) => a - b);
    return t[Math.floor(t.length / 2)] as number;
  };
  let evaluate = 0;
  let fromText = 0;
  let parse = 0;
  for (const { profile, text } of samples) {
    evaluate += time(() =>
      policies.forEach((p) =>
        engine.evaluatePolicy(p, profile as Parameters<typeof evaluatePolicy>[1]),
      ),
    );
    fromText += time(() => engine.evaluateText(policies, text));
    parse += time(() => JSON.parse(text));
  }
  return { evaluate, fromText, parse };
}

export function engineInNode(input: EngineInput): EngineTiming {
  return timeEngine({ evaluatePolicy, evaluateText }, input, RUNS, RUN_MS);
}

export async function engineInChromium(
  browser: Browser,
  input: EngineInput,
): Promise<EngineTiming> {
  const bundle = await build({
    stdin: {
      contents: `
        import { evaluatePolicy, evaluateText } from './src/engine/evaluate.ts';
        window.benchEngine = (input, runs, runMs) =>
          (${timeEngine.toString()})({ evaluatePolicy, evaluateText }, input, runs, runMs);`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
  });
  const page = await browser.newPage();
  try {
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    return await page.evaluate(
      ([i, runs, runMs]) =>
        (
          window as unknown as {
            benchEngine: (...a: unknown[]) => EngineTiming;
          }
        ).benchEngine(i, runs, runMs),
      [input, RUNS, RUN_MS] as const,
    );
  } finally {
    await page.close();
  }
}
