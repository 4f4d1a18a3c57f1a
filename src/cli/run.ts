/** One run of kap-check: arguments in, a report out, and the exit status. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import type { CheckRun, ProfileCheck } from './check-run.ts';
import { checkProfileText } from './check-profile.ts';
import { EXIT } from './exit-status.ts';
import { FORMATS } from './formats/index.ts';
import { helpText, parseOptions } from './options.ts';
import { parsePolicySet, repoPolicySet, type PolicySet } from './policy-set.ts';
import { selectPolicies } from './select.ts';
import { siteUrl } from '../lib/site-url.ts';

/** Larger files are not profiles (nor policy sets); reading them would only take time. */
const MAX_PROFILE_BYTES = 1_000_000;
const MAX_SET_BYTES = 20_000_000;

/** What a run reads from and writes to: the process, or a test's stand-ins. */
export interface Io {
  /** Where the user's relative paths start. */
  cwd: string;
  /** The repo's root, ending in /: the policies, samples and site config are read from there. */
  root: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
}

/** Runs kap-check with these arguments; resolves to the exit status. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const say = (lines: readonly string[]) => {
    if (lines.length > 0) io.stderr.write(lines.map((l) => `kap-check: ${l}\n`).join(''));
  };
  const parsed = parseOptions(argv);
  if (!parsed.ok) {
    say([parsed.message, 'see kap-check --help for the options']);
    return EXIT.badInput;
  }
  const options = parsed.options;
  if (options.help) {
    io.stdout.write(helpText());
    return EXIT.pass;
  }

  const loaded = options.policies ? readPolicySet(options.policies, io) : repoPolicySet();
  if (!loaded.ok) {
    say(loaded.problems);
    return EXIT.badInput;
  }
  const set = loaded.set;
  if (!options.quiet) say(set.warnings);
  if (options.version) {
    io.stdout.write(
      `kap-check ${packageJson.version}\npolicy set ${set.version} from ${set.source} (${set.policies.length} policies)\n`,
    );
    return EXIT.pass;
  }
  if (options.list) {
    io.stdout.write(listText(set));
    return EXIT.pass;
  }
  if (options.profiles.length === 0) {
    say([
      'name at least one profile file, e.g. kap-check profile.json',
      'see kap-check --help for the options',
    ]);
    return EXIT.badInput;
  }
  const selection = selectPolicies(set.policies, options.policy, set.version);
  if (!selection.ok) {
    say(selection.problems);
    return EXIT.badInput;
  }

  const site = siteUrl();
  const now = new Date();
  const checks: ProfileCheck[] = [];
  const problems: string[] = [];
  for (const file of options.profiles) {
    const text = readText(file, io, MAX_PROFILE_BYTES);
    if (!text.ok) {
      problems.push(text.message);
      continue;
    }
    const checked = await checkProfileText({
      file,
      text: text.text,
      policies: selection.selected,
      policySetVersion: set.version,
      site,
      now,
      shareLink: FORMATS[options.format].sharesLink === true,
    });
    if (!options.quiet) say(checked.warnings);
    if (checked.ok) checks.push(checked.check);
    else problems.push(...checked.problems);
  }
  if (problems.length > 0) {
    say([...problems, `nothing was checked: fix the input above (policy set ${set.version})`]);
    return EXIT.badInput;
  }

  const result: CheckRun = {
    tool: { name: 'kap-check', version: packageJson.version, informationUri: `${site}/` },
    policySet: { version: set.version, source: set.source, skipped: selection.skipped },
    checks,
  };
  const color = !options.output && io.stdout.isTTY === true && !io.env.NO_COLOR;
  const report = FORMATS[options.format].format(result, { color });
  if (options.output) {
    try {
      writeFileSync(resolve(io.cwd, options.output), report);
    } catch (error) {
      say([`cannot write ${options.output}: ${reasonOf(error)}`]);
      return EXIT.badInput;
    }
  } else if (!options.quiet) {
    io.stdout.write(report);
  }
  const failed = checks.some((c) => c.report.policies.some((p) => p.result === 'fail'));
  return failed ? EXIT.fail : EXIT.pass;
}

function readPolicySet(file: string, io: Io): ReturnType<typeof parsePolicySet> {
  const text = readText(file, io, MAX_SET_BYTES);
  return text.ok ? parsePolicySet(file, text.text) : { ok: false, problems: [text.message] };
}

/** A file's text, without the byte order mark some editors write first. */
function readText(
  file: string,
  io: Io,
  maxBytes: number,
): { ok: true; text: string } | { ok: false; message: string } {
  const path = resolve(io.cwd, file);
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return { ok: false, message: `cannot read ${file}: not a file` };
    if (stats.size > maxBytes)
      return {
        ok: false,
        message: `${file} is ${Math.round(stats.size / 1000)} kB: too large (at most ${maxBytes / 1000} kB)`,
      };
    return { ok: true, text: readFileSync(path, 'utf8').replace(/^\ufeff/, '') };
  } catch (error) {
    return { ok: false, message: `cannot read ${file}: ${reasonOf(error)}` };
  }
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of the path is not a directory',
  };
  return (code && words[code]) ?? (error as Error).message;
}

/** The policies of a set, one a line: ID, version, status and title. */
function listText(set: PolicySet): string {
  const lines = set.policies.map((p) => {
    const retired =
      p.status === 'superseded' || p.status === 'withdrawn' ? '  (checked only when named)' : '';
    const by = p.supersededBy ? ` by ${p.supersededBy}` : '';
    return `${p.id}  ${p.version.padEnd(7)}  ${(p.status + by).padEnd(22)}  ${p.title}${retired}`;
  });
  return `Policy set ${set.version} from ${set.source}: ${set.policies.length} policies\n${lines.join('\n')}\n`;
}
