/** The site's stable URLs, built from policy IDs and versions. A citation depends on them: change none. */

/** The path of a policy's page, e.g. /policies/kap-001/. */
export function policyPath(id: string): string {
  return `/policies/${id.toLowerCase()}/`;
}

/** The path of the page that checks a profile against every policy. */
export function checkPath(): string {
  return '/check/';
}

/** The path of the check page with a sample profile picked, e.g. /check/?sample=northwind-edr. */
export function checkSamplePath(name: string): string {
  return `${checkPath()}?sample=${encodeURIComponent(name)}`;
}

/** The anchor of a requirement on its policy's page, e.g. r1. */
export function requirementAnchor(requirementId: string): string {
  return requirementId.toLowerCase();
}

/** The path of a policy's frozen page for one version, e.g. /policies/kap-001/1.0.0/. */
export function policyVersionPath(id: string, version: string): string {
  return `${policyPath(id)}${version}/`;
}

/** The path of one policy as JSON, e.g. /policies/kap-001.json. */
export function policyJsonPath(id: string): string {
  return `/policies/${id.toLowerCase()}.json`;
}

/** The path of one version of a policy as JSON, e.g. /policies/kap-001/1.0.0.json. */
export function policyVersionJsonPath(id: string, version: string): string {
  return `${policyPath(id)}${version}.json`;
}

/** The path of the comparison of two versions, e.g. /policies/kap-001/compare/1.0.0...1.1.0/. */
export function comparePath(id: string, from: string, to: string): string {
  return `${policyPath(id)}compare/${from}...${to}/`;
}

/** The path of a sample profile's page, e.g. /profiles/contoso-tidewatch/. */
export function samplePath(name: string): string {
  return `/profiles/${name}/`;
}

/** An absolute URL on the site at `site` (an origin such as https://example.org). */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, site).href;
}

/** The path of an area's page, listing its policies, e.g. /policies/area/deployment/. */
export function areaPath(area: string): string {
  return `/policies/area/${area}/`;
}
