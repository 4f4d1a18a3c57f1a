// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { generate } from './scripts/generate.ts';
import { policySidebar } from './src/lib/sidebar.ts';

// Generated code first: the validator and types derive from the schemas in src/.
await generate();

export default defineConfig({
  site: 'https://kernel-access-policies.example',
  trailingSlash: 'always',
  server: { host: '127.0.0.1' },
  integrations: [
    starlight({
      title: 'Kernel Access Policies',
      description: 'Policy proposals, as code, for how endpoint-security vendors may use the operating-system kernel.',
      routeMiddleware: './src/route-data.ts',
      customCss: ['./src/styles/site.css'],
      sidebar: [
        { label: 'Start', items: [{ label: 'Home', link: '/' }] },
        { label: 'Background', items: [{ autogenerate: { directory: 'background' } }] },
        policySidebar(),
        { label: 'Profiles', items: [{ label: 'Profile format', link: '/profiles/' }] },
      ],
    }),
    mdx(),
  ],
});
