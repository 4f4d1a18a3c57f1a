/** The sidebar's policy group, generated from the policy files. */
import { loadPolicies } from './policy-files.ts';
import { policyPath } from '../engine/urls.ts';

export function policySidebar() {
  return {
    label: 'Policies',
    items: [
      { label: 'All policies', link: '/policies/' },
      ...loadPolicies().map((p) => ({ label: `${p.id} ${p.title}`, link: policyPath(p.id) })),
    ],
  };
}
