/**
 * Route data for pages made from data files: a policy page's title and description come from
 * its policy file, a sample page's from its profile. Their frontmatter title is only the key.
 */
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { getPolicy, getSample } from './lib/policy-files.ts';
import { sampleTitle } from './lib/sample-title.ts';
import { policyPageOfRoute, sampleNameOfEntry } from './lib/page-keys.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  // A frozen version's page (policies/kap-001/1.0.0) is made with <StarlightPage>, which sets its title.
  const policyPage = policyPageOfRoute(route.entry.id);
  if (policyPage && !policyPage.version) {
    requireKeyAsTitle(route, policyPage.id);
    const policy = getPolicy(policyPage.id);
    setTitle(route, `${policy.id}: ${policy.title}`, policy.summary);
  }
  const sampleName = sampleNameOfEntry(route.entry.id);
  if (sampleName) {
    requireKeyAsTitle(route, sampleName);
    const { profile } = getSample(sampleName);
    setTitle(
      route,
      `${sampleTitle(profile)} (sample)`,
      `A fictional vendor's declared profile, ${sampleTitle(profile)} on ${profile.platform}, and how it fares against every policy.`,
    );
  }
});

function requireKeyAsTitle(route: StarlightRouteData, key: string): void {
  if (route.entry.data.title !== key)
    throw new Error(
      `src/content/docs/${route.entry.id}.mdx: its frontmatter title must be "${key}"; the page's title comes from the data file`,
    );
}

function setTitle(route: StarlightRouteData, title: string, description: string): void {
  route.entry.data.title = title;
  route.entry.data.description = description;
  // Starlight wrote <head> from the frontmatter before this middleware ran.
  for (const item of route.head) {
    if (item.tag === 'title') item.content = `${title} | ${route.siteTitle}`;
    if (item.tag === 'meta' && item.attrs?.property === 'og:title') item.attrs.content = title;
  }
  route.head.push(
    { tag: 'meta', attrs: { name: 'description', content: description } },
    { tag: 'meta', attrs: { property: 'og:description', content: description } },
  );
}
