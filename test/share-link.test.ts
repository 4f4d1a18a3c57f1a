import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  decodeShareFragment,
  encodeShareFragment,
  isShareFragment,
} from '../src/engine/share-link.ts';
import { loadSamples } from '../src/lib/policy-files.ts';

test('a share fragment round-trips the exact text, broken JSON and non-ASCII included', async () => {
  for (const text of ['{\n  "vendor": "Tailspin Ünïcode ✓"\n}', '{ "not": json', '']) {
    const fragment = await encodeShareFragment(text, '2026-11-24+abcd1234');
    assert.ok(isShareFragment(`#${fragment}`));
    assert.deepEqual(await decodeShareFragment(`#${fragment}`), {
      ok: true,
      text,
      policySetVersion: '2026-11-24+abcd1234',
    });
  }
});

test('links for every sample stay under 2,000 characters', async () => {
  for (const { name, profile } of loadSamples()) {
    const url = `https://kernel-access-policies.example/check/#${await encodeShareFragment(JSON.stringify(profile, null, 2), '2026-11-24+abcd1234')}`;
    assert.ok(url.length < 2000, `${name}: ${url.length} characters`);
  }
});

test('a damaged or unknown link says so', async () => {
  const fragment = await encodeShareFragment('{"a": 1}', 'v');
  const damaged = await decodeShareFragment(fragment.slice(0, -6));
  assert.match(damaged.ok ? '' : damaged.message, /damaged/);
  const unknown = await decodeShareFragment('profile=9.v.abc');
  assert.equal(unknown.ok, false);
  assert.match(unknown.ok ? '' : unknown.message, /format 9/);
});
