import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeShareFragment, encodeShareFragment } from '../src/engine/share-link.ts';
import { isShareFragment } from '../src/engine/share-fragment.ts';
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

/** A fragment carrying `bytes` as its packed payload, as a hostile link would. */
async function fragmentOf(packed: Uint8Array, version = 'v'): Promise<string> {
  let binary = '';
  for (const byte of packed) binary += String.fromCharCode(byte);
  const payload = btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
  return `profile=1.${version}.${payload}`;
}

test('a small link that would unpack past the limit stops there and says so', async () => {
  // 100 MB of spaces packs into about 100 KB.
  const stream = new Blob([new Uint8Array(100_000_000).fill(32)])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  const packed = new Uint8Array(await new Response(stream).arrayBuffer());
  const decoded = await decodeShareFragment(await fragmentOf(packed));
  assert.equal(decoded.ok, false);
  assert.match(
    decoded.ok ? '' : decoded.message,
    /unpacks to more than 1,000,000 bytes, the most the checker reads/,
  );
});

test('a link whose policy set version is not one this site writes keeps the profile but not the version', async () => {
  const fragment = await encodeShareFragment('{}', '<img src=x onerror=alert(1)>');
  const decoded = await decodeShareFragment(fragment);
  assert.deepEqual(decoded, { ok: true, text: '{}', policySetVersion: null });
  const badEscape = (await encodeShareFragment('{}', 'v')).replace('.v.', '.%E0%A4%A.');
  assert.deepEqual(await decodeShareFragment(badEscape), {
    ok: true,
    text: '{}',
    policySetVersion: null,
  });
});

test('a payload with characters outside base64url or extra parts is damaged', async () => {
  for (const fragment of ['profile=1.v.ab$cd', 'profile=1.v.abc.def', 'profile=1.v.%%%']) {
    const decoded = await decodeShareFragment(fragment);
    assert.match(decoded.ok ? '' : decoded.message, /damaged/, fragment);
  }
});

test('an unknown format number is quoted only if it is a plain number', async () => {
  const decoded = await decodeShareFragment(`profile=${'<b>'.repeat(50)}.v.abc`);
  assert.match(decoded.ok ? '' : decoded.message, /\(format unreadable\)/);
});
