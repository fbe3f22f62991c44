import { z } from 'astro/zod';
import { dateSchema } from './common';

/** One entry of content/corrections.yaml: a factual correction to a published page. */
export const correctionSchema = z.strictObject({
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/, 'must be the date and a short ASCII name, e.g. "2026-11-25-ridge-formula"'),
  date: dateSchema,
  /** "glossary/<slug>" or "articles/<slug>". */
  page: z.string().regex(/^(glossary|articles)\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be "glossary/<slug>" or "articles/<slug>"'),
  ja: z.string().trim().min(1, 'must say in Japanese what was wrong and what the page says now'),
  en: z.string().trim().min(1, 'must say in English what was wrong and what the page says now'),
});

export const correctionsSchema = z.array(correctionSchema);
export type Correction = z.infer<typeof correctionSchema>;
