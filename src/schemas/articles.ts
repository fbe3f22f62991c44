import { z } from 'astro/zod';
import { dateSchema, plainTextSchema, referenceSchema, slugSchema } from './common';

export const articleSchema = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty'),
  /** One or two sentences, plain text: the lead and the preview. */
  description: plainTextSchema.refine((s) => s.length <= 200, 'must be at most 200 characters'),
  tags: z.array(z.string().trim().min(1)).default([]),
  /** Glossary slugs the article leans on; an unknown slug fails the build. */
  related: z.array(slugSchema).default([]),
  references: z.array(referenceSchema).min(4, 'must list at least 4 sources (textbook sections or original papers, with year)'),
  published: dateSchema,
  updated: dateSchema,
  /** Position in the article list (smaller first). */
  order: z.number().int().min(0).default(100),
  draft: z.boolean().default(false),
});

export type ArticleData = z.infer<typeof articleSchema>;
