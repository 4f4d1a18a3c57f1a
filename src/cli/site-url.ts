/**
 * The site's URL, for citation URLs: read from astro.config.mjs, its one configured place,
 * rather than written down a second time (importing the config would start Astro).
 */
import { readFileSync } from 'node:fs';

/** The `site` of astro.config.mjs in `root`; throws if it cannot be found there. */
export function siteUrl(root: string): string {
  const config = readFileSync(`${root}astro.config.mjs`, 'utf8');
  const site = /^\s*site:\s*(['"])(https?:\/\/[^'"]+)\1/m.exec(config)?.[2];
  if (!site) throw new Error(`no site: 'https://…' line found in ${root}astro.config.mjs`);
  return new URL(site).origin;
}
