/**
 * Route data for policy pages: the title and description come from the policy file, the one
 * source of a policy's metadata; the page's frontmatter title is only its ID.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getPolicy } from './lib/policy-files.ts';
import { policyIdOfEntry } from './engine/urls.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const id = policyIdOfEntry(route.entry.id);
  if (!id) return;
  if (route.entry.data.title !== id) throw new Error(`src/content/docs/${route.entry.id}.mdx: its frontmatter title must be the policy ID "${id}"`);
  const policy = getPolicy(id);
  const title = `${policy.id}: ${policy.title}`;
  route.entry.data.title = title;
  route.entry.data.description = policy.summary;
  // Starlight wrote <head> from the frontmatter before this middleware ran.
  for (const item of route.head) {
    if (item.tag === 'title') item.content = `${title} | ${route.siteTitle}`;
    if (item.tag === 'meta' && item.attrs?.property === 'og:title') item.attrs.content = title;
  }
  route.head.push(
    { tag: 'meta', attrs: { name: 'description', content: policy.summary } },
    { tag: 'meta', attrs: { property: 'og:description', content: policy.summary } },
  );
});
