import type { Frame, Page } from 'playwright-core';

/** Waits until the demo `name` (custom element `<name-demo>`) has drawn and is not computing. */
export async function demoReady(page: Page | Frame, name: string): Promise<void> {
  await page.waitForFunction((tag) => {
    const el = document.querySelector<HTMLElement>(tag);
    return el !== null && el.dataset.ready !== undefined && el.dataset.busy === undefined;
  }, `${name}-demo`);
}

/**
 * What a demo draws, as text: the markup of its `[data-figure]` elements, with the serial
 * numbers of clip-path ids taken out (they count charts on a page, not what is drawn).
 */
export function figureOf(page: Page | Frame, name: string): Promise<string> {
  return page.evaluate(
    (tag) =>
      [...document.querySelectorAll(`${tag} [data-figure]`)]
        .map((el) => el.innerHTML)
        .join('\n')
        .replace(/chart-clip-\d+/g, 'chart-clip'),
    `${name}-demo`,
  );
}
