/** The policy whose page is being rendered, found from the page's entry ID. */
import type { Policy } from '../../engine/evaluate.ts';
import { policyIdOfEntry } from '../../engine/urls.ts';
import { getPolicy } from '../../lib/policy-files.ts';

export function currentPolicy(locals: App.Locals): Policy {
  const entryId = locals.starlightRoute.entry.id;
  const id = policyIdOfEntry(entryId);
  if (!id)
    throw new Error(
      `src/content/docs/${entryId}: policy components belong on pages under policies/kap-NNN`,
    );
  return getPolicy(id);
}
