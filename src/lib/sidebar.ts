/**
 * The sidebar's generated groups. Policies are listed by area page, not one by one, so every
 * page's sidebar stays the same size however many policies there are.
 */
import { AREAS } from './areas.ts';
import { hasPage, loadPolicies, loadSamples } from './policy-files.ts';
import { sampleTitle } from './sample-title.ts';
import { areaPath, samplePath } from '../engine/urls.ts';

/** The index and one link per area that has policies; fails if a policy has no page. */
export function policySidebar() {
  const policies = loadPolicies();
  requirePages(
    policies.map((p) => ({
      source: `src/policies/${p.id}.json`,
      page: `policies/${p.id.toLowerCase()}`,
    })),
  );
  const areas = Object.entries(AREAS)
    .map(([area, label]) => ({
      label,
      count: policies.filter((p) => p.area === area).length,
      area,
    }))
    .filter((a) => a.count > 0)
    .map(({ label, count, area }) => ({
      label,
      link: areaPath(area),
      badge: { text: String(count), variant: 'default' as const },
    }));
  return { label: 'Policies', items: [{ label: 'All policies', link: '/policies/' }, ...areas] };
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
