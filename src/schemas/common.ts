import { z } from 'astro/zod';

/** ASCII kebab-case, the form of every slug in a URL. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case ASCII (a-z, 0-9, hyphens), e.g. "l1-regularization"');

/** Plain text: no Markdown, no HTML, no line breaks. Used in previews, meta tags and JSON. */
export const plainTextSchema = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty', abort: true })
  .refine((s) => !/[<>*_`\n\r]|\$|\[[^\]]*\]\(/.test(s), { message: 'must be plain text (no Markdown, HTML, TeX or line breaks)', abort: true });

/** True when the text is one sentence: it ends with 。 . ! ? and has no sentence end before that. */
export function isOneSentence(text: string): boolean {
  const t = text.trim();
  if (!/[。．！？.!?]$/.test(t)) return false;
  const body = t.slice(0, -1);
  return !/[。！？]/.test(body) && !/[.!?]\s+[A-Z]/.test(body);
}

/** A term's definition: one plain sentence, under 120 characters (shown in previews and cards). */
export const summarySchema = plainTextSchema
  .refine((s) => s.length < 120, { error: (issue) => `must be under 120 characters (it has ${String(issue.input).length})` })
  .refine(isOneSentence, 'must be one sentence that ends with 。 or . (split the rest into the body)');

export const referenceSchema = z.strictObject({
  authors: z.string().trim().min(1, 'must name the authors'),
  title: z.string().trim().min(1, 'must not be empty'),
  year: z.number().int().min(1700).max(2100),
  url: z.url().optional(),
  /** A chapter or section, e.g. "§3.4" or "Ch. 7". */
  section: z.string().trim().min(1).optional(),
  /** Journal, conference or publisher. */
  venue: z.string().trim().min(1).optional(),
});

export type Reference = z.infer<typeof referenceSchema>;

/** `updated: 2026-11-24` in YAML arrives as a Date; a quoted string is accepted too. */
export const dateSchema = z.coerce.date().refine((d) => !Number.isNaN(d.getTime()), 'must be a date (YYYY-MM-DD)');
