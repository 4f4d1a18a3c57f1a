// The policy set as an OSCAL catalog, valid against NIST's catalog schema 1.0.6.
import type { APIRoute } from 'astro';
import { oscalCatalog } from '../../engine/oscal-catalog.ts';
import { AREAS } from '../../lib/areas.ts';
import { loadPolicies } from '../../lib/policy-files.ts';
import { policySetVersion } from '../../lib/policy-set.ts';
import { SITE_TITLE } from '../../lib/site-title.ts';
import { uuidV5 } from '../../lib/uuid.ts';

export const GET: APIRoute = ({ site }) => {
  const policies = loadPolicies();
  const catalog = oscalCatalog({
    policies,
    areas: AREAS,
    site: { origin: site!.origin, title: SITE_TITLE },
    version: policySetVersion(policies),
    uuid: (name) => uuidV5(`${site!.origin}/oscal/catalog.json#${name}`),
  });
  return new Response(JSON.stringify(catalog, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
