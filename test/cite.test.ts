// Citations in each format: what they name, and that real tools read them back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from '@retorquere/bibtex-parser';
import { Ajv } from 'ajv';
import { cite, citationSource, type CitationSource } from '../src/engine/cite.ts';

const requirement: CitationSource = {
  publisher: 'Kernel Access Policies',
  policyId: 'KAP-001',
  requirementId: 'R2',
  title: 'Kernel footprint of endpoint-security products',
  version: '1.0.0',
  status: 'accepted',
  date: '2026-11-24',
  url: 'https://policies.example.org/policies/kap-001/1.0.0/#r2',
};
const policy: CitationSource = {
  ...requirement,
  requirementId: undefined,
  url: 'https://policies.example.org/policies/kap-001/1.0.0/',
};
/** A title with every character LaTeX and Markdown treat specially. */
const awkward: CitationSource = {
  ...requirement,
  title: 'Rings & rollbacks: 100% of {content} in $HOME_dir #1 ~ ^ \\ [eBPF] *now* <b>',
};
const ACCESSED = '2026-12-02';

const validateCsl = new Ajv({ strict: false }).compile(
  JSON.parse(readFileSync('test/fixtures/csl-data.json', 'utf8')),
);

test('plain text names the requirement, title, version, status, date, versioned URL and date accessed', () => {
  assert.equal(
    cite('text', requirement, ACCESSED),
    'Kernel Access Policies. KAP-001-R2: Kernel footprint of endpoint-security products. Version 1.0.0 (accepted), 2026-11-24. https://policies.example.org/policies/kap-001/1.0.0/#r2 (accessed 2026-12-02).',
  );
  assert.match(cite('text', policy, ACCESSED), /^Kernel Access Policies\. KAP-001: Kernel/);
});

test('Markdown links the title to the versioned URL and escapes Markdown in the title', () => {
  assert.equal(
    cite('markdown', requirement, ACCESSED),
    'Kernel Access Policies. [KAP-001-R2: Kernel footprint of endpoint-security products](https://policies.example.org/policies/kap-001/1.0.0/#r2). Version 1.0.0 (accepted), 2026-11-24. Accessed 2026-12-02.',
  );
  const text = cite('markdown', { ...awkward, url: 'https://x.example/a (b)/' }, ACCESSED);
  assert.match(text, /\\\[eBPF\\\] \\\*now\\\* \\<b\\>/);
  assert.match(text, /\]\(https:\/\/x\.example\/a%20%28b%29\/\)/);
});

test('BibTeX is a @misc entry that a BibTeX parser reads back field by field', () => {
  const library = parse(cite('bibtex', requirement, ACCESSED));
  assert.deepEqual(library.errors, []);
  const [entry] = library.entries;
  assert.equal(entry?.type, 'misc');
  assert.equal(entry?.key, 'KAP-001-R2-v1.0.0');
  assert.equal(entry?.fields.title, 'KAP-001-R2: Kernel footprint of endpoint-security products');
  assert.deepEqual(entry?.fields.author, [{ name: 'Kernel Access Policies' }]);
  assert.equal(entry?.fields.version, '1.0.0');
  assert.equal(entry?.fields.date, '2026-11-24');
  assert.equal(entry?.fields.year, '2026');
  assert.equal(entry?.fields.month, '11');
  assert.equal(entry?.fields.note, 'Status: accepted');
  assert.equal(entry?.fields.url, requirement.url);
  assert.equal(entry?.fields.urldate, ACCESSED);
});

test('BibTeX escapes braces and special characters, so the parser gives the title back exactly', () => {
  const text = cite('bibtex', awkward, ACCESSED);
  assert.match(text, /Rings \\& rollbacks: 100\\% of \\\{content\\\} in \\\$HOME\\_dir \\#1/);
  const library = parse(text);
  assert.deepEqual(library.errors, []);
  assert.equal(library.entries[0]?.fields.title, `KAP-001-R2: ${awkward.title}`);
});

test('CSL-JSON is valid against the CSL data schema and carries the version, status and dates', () => {
  for (const source of [requirement, policy, awkward]) {
    const items = JSON.parse(cite('csl-json', source, ACCESSED));
    assert.ok(validateCsl(items), JSON.stringify(validateCsl.errors));
  }
  const [item] = JSON.parse(cite('csl-json', requirement, ACCESSED));
  assert.deepEqual(item, {
    id: 'KAP-001-R2-v1.0.0',
    type: 'standard',
    title: 'KAP-001-R2: Kernel footprint of endpoint-security products',
    author: [{ literal: 'Kernel Access Policies' }],
    publisher: 'Kernel Access Policies',
    number: 'KAP-001-R2',
    version: '1.0.0',
    status: 'accepted',
    issued: { 'date-parts': [[2026, 11, 24]] },
    accessed: { 'date-parts': [[2026, 12, 2]] },
    URL: requirement.url,
  });
});

test('a citation is of the version and its date, at the versioned URL on the given site', () => {
  const source = citationSource(
    {
      id: 'KAP-012',
      title: 'Crash telemetry',
      version: '0.4.0',
      status: 'draft',
      updated: '2026-12-09',
      history: [{ version: '0.4.0', date: '2026-11-24', change: 'First draft.' }],
    },
    { origin: 'https://policies.example.org', title: 'Kernel Access Policies' },
    'R3',
  );
  assert.equal(source.url, 'https://policies.example.org/policies/kap-012/0.4.0/#r3');
  assert.equal(source.date, '2026-11-24');
});

test('a date that is not YYYY-MM-DD is refused, naming it', () => {
  assert.throws(() => cite('text', requirement, '2/12/2026'), /"2\/12\/2026" is not a date/);
});
