// The policy file format's JSON Schema, its $id at its published URL.
import type { APIRoute } from 'astro';
import policySchema from '../../policies/policy.schema.json';
import { absoluteUrl } from '../../engine/urls.ts';

export const GET: APIRoute = ({ site, url }) =>
  new Response(
    JSON.stringify({ ...policySchema, $id: absoluteUrl(site!.origin, url.pathname) }, null, 2),
    { headers: { 'Content-Type': 'application/schema+json' } },
  );
