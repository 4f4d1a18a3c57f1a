// The machine-readable policy set: every policy as in its source file, rules included.
import type { APIRoute } from 'astro';
import { loadPolicies } from '../lib/policy-files.ts';
import { policySetVersion } from '../lib/policy-set.ts';

export const GET: APIRoute = () => {
  const policies = loadPolicies();
  const body = {
    schemaVersion: 1,
    version: policySetVersion(policies),
    generated: new Date().toISOString(),
    policies,
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
