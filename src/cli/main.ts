/**
 * kap-check's process entry: makes the generated profile validator if it is missing or older
 * than the schemas, then runs with the process's arguments, streams and exit status.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXIT } from './exit-status.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs scripts/generate.ts when src/generated/ is absent or stale; its note goes to stderr, not into a report. */
function ensureGenerated(): string | undefined {
  const made = {
    'src/generated/validate-profile.js': 'src/profiles/vendor-profile.v1.json',
    'src/generated/validate-policy.js': 'src/policies/policy.schema.json',
  };
  const fresh = Object.entries(made).every(
    ([out, source]) =>
      existsSync(`${root}${out}`) &&
      statSync(`${root}${source}`).mtimeMs <= statSync(`${root}${out}`).mtimeMs,
  );
  if (fresh) return undefined;
  const child = spawnSync(process.execPath, [`${root}scripts/generate.ts`], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  return child.status === 0 ? undefined : 'could not generate src/generated/ (see above)';
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A reader that stopped reading (| head) has what it wanted.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  const failed = ensureGenerated();
  if (failed) {
    process.stderr.write(`kap-check: ${failed}\n`);
    process.exitCode = EXIT.badInput;
  } else {
    const cwd = process.cwd();
    // The policy and sample loaders read relative to the working directory (as npm scripts run
    // them), from the moment they are loaded.
    process.chdir(root);
    const { run } = await import('./run.ts');
    process.exitCode = await run(process.argv.slice(2), {
      cwd,
      root,
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr,
    });
  }
} catch (error) {
  // Not the profile's fault, but exit 1 would read as "a policy failed".
  process.stderr.write(`kap-check: internal error: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = EXIT.badInput;
}
