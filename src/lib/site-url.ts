/**
 * The site's public address, the one setting behind every absolute URL: citations, the feed,
 * the OSCAL catalog, exports, share links and the sitemap. Set SITE_URL when building for
 * where the site is published; the default is where `npm start` serves it.
 */

export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** SITE_URL as an origin (scheme, host, port); throws, saying what is wrong, on anything else. */
export function siteUrl(value: string | undefined = process.env.SITE_URL): string {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch (error) {
    throw new Error(
      `SITE_URL "${raw}" is not a URL; set it to the site's address, e.g. https://policies.example.org`,
      {
        cause: error,
      },
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL "${raw}" must start with https:// (or http://)`);
  if (url.pathname !== '/' || url.search || url.hash || url.username)
    throw new Error(
      `SITE_URL "${raw}" must be an origin only, such as https://policies.example.org: the site is served from the root of its host`,
    );
  return url.origin;
}
