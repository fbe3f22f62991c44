import type { Element, Root as HastRoot } from 'hast';
import katex, { type KatexOptions } from 'katex';
import type { Root as MdastRoot } from 'mdast';
import { relative } from 'node:path';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** KaTeX settings for every page: MathML for screen readers, and no silent fallbacks. */
export const KATEX_OPTIONS: KatexOptions = { output: 'htmlAndMathml', strict: 'error', throwOnError: true };

/**
 * Fails the build on invalid TeX, naming the file and line. rehype-katex alone only records a
 * warning and renders red text; this check runs first, on the Markdown tree, where positions are exact.
 */
export function remarkKatexCheck() {
  return (tree: MdastRoot, file: VFile) => {
    const problems: string[] = [];
    visit(tree, ['math', 'inlineMath'], (node) => {
      const { value, position } = node as { value: string; position?: { start: { line: number; column: number } } };
      try {
        katex.renderToString(value, { ...KATEX_OPTIONS, displayMode: node.type === 'math' });
      } catch (error) {
        const place = position ? `:${position.start.line}:${position.start.column}` : '';
        problems.push(`${file.path ? relative(process.cwd(), file.path) : '<unknown file>'}${place}: invalid TeX: ${(error as Error).message}`);
      }
    });
    if (problems.length > 0) throw new Error(problems.join('\n'));
  };
}

/**
 * Wraps each display formula in a focusable box that scrolls sideways on its own, so wide
 * maths never widens the page at 360 px and keyboard users can scroll it.
 */
export function rehypeMathScroll() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (index === undefined || !parent) return;
      const classes = node.properties.className;
      if (!Array.isArray(classes) || !classes.includes('katex-display')) return;
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['math-display'], tabIndex: 0 },
        children: [node],
      };
      return 'skip';
    });
  };
}
