/** The site's stable URLs. A citation depends on them: change none. */

/** The path of a policy's page, e.g. /policies/kap-001/. */
export function policyPath(id: string): string {
  return `/policies/${id.toLowerCase()}/`;
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
