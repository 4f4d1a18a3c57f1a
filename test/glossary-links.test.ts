import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkFirstUses } from '../src/lib/glossary-links.ts';
import { loadGlossary } from '../src/lib/glossary.ts';

const source = [{ title: 's', url: 'https://example.com' }];
const terms = [
  {
    id: 'channel-file',
    term: 'Channel file',
    matches: ['channel file', 'channel files'],
    definition: 'A content file.',
    sources: source,
  },
  {
    id: 'kernel-driver',
    term: 'Kernel driver',
    matches: ['kernel driver'],
    definition: 'Code in the kernel.',
    sources: source,
  },
  { id: 'driver', term: 'Driver', matches: ['driver'], definition: 'A driver.', sources: source },
];
const links = (segments: ReturnType<typeof linkFirstUses>) =>
  (segments ?? [])
    .filter((s) => s.type === 'link')
    .map((s) => `${s.value}→${s.type === 'link' ? s.term.id : ''}`);

test('each term links at its first use only, keeping the text as written', () => {
  const linked = new Set<string>();
  const first = linkFirstUses('A Channel File reached the kernel driver.', terms, linked);
  assert.deepEqual(links(first), ['Channel File→channel-file', 'kernel driver→kernel-driver']);
  assert.equal(
    (first ?? []).map((s) => s.value).join(''),
    'A Channel File reached the kernel driver.',
  );
  assert.equal(linkFirstUses('Every channel file again.', terms, linked), undefined);
});

test('the longer phrase wins where two start together; the shorter term links at its own first use', () => {
  assert.deepEqual(
    links(linkFirstUses('The kernel driver loaded; the driver crashed.', terms, new Set())),
    ['kernel driver→kernel-driver', 'driver→driver'],
  );
});

test('words are matched whole', () => {
  assert.equal(linkFirstUses('subdrivers and driver-less hosts', terms, new Set()), undefined);
});

test('the glossary file is valid: ids, phrases, definitions, sources', () => {
  const glossary = loadGlossary();
  assert.ok(glossary.length >= 30);
  for (const t of glossary) assert.ok(t.matches.length > 0 && t.sources.length > 0, t.id);
});
