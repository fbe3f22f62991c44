import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/articles';
import { glossarySchema } from './schemas/glossary';

// Entry ids are "<lang>/<slug>", taken from the file path (content/glossary/ja/dropout.mdx → "ja/dropout").
const byPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');

export const collections = {
  glossary: defineCollection({
    loader: glob({ pattern: '{ja,en}/*.mdx', base: './content/glossary', generateId: byPath }),
    schema: glossarySchema,
  }),
  articles: defineCollection({
    loader: glob({ pattern: '{ja,en}/*.mdx', base: './content/articles', generateId: byPath }),
    schema: articleSchema,
  }),
};
