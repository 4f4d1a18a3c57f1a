/** The site's stable URLs. A citation depends on them: change none. */

/** The path of a policy's page, e.g. /policies/kap-001/. */
export function policyPath(id: string): string {
  return `/policies/${id.toLowerCase()}/`;
}

/** The path of the page that checks a profile against every policy. */
export function checkPath(): string {
  return '/check/';
}

/** The anchor of a requirement on its policy's page, e.g. r1. */
export function requirementAnchor(requirementId: string): string {
  return requirementId.toLowerCase();
}

/** The policy ID a docs entry is the page of, from its ID (e.g. policies/kap-001), if any. */
export function policyIdOfEntry(entryId: string): string | undefined {
  const match = /^policies\/(kap-\d{3})$/.exec(entryId);
  return match?.[1]?.toUpperCase();
}

/** The path of a sample profile's page, e.g. /profiles/contoso-sentinel/. */
export function samplePath(name: string): string {
  return `/profiles/${name}/`;
}

/** The sample a docs entry is the page of, from its ID (e.g. profiles/contoso-sentinel), if any. */
export function sampleNameOfEntry(entryId: string): string | undefined {
  return /^profiles\/([a-z0-9-]+)$/.exec(entryId)?.[1];
}
