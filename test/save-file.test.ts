import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_FILE_NAME_LENGTH, safeFileName, slug } from '../src/components/checker/save-file.ts';

test('a slug is words in lower case, accents dropped', () => {
  assert.equal(slug('Contoso', 'Sentinel for Mac', '4.2'), 'contoso-sentinel-for-mac-4-2');
  assert.equal(slug('Tailspin Ünïcode', 'Shield'), 'tailspin-unicode-shield');
  assert.equal(slug('中文', '\u200B'), 'profile');
});

test('a slug from a very long name is cut between words', () => {
  const made = slug('Vendor', 'word '.repeat(500));
  assert.ok(made.length <= 60, made);
  assert.match(made, /^vendor(-word)+$/);
});

test('a file name keeps only safe characters and its extension, and is bounded', () => {
  assert.equal(safeFileName('../../etc/passwd'), 'etc-passwd');
  assert.equal(safeFileName('report\u202Egpj.md'), 'report-gpj.md');
  assert.equal(safeFileName('.hidden.json'), 'hidden.json');
  assert.equal(safeFileName('a\nb\r\tc.json'), 'a-b-c.json');
  const long = safeFileName(`kap-report-${'x'.repeat(600)}-2026-12-01.md`);
  assert.equal(long.length, MAX_FILE_NAME_LENGTH);
  assert.ok(long.endsWith('.md'));
  assert.equal(safeFileName('???'), 'download');
});
