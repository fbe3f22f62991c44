import type { Heading, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
// Adds `hProperties` to mdast's data types.
import type {} from 'mdast-util-to-hast';

/**
 * Explicit ASCII heading anchors: `## 直感的な説明 [#intuition]` becomes
 * `<h2 id="intuition">直感的な説明</h2>`. MDX cannot parse `{#id}`, so the id goes in brackets.
 * Headings without one keep Astro's generated slug.
 */
export const HEADING_ID = /\s*\[#([a-z][a-z0-9-]*)\]\s*$/;

export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'text') return;
      const match = HEADING_ID.exec((last as Text).value);
      if (!match) return;
      (last as Text).value = (last as Text).value.slice(0, match.index);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: match[1] } };
    });
  };
}
