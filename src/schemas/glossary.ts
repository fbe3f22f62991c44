import { z } from 'astro/zod';
import { dateSchema, referenceSchema, slugSchema, summarySchema } from './common';

/** Hiragana (and the long-vowel mark) only: the sort key of the Japanese index. */
export const READING_PATTERN = /^[\u3041-\u3096ー]+$/;

export const glossarySchema = z
  .strictObject({
    title: z.string().trim().min(1, 'must not be empty'),
    reading: z.string().regex(READING_PATTERN, 'must be hiragana only (ぁ-ゖ and ー), e.g. "えるわんせいそくか"').optional(),
    summary: summarySchema,
    tags: z.array(z.string().trim().min(1)).default([]),
    related: z.array(slugSchema).default([]),
    aliases: z.array(z.string().trim().min(1)).default([]),
    redirects: z.array(slugSchema).default([]),
    references: z.array(referenceSchema).min(2, 'must list at least 2 sources (a textbook section or an original paper, with year)'),
    updated: dateSchema,
    /** Hide from the index while a term is being written. */
    draft: z.boolean().default(false),
  })
  .refine((d) => new Set(d.related).size === d.related.length, { message: 'lists a slug twice', path: ['related'] });

export type GlossaryData = z.infer<typeof glossarySchema>;
