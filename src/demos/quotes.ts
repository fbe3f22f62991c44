/**
 * Numbers that the prose quotes from a demo, computed at build time by the demo's own code
 * (issue 15: numbers that cannot drift). Each demo folder may hold `quotes.ts` and
 * `quotes-<page>.ts` files; each exports `quotes`, a map from a key to a function that returns
 * the text in a language. MDX writes `<DemoNumber of="<demo>.<key>" />`.
 */
import type { Lang } from '../i18n';

export type Quote = (lang: Lang) => string;
export type QuoteSet = Record<string, Quote>;

/** Ids are "<demo folder>.<key>"; a key defined twice in one folder fails at load, naming both files. */
export function collectQuotes(modules: Record<string, { quotes: QuoteSet }>): Map<string, { file: string; quote: Quote }> {
  const all = new Map<string, { file: string; quote: Quote }>();
  for (const [path, module] of Object.entries(modules)) {
    const folder = /\.\/([^/]+)\/quotes[^/]*\.ts$/.exec(path)?.[1];
    if (!folder) throw new Error(`${path}: a quotes file must be src/demos/<demo>/quotes*.ts`);
    for (const [key, quote] of Object.entries(module.quotes)) {
      const id = `${folder}.${key}`;
      const other = all.get(id);
      if (other) throw new Error(`src/demos/${path.slice(2)}: demo number "${id}" is already defined in src/demos/${other.file.slice(2)}`);
      all.set(id, { file: path, quote });
    }
  }
  return all;
}

let loaded: ReturnType<typeof collectQuotes> | undefined;
const registry = () => (loaded ??= collectQuotes(import.meta.glob<{ quotes: QuoteSet }>('./*/quotes*.ts', { eager: true })));

/** Every id, for the checks and the tests. */
export const quoteIds = (): string[] => [...registry().keys()].sort();

/** The text of a demo number in a language; an unknown id throws with the known ids of that demo. */
export function quoteText(id: string, lang: Lang): string {
  const entry = registry().get(id);
  if (!entry) {
    const prefix = `${id.split('.')[0]}.`;
    const near = quoteIds().filter((k) => k.startsWith(prefix));
    throw new Error(
      `unknown demo number "${id}"${near.length > 0 ? ` (known for this demo: ${near.join(', ')})` : ' (no src/demos/<demo>/quotes*.ts defines it)'}`,
    );
  }
  const text = entry.quote(lang);
  if (!/\d/.test(text)) throw new Error(`demo number "${id}" (src/demos/${entry.file.slice(2)}) gave "${text}", which has no digit`);
  return text;
}
