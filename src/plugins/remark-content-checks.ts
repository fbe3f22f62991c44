import type { Image, Root } from 'mdast';
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CODE_NUMBER_SOURCES } from '../data/code-number-sources.ts';
import { contentComponents } from '../demos/registry.ts';

/** Demos, tables, and the prose components of src/demos/components.ts (PROSE_COMPONENTS). */
const COMPONENTS = [...Object.keys(contentComponents()), 'DemoNumber', 'CodeNumber', 'Exercise', 'Answer', 'TryDemo'];

interface JsxNode {
  type: string;
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  position?: Image['position'];
}

/**
 * Demo folders with numbers for the prose (`src/demos/<demo>/quotes*.ts`), read from the file system:
 * the registry of src/demos/quotes.ts needs Vite's import.meta.glob, which this plugin (loaded with
 * astro.config.mjs by Node) does not have. An unknown key of a known demo fails when the page
 * renders, naming the content file (src/demos/DemoNumber.astro).
 */
const DEMOS_DIR = new URL('../demos/', import.meta.url);
const quoteFolders = (): string[] =>
  readdirSync(DEMOS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(new URL(`${d.name}/`, DEMOS_DIR)).some((f) => /^quotes[^/]*\.ts$/.test(f)))
    .map((d) => d.name)
    .sort();

/** HTML elements that content may write as JSX; anything capitalised must be a known demo. */
const IS_COMPONENT = /^[A-Z]/;

/**
 * Checks what MDX itself lets through, naming the file, line and column:
 * - a component that is not one of the demos (`<CoefficientPath />`);
 * - an image without alt text (`![](x.png)` or `<img src="x.png">`);
 * - a `<DemoNumber>` whose `of` is not `"<demo>.<key>"` of a demo that has numbers for the prose;
 * - a `<CodeNumber>` whose `of` is not `"<source>.<key>"` of a source in src/data/code-number-sources.ts.
 */
export function remarkContentChecks() {
  return (tree: Root, file: VFile) => {
    if (!file.path || !/[\\/]content[\\/]/.test(file.path)) return;
    const problems: string[] = [];
    let demoFolders: string[] | undefined;
    const where = (node: { position?: Image['position'] }) =>
      `${relative(process.cwd(), file.path)}${node.position ? `:${node.position.start.line}:${node.position.start.column}` : ''}`;
    visit(tree, (node) => {
      if (node.type === 'image' && !(node as Image).alt?.trim())
        problems.push(`${where(node)}: image "${(node as Image).url}" has no alt text (write ![what it shows](${(node as Image).url}))`);
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const jsx = node as unknown as JsxNode;
      if (jsx.name && IS_COMPONENT.test(jsx.name) && !COMPONENTS.includes(jsx.name)) {
        problems.push(`${where(jsx)}: unknown component <${jsx.name}> (demos: ${COMPONENTS.join(', ')})`);
      }
      if (jsx.name === 'DemoNumber') {
        const of = jsx.attributes.find((a) => a.name === 'of')?.value;
        const folders = (demoFolders ??= quoteFolders());
        if (typeof of !== 'string' || !/^[a-z][\w-]*\.[\w.-]+$/.test(of)) {
          problems.push(`${where(jsx)}: <DemoNumber> needs of="<demo>.<key>" as plain text (demos with numbers: ${folders.join(', ')})`);
        } else if (!folders.includes(of.split('.')[0]!)) {
          problems.push(`${where(jsx)}: <DemoNumber of="${of}" />: no src/demos/${of.split('.')[0]}/quotes*.ts (demos with numbers: ${folders.join(', ')})`);
        }
      }
      if (jsx.name === 'CodeNumber') {
        const of = jsx.attributes.find((a) => a.name === 'of')?.value;
        const sources = Object.keys(CODE_NUMBER_SOURCES);
        if (typeof of !== 'string' || !/^[a-z][\w-]*\.[\w.-]+$/.test(of)) {
          problems.push(`${where(jsx)}: <CodeNumber> needs of="<source>.<key>" as plain text (sources: ${sources.join(', ')})`);
        } else if (!sources.includes(of.split('.')[0]!)) {
          problems.push(
            `${where(jsx)}: <CodeNumber of="${of}" />: no source "${of.split('.')[0]}" in src/data/code-number-sources.ts (sources: ${sources.join(', ')})`,
          );
        }
      }
      if (jsx.name === 'img') {
        const alt = jsx.attributes.find((a) => a.name === 'alt')?.value;
        if (typeof alt !== 'string' || alt.trim() === '') problems.push(`${where(jsx)}: <img> has no alt text`);
      }
    });
    if (problems.length > 0) throw new Error(problems.join('\n'));
  };
}
