import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Code blocks scroll sideways on narrow screens; a tab stop lets keyboard users scroll them (WCAG). */
export function rehypeFocusableCode() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'pre') node.properties.tabIndex = 0;
    });
  };
}
