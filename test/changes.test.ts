// The change log and its Atom feed, parsed by an XML parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DOMParser } from '@xmldom/xmldom';
import { atomFeed, newestFirst, type ChangeEntry } from '../src/engine/changes.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const entries: ChangeEntry[] = [
  {
    policyId: 'KAP-001',
    title: 'Kernel footprint',
    version: '1.0.0',
    date: '2026-11-24',
    change: 'First.',
    url: 'https://p.example/policies/kap-001/1.0.0/',
  },
  {
    policyId: 'KAP-012',
    title: 'Crash data & "telemetry" <v2>',
    version: '0.10.0',
    date: '2026-12-02',
    change: 'R3 & R4 < 1.',
    url: 'https://p.example/policies/kap-012/0.10.0/',
  },
  {
    policyId: 'KAP-012',
    title: 'Crash data',
    version: '0.9.0',
    date: '2026-12-02',
    change: 'Earlier that day.',
    url: 'https://p.example/policies/kap-012/0.9.0/',
  },
];
const feed = {
  title: 'Kernel Access Policies: changes',
  url: 'https://p.example/changes.xml',
  pageUrl: 'https://p.example/changes/',
  author: 'Kernel Access Policies',
};

test('changes are listed newest first, a later version first on the same day', () => {
  assert.deepEqual(
    newestFirst(entries).map((e) => `${e.policyId} ${e.version}`),
    ['KAP-012 0.10.0', 'KAP-012 0.9.0', 'KAP-001 1.0.0'],
  );
});

test('the Atom feed parses, with the required elements of the feed and of every entry', () => {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => errors.push(`${level}: ${message}`),
  }).parseFromString(atomFeed(entries, feed), 'application/xml');
  assert.deepEqual(errors, []);
  const root = doc.documentElement!;
  assert.equal(root.namespaceURI, ATOM);
  assert.equal(root.localName, 'feed');
  const child = (el: any, name: string) => el.getElementsByTagNameNS(ATOM, name)[0];
  assert.equal(child(root, 'id').textContent, feed.url);
  assert.equal(child(root, 'updated').textContent, '2026-12-02T00:00:00Z');
  assert.equal(child(child(root, 'author'), 'name').textContent, 'Kernel Access Policies');
  const items = Array.from(root.getElementsByTagNameNS(ATOM, 'entry')) as any[];
  assert.equal(items.length, 3);
  const [first] = items;
  assert.equal(child(first, 'title').textContent, 'KAP-012 0.10.0: Crash data & "telemetry" <v2>');
  assert.equal(child(first, 'summary').textContent, 'R3 & R4 < 1.');
  assert.equal(child(first, 'id').textContent, 'https://p.example/policies/kap-012/0.10.0/');
  assert.equal(
    child(first, 'link').getAttribute('href'),
    'https://p.example/policies/kap-012/0.10.0/',
  );
  for (const item of items)
    assert.match(child(item, 'updated').textContent, /^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
});
