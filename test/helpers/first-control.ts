import type { Page } from 'playwright-core';

/**
 * The first interactive control of a page: the first element, in document order, that matches
 * `input`, `button` or `select` inside a demo's frame (`figure.demo` holding a demo element
 * `[data-name]`; the computed comparison tables are not demos) and is rendered (has a layout box).
 * Returns its top edge in document coordinates (CSS px from the top of the page), or null if none.
 */
export function firstControlTop(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const control = [...document.querySelectorAll<HTMLElement>('figure.demo:has(> [data-name]) :is(input, button, select)')].find(
      (el) => el.getClientRects().length > 0,
    );
    return control ? Math.round(control.getBoundingClientRect().top + window.scrollY) : null;
  });
}
