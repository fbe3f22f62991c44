import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '../i18n/index.ts';

/** The text of a node (KaTeX contributes its MathML annotation only once). */
const textOf = (node: ElementContent | Element): string =>
  node.type === 'text'
    ? node.value
    : node.type === 'element' && !(node.properties.ariaHidden === 'true' || node.tagName === 'annotation')
      ? node.children.map(textOf).join('')
      : '';

/**
 * Gives every h2 and h3 of the content a visible link to its own anchor (the ASCII id of
 * `## 見出し [#id]`), so readers can copy a link to a section. The link sits after the heading,
 * as Starlight does it, so the heading's text stays clean for screen readers and the TOC.
 */
export function rehypeHeadingLinks() {
  return (tree: Root, file: VFile) => {
    const lang = /[\\/]content[\\/][^\\/]+[\\/]en[\\/]/.test(file.path ?? '') ? 'en' : 'ja';
    visit(tree, 'element', (node: Element, index, parent) => {
      if (index === undefined || !parent || !['h2', 'h3'].includes(node.tagName)) return;
      const id = node.properties.id;
      if (typeof id !== 'string' || id === '') return;
      const icon: ElementContent = {
        type: 'element',
        tagName: 'svg',
        properties: { ariaHidden: 'true', viewBox: '0 0 24 24', width: '16', height: '16', className: ['anchor-icon'] },
        children: [
          {
            type: 'element',
            tagName: 'path',
            properties: {
              fill: 'currentColor',
              d: 'M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a3 3 0 1 1 4.2 4.2l-2 2a1 1 0 0 1-1.4-1.4l2-2a1 1 0 0 0-1.4-1.4l-3.5 3.5a1 1 0 0 1-1.4 0Zm2.8-2.8a1 1 0 0 1 0 1.4l-3.5 3.5a3 3 0 1 1-4.2-4.2l2-2a1 1 0 0 1 1.4 1.4l-2 2a1 1 0 0 0 1.4 1.4l3.5-3.5a1 1 0 0 1 1.4 0Z',
            },
            children: [],
          },
        ],
      };
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['anchor-link'], href: `#${id}` },
        children: [
          icon,
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['visually-hidden'] },
            children: [{ type: 'text', value: t(lang, 'heading.linkTo', { title: textOf(node).trim() }) }],
          },
        ],
      };
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
        children: [node, link],
      };
      return index + 1;
    });
  };
}
