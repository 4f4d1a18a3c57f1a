// The profile's JSON Schema, as the source in src/profiles/ holds it.
import type { APIRoute } from 'astro';
import profileSchema from '../../profiles/vendor-profile.v1.json';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(profileSchema, null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
