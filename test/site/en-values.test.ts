import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { DEMO_NAMES, tagName } from '../../src/demos/registry';
import { page } from '../helpers/dist';

/** Decimal numbers a demo shows (text, slider values and their aria-valuetext), counted. */
function shownNumbers(demo: HTMLElement): Map<string, number> {
  const texts = [demo.structuredText];
  for (const el of demo.querySelectorAll('[value], [aria-valuetext], [aria-label]')) {
    texts.push(el.getAttribute('value') ?? '', el.getAttribute('aria-valuetext') ?? '', el.getAttribute('aria-label') ?? '');
  }
  const counts = new Map<string, number>();
  for (const n of texts.join('\n').match(/[−-]?\d+\.\d+(?:e[−+]?\d+)?%?/g) ?? []) counts.set(n, (counts.get(n) ?? 0) + 1);
  return counts;
}

describe('English demos show their values as the Japanese ones do', () => {
  it.each(DEMO_NAMES)('%s: the same decimals, digit for digit', (name) => {
    const [ja, en] = (['ja', 'en'] as const).map((lang) => page(`/${lang}/embed/${name}/`).querySelector(tagName(name))!);
    const jaNumbers = shownNumbers(ja!);
    expect(jaNumbers.size, name).toBeGreaterThan(2);
    expect(Object.fromEntries(shownNumbers(en!))).toEqual(Object.fromEntries(jaNumbers));
  });
});
