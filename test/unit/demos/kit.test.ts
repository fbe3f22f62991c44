/** The demo kit's contract: one name per demo, its folder complete, its strings in both languages. */
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/demos/kit/format';
import { type ParamSpec, fromSlider, sliderAttributes, toSlider } from '../../../src/demos/kit/params';
import { DEMO_NAMES, componentName, contentComponents, tagName } from '../../../src/demos/registry';
import { DEMOS } from '../../../src/demos/registry';

const folder = (name: string) => new URL(`../../../src/demos/${name}/`, import.meta.url);

describe.each(DEMO_NAMES)('demo %s', (name) => {
  it('has its folder: component, view, strings, and one name everywhere', () => {
    const component = new URL(`${componentName(name)}.astro`, folder(name));
    expect(existsSync(component), `src/demos/${name}/${componentName(name)}.astro`).toBe(true);
    expect(existsSync(new URL('view.ts', folder(name)))).toBe(true);
    const source = readFileSync(component, 'utf8');
    expect(source).toContain(`<DemoFrame name="${name}"`);
    expect(source).toContain(`defineDemo('${tagName(name)}'`);
    expect(DEMOS[name].height).toBeGreaterThan(300);
    for (const lang of ['ja', 'en']) expect(existsSync(new URL(`../../../content/glossary/${lang}/${DEMOS[name].term}.mdx`, import.meta.url))).toBe(true);
  });

  it('keeps its strings under demo.<name>.*, the same keys and placeholders in ja and en, none empty', async () => {
    const { strings } = (await import(`../../../src/demos/${name}/strings.ts`)) as { strings: { ja: Record<string, string>; en: Record<string, string> } };
    expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.ja).sort());
    expect(strings.ja[`demo.${name}.title`]).toBeTruthy();
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(strings.ja)) {
      expect(key.startsWith(`demo.${name}.`), key).toBe(true);
      expect(strings.ja[key]!.trim()).not.toBe('');
      expect(placeholders(strings.en[key]!), key).toEqual(placeholders(strings.ja[key]!));
    }
  });
});

describe('registry', () => {
  it('derives component and tag names from the demo name', () => {
    expect(componentName('paths')).toBe('PathsDemo');
    expect(componentName('early-stopping')).toBe('EarlyStoppingDemo');
    expect(tagName('paths')).toBe('paths-demo');
  });
  it('gives every content component its default anchor', () => {
    const c = contentComponents();
    expect(c.PathsDemo!({})).toBe('paths');
    expect(c.PathsDemo!({ id: 'paths-ridge' })).toBe('paths-ridge');
    expect(c.ComparisonTable!({ kind: 'elastic-net' })).toBe('enet-cv-table');
    expect(Object.keys(c)).toHaveLength(DEMO_NAMES.length + 1);
  });
});

describe('slider scales', () => {
  const log: ParamSpec & { kind: 'number' } = { kind: 'number', min: 1e-4, max: 1e5, default: 1, scale: 'log', step: 0.2 };
  it('maps a log scale through log10 and back, inside the range and on the slider grid', () => {
    expect(sliderAttributes(log)).toEqual({ min: -4, max: 5, step: 0.2 });
    fc.assert(
      fc.property(fc.double({ min: -4, max: 5, noNaN: true }), (p) => {
        const v = fromSlider(log, p);
        const back = toSlider(log, v);
        const steps = (back + 4) / 0.2;
        return v >= log.min && v <= log.max && Math.abs(back - p) <= 0.1 + 1e-9 && Math.abs(steps - Math.round(steps)) < 1e-6;
      }),
    );
    fc.assert(fc.property(fc.integer({ min: 0, max: 45 }), (k) => Math.abs(toSlider(log, fromSlider(log, -4 + k * 0.2)) - (-4 + k * 0.2)) < 1e-9));
    expect(fromSlider(log, 99)).toBe(1e5);
  });
  it('rounds integer specs', () => {
    expect(fromSlider({ kind: 'number', min: 0, max: 15, default: 9, integer: true }, 3.6)).toBe(4);
  });
});

describe('formats and grids', () => {
  it('writes plain decimals in the usual range, a power of ten beyond, and a typeset minus', () => {
    expect(formatNumber(0.004523)).toBe('0.00452');
    expect(formatNumber(-10.63)).toBe('−10.6');
    expect(formatNumber(123456)).toBe('123,000');
    expect(formatNumber(2e-7)).toBe('2×10⁻⁷');
    expect(formatNumber(0)).toBe('0');
  });
});
