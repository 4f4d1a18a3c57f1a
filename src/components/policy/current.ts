/**
 * The policy a policy page shows: the current file on /policies/kap-001/ (found from its docs
 * entry), or the frozen release on /policies/kap-001/1.0.0/ (whose page says so in
 * `locals.policyPage`; its archived prose uses the same components).
 */
import type { Policy } from '../../engine/evaluate.ts';
import { getPolicy } from '../../lib/policy-files.ts';
import { getRelease } from '../../lib/policy-releases.ts';
import { policyPageOfRoute } from '../../lib/page-keys.ts';

export interface PolicyPage {
  /** The version the page shows. */
  policy: Policy;
  /** The policy's current version. */
  latest: Policy;
  /** Whether the page is a frozen release's page, which never changes. */
  frozen: boolean;
}

export function currentPolicyPage(locals: App.Locals): PolicyPage {
  const routeId = locals.policyPage ? '' : locals.starlightRoute.entry.id;
  const key = locals.policyPage ?? policyPageOfRoute(routeId);
  if (!key)
    throw new Error(
      `src/content/docs/${routeId}: policy components belong on pages under policies/kap-NNN`,
    );
  const latest = getPolicy(key.id);
  if (!key.version) return { policy: latest, latest, frozen: false };
  return { policy: getRelease(key.id, key.version).policy, latest, frozen: true };
}

export function currentPolicy(locals: App.Locals): Policy {
  return currentPolicyPage(locals).policy;
}
