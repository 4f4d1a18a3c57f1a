// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { generate } from './scripts/generate.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryLinks } from './src/lib/glossary-links.ts';
import { strictCsp } from './scripts/csp.ts';

// Generated code first: the validator and types derive from the schemas in src/. The sidebar
// reads the policy files through that validator, so it is imported only once it exists (a
// static import would be evaluated before this line, and fail on a clean clone).
await generate();
const { policySidebar, profileSidebar } = await import('./src/lib/sidebar.ts');

export default defineConfig({
  site: 'https://kernel-access-policies.example',
  trailingSlash: 'always',
  server: { host: '127.0.0.1' },
  markdown: { processor: satteri({ hastPlugins: [glossaryLinks()] }) },
  integrations: [
    starlight({
      title: 'Kernel Access Policies',
      description:
        'Policy proposals, as code, for how endpoint-security vendors may use the operating-system kernel.',
      routeMiddleware: './src/route-data.ts',
      customCss: ['./src/styles/site.css'],
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
