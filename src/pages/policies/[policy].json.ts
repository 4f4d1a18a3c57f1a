// One policy, current version, as machine-readable JSON: the same object as in /policies.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Policy } from '../../engine/evaluate.ts';
import { loadPolicies } from '../../lib/policy-files.ts';

export const getStaticPaths: GetStaticPaths = () =>
  loadPolicies().map((policy) => ({
    params: { policy: policy.id.toLowerCase() },
    props: { policy },
  }));

export const GET: APIRoute<{ policy: Policy }> = ({ props }) =>
  new Response(JSON.stringify(props.policy, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
