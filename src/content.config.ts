import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // The pages of released policy versions, frozen by `npm run release-policy`; IDs like KAP-001/1.0.0.
  releasedPages: defineCollection({
    loader: glob({
      pattern: 'KAP-*/*.mdx',
      base: './src/policies/history',
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: z.object({ title: z.string() }),
  }),
};
