/** kap-check's command line: the options as data, their parsing, and the help made from them. */
import { parseArgs } from 'node:util';
import { closest } from '../engine/suggest.ts';
import { DEFAULT_FORMAT, FORMAT_NAMES, FORMATS, type FormatName } from './formats/index.ts';

interface OptionSpec {
  name: string;
  short?: string;
  /** The value's placeholder in --help; an option without one is a switch. */
  value?: string;
  multiple?: boolean;
  description: string;
}

export const OPTIONS: readonly OptionSpec[] = [
  {
    name: 'policy',
    short: 'p',
    value: 'ID',
    multiple: true,
    description:
      'check only this policy (repeat it, or separate IDs with commas); a superseded or withdrawn policy is checked only when named',
  },
  {
    name: 'policies',
    value: 'file',
    description:
      "check against this policy set (a policies.json downloaded from the site) instead of the repo's current one",
  },
  {
    name: 'format',
    short: 'f',
    value: 'name',
    description: `the output format (see below; ${DEFAULT_FORMAT} if not given)`,
  },
  { name: 'output', short: 'o', value: 'file', description: 'write the report to this file' },
  {
    name: 'quiet',
    short: 'q',
    description:
      'print nothing on standard output and no warnings: the exit code gives the verdict (bad input is still reported)',
  },
  { name: 'list', description: 'list the policies in the set, with their versions and status' },
  { name: 'version', description: "print the tool's version and the policy set's version" },
  { name: 'help', short: 'h', description: 'print this help' },
];

export interface CliOptions {
  profiles: string[];
  policy: string[];
  policies?: string;
  format: FormatName;
  output?: string;
  quiet: boolean;
  list: boolean;
  version: boolean;
  help: boolean;
}

export type ParsedOptions = { ok: true; options: CliOptions } | { ok: false; message: string };

/** Reads the arguments; a bad one gives a message saying which, with a likely meant one. */
export function parseOptions(argv: readonly string[]): ParsedOptions {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(
      OPTIONS.map((o) => [
        o.name,
        {
          type: o.value ? 'string' : 'boolean',
          ...(o.short ? { short: o.short } : {}),
          ...(o.multiple ? { multiple: true } : {}),
        } as const,
      ]),
    ),
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = OPTIONS.find((o) => o.name === token.name);
    if (!spec) {
      const meant = closest(
        token.name,
        OPTIONS.map((o) => o.name),
      );
      return fail(`unknown option ${token.rawName}${meant ? `; did you mean --${meant}?` : ''}`);
    }
    if (spec.value && (token.value === undefined || token.value === ''))
      return fail(`${token.rawName} needs a value: ${token.rawName} <${spec.value}>`);
    if (!spec.value && token.value !== undefined)
      return fail(`${token.rawName} takes no value (given "${token.value}")`);
  }
  const format = (values.format as string | undefined) ?? DEFAULT_FORMAT;
  if (!(format in FORMATS)) {
    const meant = closest(format, FORMAT_NAMES);
    return fail(
      `unknown format "${format}"${meant ? `; did you mean ${meant}?` : ''} (formats: ${FORMAT_NAMES.join(', ')})`,
    );
  }
  return {
    ok: true,
    options: {
      profiles: positionals,
      policy: ((values.policy as string[] | undefined) ?? []).flatMap((v) => v.split(',')),
      policies: values.policies as string | undefined,
      format: format as FormatName,
      output: values.output as string | undefined,
      quiet: values.quiet === true,
      list: values.list === true,
      version: values.version === true,
      help: values.help === true,
    },
  };
}

function fail(message: string): ParsedOptions {
  return { ok: false, message };
}

/** The --help text, made from the options and formats above. */
export function helpText(): string {
  const flag = (o: OptionSpec) =>
    `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.value ? ` <${o.value}>` : ''}`;
  const width = Math.max(...OPTIONS.map((o) => flag(o).length));
  const formatWidth = Math.max(...FORMAT_NAMES.map((n) => n.length));
  return [
    'Usage: kap-check <profile.json ...> [options]',
    '       kap-check --list | --version [--policies <file>]',
    '',
    'Checks vendor profiles against the Kernel Access Policies, with the same engine as the site.',
    '',
    'Options:',
    ...OPTIONS.map((o) => `  ${flag(o).padEnd(width)}  ${o.description}`),
    '',
    'Formats:',
    ...FORMAT_NAMES.map((n) => `  ${n.padEnd(formatWidth)}  ${FORMATS[n].description}`),
    '',
    'Exit status: 0 when every policy checked passes for every profile (SHOULDs not met are',
    'advisories), 1 when any fails, 2 for bad input: an unreadable file, invalid JSON, a profile or',
    'policy set that breaks its schema, an unknown policy ID or option.',
    '',
  ].join('\n');
}
