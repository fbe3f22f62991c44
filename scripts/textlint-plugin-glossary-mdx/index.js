// textlint plugin for this site's MDX (used by .textlintrc.yml as `glossary-mdx`).
// It parses with textlint-plugin-mdx (remark-mdx, remark-math, remark-frontmatter, GFM) and then:
// 1. Maths is not prose. Inline `$…$` becomes an `InlineMath` node whose text is the placeholder 「数式」, so a
//    sentence counts a formula as one short word (sentence-length, max-ten, no-doubled-joshi and the like read
//    a paragraph's text, and would otherwise count the TeX source). Display `$$…$$` becomes `Math` with no text.
//    Rules that look at words (prh, kanji runs, unnatural alphabet, …) never see either of them.
// 2. Frontmatter prose is linted, the rest of the YAML is not: `title` becomes a Header, `summary` and
//    `description` become Paragraphs, each with its exact position in the file. Other keys (aliases, which list
//    variant spellings on purpose, tags, references, …) stay inside the ignored `Yaml` node.
// textlint-plugin-mdx already turns JSX elements into Html (ignored), `import`/`{…}` into code, and keeps link
// URLs out of the text.
'use strict';
const mdx = require('textlint-plugin-mdx');

const Base = (mdx.default ?? mdx).Processor;
const MATH_PLACEHOLDER = '数式';
const PROSE_KEYS = { title: 'Header', summary: 'Paragraph', description: 'Paragraph' };

function locOf(text, index) {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - (before.lastIndexOf('\n') + 1) };
}

function nodeAt(text, type, start, end, extra) {
  return { type, range: [start, end], loc: { start: locOf(text, start), end: locOf(text, end) }, raw: text.slice(start, end), ...extra };
}

/** Header/Paragraph nodes for the one-line `title:`, `summary:` and `description:` values of the frontmatter. */
function frontmatterProse(yamlNode, text) {
  const nodes = [];
  const open = text.indexOf('\n', yamlNode.range[0]) + 1; // after the opening ---
  let offset = open;
  for (const line of text.slice(open, yamlNode.range[1]).split('\n')) {
    const m = /^(title|summary|description):[ \t]+(\S.*?)[ \t]*$/.exec(line);
    if (m) {
      let start = offset + line.indexOf(m[2], m[1].length + 1);
      let value = m[2];
      const quote = value[0];
      if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length > 1) {
        value = value.slice(1, -1);
        start += 1;
      } else if (/^[|>[{&*!%@`]/.test(value)) {
        value = ''; // block scalars, flow collections and tags are not one-line prose
      }
      if (value) {
        const end = start + value.length;
        const str = nodeAt(text, 'Str', start, end, { value });
        const type = PROSE_KEYS[m[1]];
        nodes.push(nodeAt(text, type, start, end, type === 'Header' ? { depth: 1, children: [str] } : { children: [str] }));
      }
    }
    offset += line.length + 1;
  }
  return nodes;
}

function adjust(node, text) {
  if (node.type === 'inlineMath') {
    node.type = 'InlineMath';
    node.value = MATH_PLACEHOLDER;
  } else if (node.type === 'math') {
    node.type = 'Math';
    node.value = '';
  }
  if (!Array.isArray(node.children)) return;
  for (const child of node.children) adjust(child, text);
  if (node.type === 'Document') {
    const i = node.children.findIndex((child) => child.type === 'Yaml');
    if (i >= 0) node.children.splice(i + 1, 0, ...frontmatterProse(node.children[i], text));
  }
}

class GlossaryMdxProcessor extends Base {
  processor(ext) {
    const inner = super.processor(ext);
    return {
      preProcess(text, filePath) {
        const ast = inner.preProcess(text, filePath);
        adjust(ast, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
        return ast;
      },
      postProcess: inner.postProcess,
    };
  }
}

module.exports = { Processor: GlossaryMdxProcessor };
