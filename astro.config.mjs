// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { generate } from './scripts/generate.ts';
import { policySidebar, profileSidebar } from './src/lib/sidebar.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryLinks } from './src/lib/glossary-links.ts';

// Generated code first: the validator and types derive from the schemas in src/.
await generate();

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
  ],
});
