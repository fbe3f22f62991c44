import { type Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser, collectErrors } from '../helpers/site-browser';

const baseURL = inject('baseURL');
const browser = useSharedBrowser();

/** Training runs in the reader's browser: allow for a slow or busy machine. */
const WAIT = { timeout: 30_000 };
const tableText = (page: Page) => page.locator('#dropout tbody').innerText();
const steps = (page: Page) => page.locator('dropout-demo').evaluate((e: HTMLElement) => Number(e.dataset.steps));

describe('dropout demo', () => {
  it('shows both final boundaries, the curves, the masks and the results table without JavaScript', async () => {
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ja/glossary/dropout/');
    const demo = page.locator('#dropout');
    expect(await demo.locator('[data-chart] > svg').count()).toBe(4);
    expect(await demo.locator('[data-chart="loss"] polyline').count()).toBe(4);
    expect(await demo.locator('[data-chart="net"] .unit.off').count()).toBe(1);
    expect(await demo.locator('[data-role="progress"]').textContent()).toBe('エポック 300 / 300');
    expect(await demo.locator('tbody tr').count()).toBe(2);
    expect(await tableText(page)).toMatch(/ドロップアウト p = 0\.3\t0\.\d{3}\t0\.\d{3}\t\d+\.\d%\t\d+\.\d%/);
    expect(await demo.locator('[data-role="summary"]').textContent()).toMatch(
      /^300エポック後の検証損失：ドロップアウト p = 0\.3 は 0\.\d{3}、ドロップアウトなしは 0\.\d{3}$/,
    );
    // The demo sits before the "when to use" section.
    const order = await page.evaluate(() => {
      const demo = document.getElementById('dropout')!;
      const heading = document.getElementById('when-to-use')!;
      return demo.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await context.close();
  });

  it('trains in a worker to the same numbers as the build, replays by steps and keeps its state in the URL', async () => {
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false });
    const built = await (async () => {
      const p = await context.newPage();
      await p.goto('/en/glossary/dropout/');
      return tableText(p);
    })();
    await context.close();

    const live = await browser().newContext({ baseURL, viewport: { width: 1000, height: 900 } });
    const page = await live.newPage();
    const errors = collectErrors(page);
    await page.goto('/en/glossary/dropout/#dropout');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('dropout-demo')?.dataset.ready !== undefined);
    // The worker's run to the end reproduces the build-time table exactly.
    await expect.poll(() => tableText(page), WAIT).toBe(built);

    await page.getByRole('button', { name: 'Back to the start' }).click();
    await expect.poll(() => steps(page), WAIT).toBe(0);
    expect(await page.locator('#dropout [data-role="net-text"]').textContent()).toBe('Not trained yet.');
    await page.getByRole('button', { name: 'One step' }).click();
    await expect.poll(() => steps(page), WAIT).toBe(1);
    expect(await page.locator('#dropout [data-role="net-text"]').textContent()).toMatch(
      /^Dropped units: \d+ \/ 16 in hidden layer 1, \d+ \/ 16 in hidden layer 2$/,
    );
    expect(await page.locator('#dropout [data-chart="net"] .unit.off').count()).toBe(1);

    // Fastest speed, play to the end: the same numbers again.
    const speed = page.getByRole('slider', { name: 'Speed' });
    await speed.focus();
    await page.keyboard.press('End');
    expect(await speed.getAttribute('aria-valuetext')).toBe('five epochs per frame');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => page.locator('#dropout [data-role="progress"]').textContent(), WAIT).toBe('Epoch 300 / 300');
    await expect.poll(() => tableText(page), WAIT).toBe(built);
    expect(await page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    expect(await page.locator('#dropout [role="status"][data-role="announce"]').textContent()).toMatch(/^Validation loss after 300 epochs/);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('dropout.speed') === '4');

    // DropConnect restarts the run; the drawing then shows dropped weights.
    await page.getByLabel('DropConnect (drop weights instead of units)').check();
    await expect.poll(() => page.locator('#dropout [data-role="drop-name"]').textContent(), WAIT).toBe('DropConnect p = 0.3');
    await page.getByRole('button', { name: /^(Play|Pause)$/ }).click();
    await page.getByRole('button', { name: 'One step' }).click();
    await expect.poll(() => page.locator('#dropout [data-role="net-text"]').textContent(), WAIT).toMatch(/^Dropped connections: \d+ \/ 304$/);
    expect(await page.locator('#dropout [data-chart="net"] .edge.cut').count()).toBe(1);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('dropout.connect') === '1');
    expect(errors).toEqual([]);
    await live.close();
  });

  it('reads the URL, reports values it cannot use, and compares with rate 0 on the spirals', async () => {
    const context = await browser().newContext({ baseURL, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto('/ja/glossary/dropout/?dropout.rate=0.12&dropout.data=spirals&dropout.speed=x#dropout');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('dropout-demo')?.dataset.ready !== undefined);
    const message = await page.locator('#dropout .demo-message').textContent();
    expect(message).toContain('dropout.rate=0.12 はスライダーの目盛りの間なので、いちばん近い目盛りの 0.1 にしました');
    expect(message).toContain('dropout.speed=x は数や選択肢として読めないため、既定値の 1コマに1エポック にしました');
    await expect.poll(() => page.locator('#dropout caption').textContent(), WAIT).toMatch(/2本のらせん、訓練 100 点、検証 300 点/);
    expect(await page.locator('#dropout [data-role="drop-name"]').textContent()).toBe('ドロップアウト p = 0.1');
    expect(await page.getByRole('radio', { name: '2本のらせん' }).isChecked()).toBe(true);
    // With reduced motion a changed setting shows the finished run instead of playing it.
    const rate = page.getByRole('slider', { name: 'ドロップ率 p（落とす確率）' });
    await rate.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('#dropout [data-role="drop-name"]').textContent(), WAIT).toBe('ドロップアウト p = 0');
    await expect.poll(() => page.locator('#dropout [data-role="progress"]').textContent(), WAIT).toBe('エポック 300 / 300');
    // At p = 0 both networks are the same run: the two rows agree.
    const rows = (await tableText(page)).split('\n').map((r) => r.split('\t').slice(1).join(' '));
    expect(rows[0]).toBe(rows[1]);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('dropout.rate') === '0');
    await context.close();
  });
});
