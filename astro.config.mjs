// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { generate } from './scripts/generate.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryLinks } from './src/lib/glossary-links.ts';
import { DEFAULT_SITE_URL, siteUrl } from './src/lib/site-url.ts';
import { SITE_TITLE } from './src/lib/site-title.ts';
import { strictCsp } from './scripts/csp.ts';

// Generated code first: the validator and types derive from the schemas in src/. The sidebar
// reads the policy files through that validator, so it is imported only once it exists (a
// static import would be evaluated before this line, and fail on a clean clone).
await generate();
const { policySidebar, profileSidebar } = await import('./src/lib/sidebar.ts');
const { releaseCheck } = await import('./src/lib/release-check.ts');

const site = siteUrl();
if (!process.env.SITE_URL)
  console.warn(
    `SITE_URL is not set: citations, the feed and other absolute URLs point to ${DEFAULT_SITE_URL}, where npm start serves the site. Set SITE_URL to the published address when building for it.`,
  );

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Renamed samples keep their old addresses: a link to a page never breaks.
  redirects: {
    '/profiles/contoso-sentinel/': '/profiles/contoso-tidewatch/',
    '/profiles/woodgrove-defender/': '/profiles/woodgrove-hedgerow/',
  },
  server: { host: '127.0.0.1' },
  markdown: { processor: satteri({ hastPlugins: [glossaryLinks()] }) },
  integrations: [
    releaseCheck(),
    starlight({
      title: SITE_TITLE,
      description:
        'Policy proposals, as code, for how endpoint-security vendors may use the operating-system kernel.',
      routeMiddleware: './src/route-data.ts',
      customCss: ['./src/styles/site.css', './src/styles/cite.css', './src/styles/controls.css'],
      // Starlight's own read localStorage unguarded, which throws where storage is blocked.
      components: {
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
      },
      sidebar: [
        {
          label: 'Start',
          items: [
            { label: 'Home', link: '/' },
            { label: 'Check a profile', link: '/check/' },
            { label: 'How to cite', link: '/cite/' },
            { label: 'Changes', link: '/changes/' },
          ],
        },
        { label: 'Background', items: [{ autogenerate: { directory: 'background' } }] },
        policySidebar(),
        profileSidebar(),
      ],
    }),
    mdx(),
    // Last, so it sees every page as built.
    strictCsp(),
  ],
});
