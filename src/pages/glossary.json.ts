import type { APIRoute } from 'astro';
import { glossaryFeed, jsonResponse } from '../utils/glossary-feed';

export const GET: APIRoute = async ({ site }) => jsonResponse(await glossaryFeed('ja', site!));
