import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  blockedByPolicy,
  contentSecurityPolicy,
  inlineScripts,
  scriptHash,
  withPolicyMeta,
} from '../scripts/csp.ts';

const page =
  '<!DOCTYPE html><html><head><meta charset="utf-8"/><script>theme()</script>' +
  '<script type="module">go()</script><script type="module" src="/a.js"></script>' +
  '<script type="application/json">{"data": 1}</script></head><body></body></html>';

test('only the inline scripts that run are hashed', () => {
  assert.deepEqual(inlineScripts(page), ['theme()', 'go()']);
  const expected = createHash('sha256').update('theme()').digest('base64');
  assert.equal(scriptHash('theme()'), `'sha256-${expected}'`);
});

test('the policy allows no eval, no inline script but the hashed, nothing from elsewhere', () => {
  const policy = contentSecurityPolicy([scriptHash('a'), scriptHash('a'), scriptHash('b')]);
  const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '))!;
  assert.equal(scriptSrc.match(/'sha256-/g)?.length, 2);
  assert.doesNotMatch(policy, /'unsafe-eval'|https?:|\*/);
  assert.doesNotMatch(scriptSrc, /unsafe-inline/);
  assert.doesNotMatch(policy, /frame-ancestors/);
  assert.match(contentSecurityPolicy([], true), /frame-ancestors 'none'/);
});

test('the meta goes right after the charset, before any script', () => {
  const html = withPolicyMeta(page, "default-src 'self'");
  assert.ok(
    html.startsWith(
      '<!DOCTYPE html><html><head><meta charset="utf-8"/><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><script>',
    ),
  );
});

test('inline handlers and javascript: links, which the policy would block, are found', () => {
  assert.deepEqual(blockedByPolicy('<button onclick="x()">'), ['an inline onclick handler']);
  assert.deepEqual(blockedByPolicy('<a href="javascript:void 0">'), ['a javascript: URL']);
  assert.deepEqual(blockedByPolicy(page), []);
});
