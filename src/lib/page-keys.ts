/**
 * Which policy, version or sample a page shows, from its Starlight route ID (the docs entry's ID,
 * or the path of a page made with <StarlightPage>). The engine builds URLs from IDs alone; only
 * the site knows how its pages are named.
 */

/** A policy page: the current one, or the frozen page of one released version. */
export interface PolicyPageKey {
  id: string;
  version?: string;
}

/** The policy a route shows, from IDs such as policies/kap-001 or policies/kap-001/1.0.0, if any. */
export function policyPageOfRoute(routeId: string): PolicyPageKey | undefined {
  const match = /^policies\/(kap-\d{3})(?:\/(\d+\.\d+\.\d+))?$/.exec(routeId);
  if (!match) return undefined;
  return match[2]
    ? { id: match[1]!.toUpperCase(), version: match[2] }
    : { id: match[1]!.toUpperCase() };
}

/** The sample a docs entry is the page of, from its ID (e.g. profiles/contoso-tidewatch), if any. */
export function sampleNameOfEntry(entryId: string): string | undefined {
  return /^profiles\/([a-z0-9-]+)$/.exec(entryId)?.[1];
}
