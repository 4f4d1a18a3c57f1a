// One released version of a policy, as frozen in src/policies/history/: it never changes.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Policy } from '../../../engine/evaluate.ts';
import { siteReleases } from '../../../lib/policy-releases.ts';

export const getStaticPaths: GetStaticPaths = () =>
  [...siteReleases().values()].flat().map((release) => ({
    params: { policy: release.id.toLowerCase(), version: release.version },
    props: { policy: release.policy },
  }));

export const GET: APIRoute<{ policy: Policy }> = ({ props }) =>
  new Response(JSON.stringify(props.policy, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
