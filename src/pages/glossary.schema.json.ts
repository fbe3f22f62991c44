import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { glossaryFeedSchema } from '../schemas/glossary-feed';
import { jsonResponse } from '../utils/glossary-feed';

export const GET: APIRoute = ({ site }) =>
  jsonResponse({
    $id: new URL('/glossary.schema.json', site).href,
    title: 'Regularization glossary feed (/glossary.json, /en/glossary.json)',
    ...z.toJSONSchema(glossaryFeedSchema),
  });
