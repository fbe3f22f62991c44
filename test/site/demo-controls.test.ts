/**
 * Every demo of the registry, the same way: bad URL values of its main control are reported with
 * the value the slider shows (and the URL says), every slider moves in a sensible number of key
 * presses with an `aria-valuetext` that follows, and every ordered pair (and some triples) of its
 * buttons leaves a drawn figure.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { type ParamSpec, readState, toSlider } from '../../src/demos/kit/params';
import { ECHO_MAX, shorten } from '../../src/demos/kit/text';
import { DEMO_NAMES, type DemoName, componentName, demoEntry } from '../../src/demos/registry';
import { demoReady, figureOf } from '../helpers/demo';
import { collectErrors, useSharedBrowser } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();

/** Each demo's params, from its view (the paths demo builds them from its element). */
async function specsOf(name: string): Promise<Record<string, ParamSpec>> {
  const view = (await import(`../../src/demos/${name}/view.ts`)) as { specs: Record<string, ParamSpec> | ((root: unknown) => Record<string, ParamSpec>) };
  return typeof view.specs === 'function' ? view.specs({ dataset: {} }) : view.specs;
}

async function open(name: DemoName, query = '', width = 1280) {
  const context = await browser().newContext({ baseURL, viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`/ja/glossary/${demoEntry(name).term}/${query}#${name}`);
  await demoReady(page, name);
  return { page, errors, close: () => context.close() };
}

const slider = (page: Page, name: string, param: string) => page.locator(`#${name} input[type="range"][data-param="${param}"]`);
/** A slider's position and bounds, and the text it shows. */
const read = (page: Page, name: string, param: string) =>
  slider(page, name, param).evaluate((el: HTMLInputElement, p) => {
    const out = el.closest('[data-id]')!.querySelector(`[data-value="${p}"]`)!;
    return { value: Number(el.value), min: Number(el.min), max: Number(el.max), valuetext: el.getAttribute('aria-valuetext'), shown: out.textContent!.trim() };
  }, param);

/** What a demo's figure looks like when nothing is drawn in it (no SVG, no rows). */
const blank = (figure: string) => figure.length < 200 || !/<(svg|tr)/.test(figure);

/** Message heights at 360 px, for the report. */
const heights: Record<string, number> = {};
const BAD = ['-5', '1e999', 'abc', '1e300', '9'.repeat(4000)];

describe.each(DEMO_NAMES)('demo %s', (name) => {
  it('names the value in use exactly as its main slider shows it, for 5 bad values, and rewrites the URL to it', async () => {
    const specs = await specsOf(name);
    const { page, errors, close } = await open(name, '', 360);
    const param = (await page.locator(`#${name} [data-main-control]`).getAttribute('data-param'))!;
    const spec = specs[param] as ParamSpec & { kind: 'number' };
    for (const given of BAD) {
      await page.goto(`/ja/glossary/${demoEntry(name).term}/?${name}.${param}=${given}#${name}`);
      await demoReady(page, name);
      const s = await read(page, name, param);
      // The URL carries the value in use (or nothing, for the default), and reads back to the slider's position.
      await page.waitForFunction(
        ([key, position, scale]) => {
          const text = new URL(location.href).searchParams.get(key);
          if (text === null) return true;
          return Math.abs((scale === 'log' ? Math.log10(Number(text)) : Number(text)) - position) < 1e-3;
        },
        [`${name}.${param}`, s.value, spec.scale ?? 'linear'] as const,
      );
      const back = Number(readState(name, new URL(page.url()).search, specs).state[param]);
      expect(toSlider(spec, back), `${name} ${given.slice(0, 10)}`).toBeCloseTo(s.value, 9);

      const message = page.locator(`#${name} .demo-message`);
      const text = (await message.textContent())!;
      expect(text).toContain(`${name}.${param}=${shorten(given)}`);
      expect(text).toContain(`の ${s.shown} に`);
      expect(text.length).toBeLessThanOrEqual(120);
      expect(s.valuetext).toBe(s.shown);
      if (given === 'abc') expect(s.value).toBeCloseTo(toSlider(spec, spec.default), 9);
      else expect(s.value).toBe(given === '-5' ? s.min : s.max);
      const height = await message.evaluate((el) => el.getBoundingClientRect().height);
      heights[`${name} ${given.length > ECHO_MAX ? '4000 chars' : given}`] = height;
      // Four or five lines at 360 px (a 4,000-character value made 4,600 px before it was cut).
      expect(height).toBeLessThanOrEqual(200);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('moves every slider by keys in at most 60 presses across, Page Up further, with aria-valuetext as shown', async () => {
    const specs = await specsOf(name);
    // The paths demo's ρ slider is live for the Elastic Net only.
    const { page, errors, close } = await open(name, name === 'paths' ? '?paths.model=enet' : '');
    const params = await page.locator(`#${name} input[type="range"]`).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).dataset.param!));
    expect(params.length).toBeGreaterThan(0);
    for (const param of params) {
      const spec = specs[param] as ParamSpec & { kind: 'number' };
      const input = slider(page, name, param);
      await input.focus();
      await page.keyboard.press('Home');
      const start = await read(page, name, param);
      expect(start.value).toBe(start.min);
      await page.keyboard.press('ArrowRight');
      const next = await read(page, name, param);
      expect(next.valuetext, `${name}.${param}`).toBe(next.shown);
      expect(next.valuetext).not.toBe(start.valuetext);
      let presses = 1;
      if (spec.scale === 'log') {
        // A log slider is crossed key by key.
        while (presses < 100 && (await read(page, name, param)).value < start.max) {
          await page.keyboard.press('ArrowRight');
          presses++;
        }
      } else presses = Math.round((start.max - start.min) / (next.value - start.value));
      if (!spec.integer) expect(presses, `${name}.${param} presses across`).toBeLessThanOrEqual(60);
      await page.keyboard.press('Home');
      await page.keyboard.press('PageUp');
      const page1 = await read(page, name, param);
      expect(page1.value - start.min, `${name}.${param} Page Up`).toBeGreaterThanOrEqual(
        Math.min(next.value - start.value, (start.max - start.min) / 20) - 1e-9,
      );
      expect(page1.valuetext).toBe(page1.shown);
      await page.keyboard.press('End');
      expect((await read(page, name, param)).value).toBe(start.max);
    }
    await demoReady(page, name);
    expect(errors).toEqual([]);
    await close();
  });
});

/** What each button leaves drawn, beyond a figure that is not blank. */
const AFTER: Record<string, (page: Page, name: string) => Promise<void>> = {
  reset: async (page, name) => {
    if (name === 'stopping') expect(await page.locator('#stopping [data-role="progress"]').textContent()).toMatch(/^0 \//);
    if (name === 'dropout') expect(await page.locator('dropout-demo').getAttribute('data-steps')).toBe('0');
  },
  resample: async (page, name) => {
    if (name === 'stopping') expect(await page.locator('#stopping [data-chart="curves"] polyline').count()).toBeGreaterThanOrEqual(2);
  },
  end: async (page) => {
    expect(await page.locator('#dropout [data-role="progress"]').textContent()).toMatch(/(\d+) \/ \1\b/);
  },
  step: async (page) => {
    expect(Number(await page.locator('dropout-demo').getAttribute('data-steps'))).toBeGreaterThan(0);
  },
};

/** The demos with buttons of their own (reset, replay, new sample, use a CV λ). */
const WITH_BUTTONS = DEMO_NAMES.filter((name) =>
  /<button/.test(readFileSync(new URL(`../../src/demos/${name}/${componentName(name)}.astro`, import.meta.url), 'utf8')),
);

describe.each(WITH_BUTTONS)('buttons of demo %s', (name) => {
  it('work after one another in any order: every ordered pair and some triples leave a drawn figure', { timeout: 240_000 }, async () => {
    const { page, errors, close } = await open(name);
    const roles = await page.locator(`#${name} button.demo-button[data-role]`).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.role!));
    expect(roles.length).toBeGreaterThan(0);
    const sequences = roles.flatMap((a) => roles.map((b) => [a, b]));
    // Triples: each button after the two others in turn.
    if (roles.length >= 3) for (let i = 0; i < roles.length; i++) sequences.push([roles[(i + 1) % roles.length]!, roles[(i + 2) % roles.length]!, roles[i]!]);
    const playing = () =>
      page.locator(`#${name} [data-role="play"]`).evaluate((b) => b.getAttribute('aria-pressed') === 'true' || b.textContent!.trim() === '一時停止');
    for (const sequence of sequences) {
      for (const role of sequence) await page.locator(`#${name} [data-role="${role}"]`).click();
      const label = `${name}: ${sequence.join(' → ')}`;
      // Training shows itself at once: never "not trained yet" after a button that trains.
      const status = page.locator(`#${name} [data-role="status"]`);
      if (sequence.at(-1) !== 'reset' && (await status.count()) > 0) expect(await status.first().textContent(), label).not.toMatch(/まだ学習していません/);
      if (sequence.at(-1) === 'play') {
        // Playing: frames come in; Pause ends it.
        await page.waitForFunction((n) => /^[1-9]/.test(document.querySelector(`#${n} [data-role="progress"]`)!.textContent!.replace(/^\D+/, '')), name);
        if (await playing()) await page.locator(`#${name} [data-role="play"]`).click();
      }
      await page.waitForFunction((tag) => document.querySelector<HTMLElement>(tag)!.dataset.busy === undefined, `${name}-demo`, { timeout: 60_000 });
      await demoReady(page, name);
      expect(blank(await figureOf(page, name)), label).toBe(false);
      await AFTER[sequence.at(-1)!]?.(page, name);
    }
    expect(errors).toEqual([]);
    await close();
  });
});

describe('message heights', () => {
  it('were measured for every demo', () => {
    // eslint-disable-next-line no-console
    console.log(JSON.stringify(heights));
    expect(Object.keys(heights).length).toBe(DEMO_NAMES.length * BAD.length);
  });
});
