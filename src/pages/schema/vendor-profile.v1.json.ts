// The profile's JSON Schema as the source in src/profiles/ holds it, its $id at its published URL.
import type { APIRoute } from 'astro';
import profileSchema from '../../profiles/vendor-profile.v1.json';
import { absoluteUrl } from '../../engine/urls.ts';

export const GET: APIRoute = ({ site, url }) =>
  new Response(
    JSON.stringify({ ...profileSchema, $id: absoluteUrl(site!.origin, url.pathname) }, null, 2),
    { headers: { 'Content-Type': 'application/schema+json' } },
  );
