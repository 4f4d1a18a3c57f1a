// The change log as an Atom feed: every version of every policy, newest first.
import type { APIRoute } from 'astro';
import { atomFeed } from '../engine/changes.ts';
import { absoluteUrl } from '../engine/urls.ts';
import { loadPolicies } from '../lib/policy-files.ts';
import { changeEntries } from '../lib/policy-releases.ts';
import { SITE_TITLE } from '../lib/site-title.ts';

export const GET: APIRoute = ({ site }) => {
  const origin = site!.origin;
  const body = atomFeed(changeEntries(loadPolicies(), origin), {
    title: `${SITE_TITLE}: changes`,
    url: absoluteUrl(origin, '/changes.xml'),
    pageUrl: absoluteUrl(origin, '/changes/'),
    author: SITE_TITLE,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
