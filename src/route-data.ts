/**
 * Route data for policy pages: the title and description come from the policy file, the one
 * source of a policy's metadata; the page's frontmatter title is only its ID.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getPolicy } from './lib/policy-files.ts';
import { policyIdOfEntry } from './engine/urls.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const { entry } = context.locals.starlightRoute;
  const id = policyIdOfEntry(entry.id);
  if (!id) return;
  if (entry.data.title !== id) throw new Error(`src/content/docs/${entry.id}.mdx: its frontmatter title must be the policy ID "${id}"`);
  const policy = getPolicy(id);
  entry.data.title = `${policy.id}: ${policy.title}`;
  entry.data.description = policy.summary;
});
