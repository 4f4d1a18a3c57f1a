/** The sidebar's policy group, generated from the policy files. */
import { hasPolicyPage, loadPolicies } from './policy-files.ts';
import { policyPath } from '../engine/urls.ts';

export function policySidebar() {
  const missing = loadPolicies().filter((p) => !hasPolicyPage(p.id));
  if (missing.length > 0) {
    throw new Error(missing.map((p) => `src/policies/${p.id}.json has no page: write src/content/docs/policies/${p.id.toLowerCase()}.mdx`).join('\n'));
  }
  return {
    label: 'Policies',
    items: [
      { label: 'All policies', link: '/policies/' },
      ...loadPolicies().map((p) => ({ label: `${p.id} ${p.title}`, link: policyPath(p.id) })),
    ],
  };
}
