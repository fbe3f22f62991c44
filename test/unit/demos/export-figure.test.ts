// The kit's figure export (kit/export-figure.ts): a chart's markup made into a standalone SVG file.
import { describe, expect, it } from 'vitest';
import { type FigureRule, escapeXml, figureCss, resolveVars, ruleKey, standaloneSvg } from '../../../src/demos/kit/export-figure';
import { lineChartSvg } from '../../../src/demos/kit/svg-chart';

const chart = lineChartSvg({
  height: 240,
  x: [0, 1],
  y: [0, 1],
  title: 'Paths & errors',
  series: [
    {
      points: [
        [0, 0],
        [1, 1],
      ],
      className: 'feat feat-0',
      label: escapeXml('a<b'),
    },
  ],
  endLabels: 'end',
  xTicks: [{ value: 0, label: '0' }],
  yTicks: [{ value: 1, label: '1' }],
  xLabel: 'x',
  yLabel: 'y',
});
const rules: FigureRule[] = [
  { selector: 'polyline.feat.feat-0', style: { stroke: 'var(--color-accent)', 'stroke-width': '1.5' } },
  { selector: 'text.tick', style: { fill: 'var(--color-muted, #555)', 'font-size': '12px' } },
];
const vars = { '--color-accent': '#0a58a8' };

describe('resolveVars', () => {
  it('replaces a custom property by its value, a missing one by its fallback, nested ones too', () => {
    expect(resolveVars('var(--a)', { '--a': 'red' })).toBe('red');
    expect(resolveVars('1px solid var(--b, var(--a))', { '--a': 'red' })).toBe('1px solid red');
    expect(resolveVars('var(--c, rgb(1, 2, 3))', {})).toBe('rgb(1, 2, 3)');
    expect(resolveVars('var(--a) var(--a)', { '--a': 'var(--d)', '--d': 'blue' })).toBe('blue blue');
  });

  it('throws a RangeError that names a custom property without value or fallback, and a loop', () => {
    expect(() => resolveVars('var(--nope)', {})).toThrow(new RangeError('custom property --nope has no value and no fallback'));
    expect(() => resolveVars('var(--a)', { '--a': 'var(--a)' })).toThrow(RangeError);
    expect(() => resolveVars('var(--a', {})).toThrow(/unclosed/);
  });
});

describe('ruleKey', () => {
  it('is the tag and the class list as a CSS selector', () => {
    expect(ruleKey('TEXT', ' end-label  feat feat-0 ')).toBe('text.end-label.feat.feat-0');
  });
});

describe('standaloneSvg', () => {
  const svg = standaloneSvg(chart, { width: 700, title: 'Paths & errors', rules, vars });

  it('is an SVG document with the SVG namespace, a width and a viewBox of that width and the chart’s height', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toMatch(/^<svg [^>]*\bwidth="700" viewBox="0 0 700 240">/m);
    expect(svg.match(/xmlns=/g)).toHaveLength(1);
  });

  it('holds the title, a white background and the CSS in a <style>, with no var(-- left', () => {
    expect(svg).toContain('<title>Paths &amp; errors</title>');
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(svg).toContain('<style>polyline.feat.feat-0{stroke:#0a58a8;stroke-width:1.5}\ntext.tick{fill:#555;font-size:12px}</style>');
    expect(svg).not.toContain('var(--');
  });

  it('turns the nested plots’ calc() widths into numbers and keeps the escaped label', () => {
    expect(chart).toContain('calc(100% - 58px)');
    expect(svg).not.toContain('calc(');
    expect(svg).toContain('width="642"');
    expect(svg).toContain('>a&lt;b</text>');
  });

  it('throws a RangeError for markup that is not a chart, or a width that is not positive', () => {
    expect(() => standaloneSvg('<div></div>', { width: 700, title: '', rules: [] })).toThrow(RangeError);
    expect(() => standaloneSvg('<svg class="x">', { width: 700, title: '', rules: [] })).toThrow(/no height/);
    expect(() => standaloneSvg(chart, { width: 0, title: '', rules: [] })).toThrow(/width/);
    expect(() => standaloneSvg(chart, { width: Number.NaN, title: '', rules: [] })).toThrow(/width/);
  });

  it('inline: the same CSS in each element’s style attribute, matched by tag and class list, and no <style>', () => {
    const inline = standaloneSvg(chart, { width: 700, title: 't', rules, vars, inline: true });
    expect(inline).not.toContain('<style>');
    expect(inline).toContain('<polyline class="feat feat-0" style="stroke:#0a58a8;stroke-width:1.5"');
    expect(inline).toContain('<text class="tick" style="fill:#555;font-size:12px"');
    expect(inline).not.toMatch(/<text class="end-label[^>]*style=/);
    expect(inline).not.toContain('var(--');
    const styled = standaloneSvg(chart.replace('<svg class="line-chart"', '<svg style="" class="line-chart"'), {
      width: 700,
      title: 't',
      rules,
      vars,
      inline: true,
    });
    expect(styled.match(/style=/g)).toHaveLength(inline.match(/style=/g)!.length);
  });

  it('keeps < and & in CSS values from closing the style element', () => {
    expect(figureCss([{ selector: 'text', style: { 'font-family': '"A<B&C"' } }])).toBe('text{font-family:"A\\3c B\\26 C"}');
  });
});
