// Runs kap-check as a user would: bin/kap-check.js in a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SAMPLES = `${ROOT}src/profiles/samples/`;

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs kap-check with these arguments; by default with this Node, from the repo root, without NO_COLOR. */
export function kapCheck(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; node?: string; bin?: string } = {},
): Ran {
  const env = { ...process.env, ...options.env };
  if (!options.env?.NO_COLOR) delete env.NO_COLOR;
  const ran = spawnSync(
    options.node ?? process.execPath,
    [options.bin ?? `${ROOT}bin/kap-check.js`, ...args],
    {
      cwd: options.cwd ?? ROOT,
      env,
      encoding: 'utf8',
    },
  );
  return { status: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}

const made: string[] = [];
process.on('exit', () => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh temporary directory, removed when the test file's process ends. */
export function tempDir(): string {
  const dir = mkdtempSync(`${tmpdir()}/kap-check-test-`);
  made.push(dir);
  return dir;
}

/** Writes `text` (or `value` as JSON) to a new file in a temporary directory; returns its path. */
export function tempFile(name: string, content: unknown, dir = tempDir()): string {
  const path = `${dir}/${name}`;
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}
