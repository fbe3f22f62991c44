import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Root as MdastRoot } from 'mdast';
import { relative } from 'node:path';
import temml from 'temml';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fixMathml } from './mathml-fixes.ts';

/**
 * Temml settings for every formula: MathML Core only (no HTML copy to lay out), the TeX kept as an
 * annotation, and no silent fallbacks (strict mode refuses, for instance, Japanese outside \text{}).
 */
const TEMML_OPTIONS = { annotate: true, strict: true, throwOnError: true } as const;

/** One formula as a `<math>` element (hast), corrected (./mathml-fixes.ts). Throws on invalid TeX, with Temml's message. */
export function renderTexTree(tex: string, displayMode = false): Element {
  let html: string;
  try {
    html = temml.renderToString(tex, { ...TEMML_OPTIONS, displayMode });
  } catch (error) {
    const message = (error as Error).message.trim().split('\n')[0]!.trim().replace(/:$/, '');
    throw new Error(message, { cause: error });
  }
  return fixMathml(fromHtml(html, { fragment: true }).children[0] as Element);
}

/** One formula as MathML markup, for pages that write HTML themselves (`set:html`). */
export const renderTex = (tex: string, displayMode = false) => toHtml(renderTexTree(tex, displayMode));

/** A display formula in a focusable box that scrolls sideways on its own: wide maths never widens the page at 360 px. */
const displayBox = (math: Element): Element => ({
  type: 'element',
  tagName: 'div',
  properties: { className: ['math-display'], tabIndex: 0 },
  children: [math],
});

/**
 * Fails the build on invalid TeX, naming the file and line. It runs on the Markdown tree, where
 * positions are exact, and reports every bad formula of the file at once.
 */
export function remarkTexCheck() {
  return (tree: MdastRoot, file: VFile) => {
    const problems: string[] = [];
    visit(tree, ['math', 'inlineMath'], (node) => {
      const { value, position } = node as { value: string; position?: { start: { line: number; column: number } } };
      try {
        renderTexTree(value, node.type === 'math');
      } catch (error) {
        const place = position ? `:${position.start.line}:${position.start.column}` : '';
        problems.push(`${file.path ? relative(process.cwd(), file.path) : '<unknown file>'}${place}: invalid TeX: ${(error as Error).message}`);
      }
    });
    if (problems.length > 0) throw new Error(problems.join('\n'));
  };
}

const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '');
const classesOf = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className : []);

/**
 * Replaces remark-math's placeholders (`<code class="math-inline">`, `<pre><code class="math-display">`)
 * with MathML rendered at build time. A display formula goes into a focusable `.math-display` box
 * that scrolls sideways, so keyboard users can scroll it.
 */
export function rehypeMath() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (index === undefined || !parent) return;
      const code = node.tagName === 'pre' && node.children[0]?.type === 'element' ? node.children[0] : node;
      const classes = classesOf(code);
      const display = classes.includes('math-display');
      if (!display && !classes.includes('math-inline')) return;
      const math = renderTexTree(textOf(code), display);
      parent.children[index] = display ? displayBox(math) : math;
      return [SKIP, index + 1];
    });
  };
}
