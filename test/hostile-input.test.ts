// Property tests of the parse path and the engine against hostile input: every case returns
// pass, fail or error, within a bound, and leaves the built-in prototypes as they were.
// `npm test` runs a few thousand cases; `npm run fuzz` (FUZZ_RUNS=100000) runs many more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { evaluatePolicy, evaluateText } from '../src/engine/evaluate.ts';
import { parseProfile } from '../src/engine/parse-profile.ts';
import { decodeShareFragment, encodeShareFragment } from '../src/engine/share-link.ts';
import { loadPolicies } from '../src/lib/policy-files.ts';
import { anyProfileText, mutatedProfileText, stressText, validProfile } from './arbitraries.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
/** Not a speed test: a case over this is stuck (the bound is generous for a busy machine). */
const HANG_MS = 10_000;
const policies = loadPolicies();
const RESULTS = new Set(['pass', 'fail', 'error']);

/** The built-in prototypes' own keys, to tell whether a case added or replaced any. */
function prototypes(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((p) =>
      Reflect.ownKeys(p)
        .map((k) => `${String(k)}:${typeof Object.getOwnPropertyDescriptor(p, k)?.value}`)
        .join(','),
    )
    .join('|');
}
const pristine = prototypes();

function assertUntouched(): void {
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(prototypes(), pristine);
}

/** Evaluates `text` against every policy and checks what must hold for any input. */
function checkText(text: string): void {
  const started = performance.now();
  const { parsed, results } = evaluateText(policies, text);
  const took = performance.now() - started;
  assert.ok(took < HANG_MS, `took ${took.toFixed(0)} ms`);
  assert.equal(results.length, policies.length);
  for (const result of results) {
    assert.ok(RESULTS.has(result.result), result.result);
    assert.equal(result.result === 'error', !parsed.ok);
  }
  const problems = [...(parsed.ok ? [] : parsed.errors), ...parsed.warnings];
  if (!parsed.ok) assert.ok(parsed.errors.length > 0);
  for (const problem of problems) {
    assert.equal(typeof problem.message, 'string');
    // Messages stay readable: bounded, on one line.
    assert.ok(problem.message.length < 2000, problem.message.slice(0, 200));
    assert.ok(!/[\n\r\u2028\u2029]/.test(problem.message), problem.message);
  }
  assert.ok(problems.length <= 3 * 101);
  assertUntouched();
}

test('any text gives pass, fail or error for every policy, and pollutes nothing', () => {
  fc.assert(fc.property(anyProfileText, checkText), { numRuns: RUNS });
});

test('valid profiles changed in hostile ways give pass, fail or error', () => {
  fc.assert(fc.property(mutatedProfileText, checkText), { numRuns: RUNS });
});

test('deep, long and repetitive texts stay within bounds', () => {
  fc.assert(fc.property(stressText, checkText), { numRuns: Math.max(20, Math.round(RUNS / 50)) });
});

test('every profile the schema accepts parses, and every policy passes or fails it', () => {
  fc.assert(
    fc.property(validProfile, (profile) => {
      const parsed = parseProfile(JSON.stringify(profile, null, 2));
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.errors[0]?.message);
      for (const policy of policies) {
        assert.match(evaluatePolicy(policy, profile).result, /^(pass|fail)$/);
      }
      assertUntouched();
    }),
    { numRuns: RUNS },
  );
});

test('the engine passes or fails any JSON object it is given, even one the schema rejects', () => {
  fc.assert(
    fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 5 })), (data) => {
      for (const policy of policies) {
        assert.match(evaluatePolicy(policy, data).result, /^(pass|fail)$/);
      }
      assertUntouched();
    }),
    { numRuns: RUNS },
  );
});

test('a share link round-trips any valid profile exactly', async () => {
  await fc.assert(
    fc.asyncProperty(validProfile, fc.integer({ min: 0, max: 4 }), async (profile, indent) => {
      const text = JSON.stringify(profile, null, indent);
      const decoded = await decodeShareFragment(await encodeShareFragment(text, '2026-12-01+abc'));
      assert.deepEqual(decoded, { ok: true, text, policySetVersion: '2026-12-01+abc' });
    }),
    { numRuns: Math.max(100, Math.round(RUNS / 5)) },
  );
});
