import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { type Correction, correctionsSchema } from '../schemas/corrections';
import { ContentError } from './validate-content';

export const CORRECTIONS_FILE = 'content/corrections.yaml';

/** Checks the corrections log: each problem names the entry and the field. */
export function parseCorrections(text: string, known: (page: string) => boolean): Correction[] {
  let raw: unknown;
  try {
    raw = parse(text) ?? [];
  } catch (error) {
    throw new ContentError([`${CORRECTIONS_FILE}: not valid YAML: ${(error as Error).message}`]);
  }
  const result = correctionsSchema.safeParse(raw);
  if (!result.success) {
    const where = (path: PropertyKey[]) =>
      path
        .map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))
        .join('')
        .replace(/^\./, '');
    throw new ContentError(result.error.issues.map((i) => `${CORRECTIONS_FILE}: ${where(i.path) || 'list'}: ${i.message}`));
  }
  const problems: string[] = [];
  const ids = new Set<string>();
  result.data.forEach((c, i) => {
    if (ids.has(c.id)) problems.push(`${CORRECTIONS_FILE}: [${i}].id: "${c.id}" is used twice`);
    ids.add(c.id);
    if (!known(c.page)) problems.push(`${CORRECTIONS_FILE}: [${i}].page: "${c.page}" is not a page (no content/${c.page.replace('/', '/ja/')}.mdx)`);
  });
  if (problems.length > 0) throw new ContentError(problems);
  return result.data.sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}

/** The corrections log, newest first. */
export function loadCorrections(known: (page: string) => boolean): Correction[] {
  return parseCorrections(readFileSync(CORRECTIONS_FILE, 'utf8'), known);
}
