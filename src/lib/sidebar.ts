/** The sidebar's generated groups: policies by area, and the sample profiles, from their files. */
import { AREAS } from './areas.ts';
import { hasPage, loadPolicies, loadSamples } from './policy-files.ts';
import { sampleTitle } from './sample-title.ts';
import { policyPath, samplePath } from '../engine/urls.ts';

/** Policies grouped by area, in the areas' order; fails if a policy has no page. */
export function policySidebar() {
  const policies = loadPolicies();
  requirePages(
    policies.map((p) => ({
      source: `src/policies/${p.id}.json`,
      page: `policies/${p.id.toLowerCase()}`,
    })),
  );
  const groups = Object.entries(AREAS)
    .map(([area, label]) => ({
      label,
      items: policies
        .filter((p) => p.area === area)
        .map((p) => ({ label: `${p.id} ${p.title}`, link: policyPath(p.id) })),
    }))
    .filter((group) => group.items.length > 0);
  return { label: 'Policies', items: [{ label: 'All policies', link: '/policies/' }, ...groups] };
}

/** The profile format and each sample; fails if a sample has no page. */
export function profileSidebar() {
  const samples = loadSamples();
  requirePages(
    samples.map((s) => ({
      source: `src/profiles/samples/${s.name}.json`,
      page: `profiles/${s.name}`,
    })),
  );
  return {
    label: 'Profiles',
    items: [
      { label: 'Profile format', link: '/profiles/' },
      {
        label: 'Sample profiles',
        items: samples.map((s) => ({ label: sampleTitle(s.profile), link: samplePath(s.name) })),
      },
    ],
  };
}

function requirePages(expected: { source: string; page: string }[]): void {
  const missing = expected.filter((e) => !hasPage(e.page));
  if (missing.length > 0)
    throw new Error(
      missing
        .map((m) => `${m.source} has no page: write src/content/docs/${m.page}.mdx`)
        .join('\n'),
    );
}
