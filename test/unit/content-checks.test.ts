import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { DEMO_NAMES, componentName } from '../../src/demos/registry';
import { remarkContentChecks } from '../../src/plugins/remark-content-checks';

const run = (markdown: string, path = '/site/content/articles/ja/guide.mdx') =>
  unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkContentChecks)
    .use(remarkStringify)
    .processSync(new VFile({ path, value: markdown }));

describe('content checks', () => {
  it('accepts every demo, images with alt text and plain HTML elements', () => {
    const ok = `${DEMO_NAMES.map((n) => `<${componentName(n)} />`).join('\n\n')}\n\n![図](a.png)\n\n<img src="a.png" alt="図" />\n\n<details>x</details>\n`;
    expect(() => run(ok)).not.toThrow();
  });

  it('names the file, line and column of an unknown component', () => {
    expect(() => run('段落\n\n<CoefficientPath model="lasso" />\n')).toThrow(/guide\.mdx:3:1: unknown component <CoefficientPath> \(demos: .*PathsDemo/);
  });

  it('rejects images without alt text, in Markdown and JSX', () => {
    expect(() => run('![](chart.png)\n')).toThrow(/guide\.mdx:1:1: image "chart\.png" has no alt text/);
    expect(() => run('<img src="a.png" />\n')).toThrow(/guide\.mdx:1:1: <img> has no alt text/);
    expect(() => run('<img src="a.png" alt=" " />\n')).toThrow(/no alt text/);
  });

  it('checks the demo of a <DemoNumber>, with its line (an unknown key fails when the page renders)', () => {
    expect(() => run('数は<DemoNumber of="paths.lasso.nonZeroAtMin" />個です。\n')).not.toThrow();
    expect(() => run('段落\n\n数は<DemoNumber of="pahts.lasso.nonZeroAtMin" />個です。\n')).toThrow(
      /guide\.mdx:3:3: <DemoNumber of="pahts\.lasso\.nonZeroAtMin" \/>: no src\/demos\/pahts\/quotes\*\.ts \(demos with numbers: .*paths/,
    );
    expect(() => run('数は<DemoNumber />個です。\n')).toThrow(/guide\.mdx:1:3: <DemoNumber> needs of="<demo>\.<key>"/);
    expect(() => run('数は<DemoNumber of={id} />個です。\n')).toThrow(/needs of="<demo>\.<key>" as plain text/);
  });

  it('checks the source of a <CodeNumber>, with its line (an unknown key fails when the page renders)', () => {
    expect(() => run('回数は<CodeNumber of="bootstrap.lasso.both" />回です。\n')).not.toThrow();
    expect(() => run('段落\n\n回数は<CodeNumber of="bootstrp.lasso.both" />回です。\n')).toThrow(
      /guide\.mdx:3:4: <CodeNumber of="bootstrp\.lasso\.both" \/>: no source "bootstrp" in src\/data\/code-number-sources\.ts \(sources: .*bootstrap/,
    );
    expect(() => run('回数は<CodeNumber />回です。\n')).toThrow(/guide\.mdx:1:4: <CodeNumber> needs of="<source>\.<key>"/);
    expect(() => run('回数は<CodeNumber of={id} />回です。\n')).toThrow(/needs of="<source>\.<key>" as plain text/);
  });

  it('leaves files outside content/ alone', () => {
    expect(() => run('<Whatever />\n', '/site/src/pages/x.mdx')).not.toThrow();
  });
});
