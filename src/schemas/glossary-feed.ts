import { z } from 'astro/zod';

/**
 * `/glossary.json` (ja) and `/en/glossary.json`: the public, versioned feed that blogs and the
 * hover card (`/embed.js`) read. Its JSON Schema is published at `/glossary.schema.json`.
 * A change that removes or renames a field bumps `version`; adding a field does not.
 */
export const FEED_VERSION = 1;

export const feedTermSchema = z.strictObject({
  slug: z.string().describe('ASCII slug; the term page is /<lang>/glossary/<slug>/'),
  title: z.string().describe("headword in the feed's language"),
  reading: z.string().optional().describe('reading in hiragana (ja only)'),
  summary: z.string().describe('one-sentence definition, plain text'),
  url: z.url().describe('absolute URL of the term page'),
  tags: z.array(z.string()),
  aliases: z.array(z.string()).describe('other names of the term'),
  redirects: z.array(z.string()).describe('other slugs whose URLs lead to this term'),
  updated: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe('last update, YYYY-MM-DD'),
});

export const glossaryFeedSchema = z.strictObject({
  version: z.literal(FEED_VERSION),
  lang: z.enum(['ja', 'en']),
  license: z.strictObject({
    spdx: z.literal('CC-BY-4.0'),
    name: z.string(),
    url: z.url(),
    attribution: z.string().describe('how to credit the site when reusing a summary'),
  }),
  terms: z.array(feedTermSchema),
});

export type GlossaryFeed = z.infer<typeof glossaryFeedSchema>;
