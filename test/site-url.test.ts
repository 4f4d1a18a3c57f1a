// The one setting behind every absolute URL, and the URLs built from IDs alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SITE_URL, siteUrl } from '../src/lib/site-url.ts';
import { policyPageOfRoute } from '../src/lib/page-keys.ts';
import {
  absoluteUrl,
  comparePath,
  policyJsonPath,
  policyVersionJsonPath,
  policyVersionPath,
} from '../src/engine/urls.ts';

test('SITE_URL is the origin of every absolute URL; unset, it is where npm start serves the site', () => {
  assert.equal(siteUrl(undefined), DEFAULT_SITE_URL);
  assert.equal(siteUrl('  '), DEFAULT_SITE_URL);
  assert.equal(siteUrl('https://policies.example.org/'), 'https://policies.example.org');
  assert.equal(
    absoluteUrl(siteUrl('https://policies.example.org'), policyVersionPath('KAP-001', '1.0.0')),
    'https://policies.example.org/policies/kap-001/1.0.0/',
  );
});

test('a SITE_URL that is not an http(s) origin is refused, saying why', () => {
  assert.throws(
    () => siteUrl('policies.example.org'),
    /SITE_URL "policies\.example\.org" is not a URL/,
  );
  assert.throws(() => siteUrl('ftp://policies.example.org'), /must start with https:\/\//);
  assert.throws(() => siteUrl('https://example.org/kap/'), /must be an origin only/);
});

test('versioned URLs are built from the policy ID and version', () => {
  assert.equal(policyJsonPath('KAP-001'), '/policies/kap-001.json');
  assert.equal(policyVersionJsonPath('KAP-001', '1.0.0'), '/policies/kap-001/1.0.0.json');
  assert.equal(
    comparePath('KAP-001', '1.0.0', '1.1.0'),
    '/policies/kap-001/compare/1.0.0...1.1.0/',
  );
});

test('a page route names its policy and version, or nothing', () => {
  assert.deepEqual(policyPageOfRoute('policies/kap-001'), { id: 'KAP-001' });
  assert.deepEqual(policyPageOfRoute('policies/kap-001/1.0.0'), {
    id: 'KAP-001',
    version: '1.0.0',
  });
  assert.equal(policyPageOfRoute('policies'), undefined);
  assert.equal(policyPageOfRoute('policies/kap-001/compare/1.0.0...1.1.0'), undefined);
});
