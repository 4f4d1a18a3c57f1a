// kap-check's options are data: parsing and --help both come from one table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FORMATS } from '../src/cli/formats/index.ts';
import { helpText, OPTIONS, parseOptions } from '../src/cli/options.ts';

test('profiles, repeated and comma-separated policies, short and long flags', () => {
  const parsed = parseOptions([
    'a.json',
    '-p',
    'KAP-001,KAP-002',
    '--policy=KAP-003',
    'b.json',
    '-f',
    'sarif',
    '-q',
  ]);
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.options, {
    profiles: ['a.json', 'b.json'],
    policy: ['KAP-001', 'KAP-002', 'KAP-003'],
    policies: undefined,
    format: 'sarif',
    output: undefined,
    quiet: true,
    list: false,
    version: false,
    help: false,
  });
});

test('text is the format when none is given; -- ends the options', () => {
  const parsed = parseOptions(['--', '--odd-name.json']);
  assert.ok(parsed.ok);
  assert.equal(parsed.options.format, 'text');
  assert.deepEqual(parsed.options.profiles, ['--odd-name.json']);
});

test('a bad option says which, with the one probably meant', () => {
  assert.deepEqual(parseOptions(['--polcy', 'KAP-001']), {
    ok: false,
    message: 'unknown option --polcy; did you mean --policy?',
  });
  assert.deepEqual(parseOptions(['-x']), { ok: false, message: 'unknown option -x' });
  assert.deepEqual(parseOptions(['--format=']), {
    ok: false,
    message: '--format needs a value: --format <name>',
  });
});

test('--help lists every option and every format from their tables', () => {
  const help = helpText();
  for (const option of OPTIONS) {
    assert.ok(help.includes(`--${option.name}`), option.name);
    assert.ok(help.includes(option.description), option.name);
  }
  for (const [name, format] of Object.entries(FORMATS))
    assert.match(
      help,
      new RegExp(`^  ${name} +${format.description.replace(/[()]/g, '\\$&')}$`, 'm'),
    );
});
