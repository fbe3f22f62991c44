/**
 * The "save the figure" buttons of the "your own data" tool (YourDataFigure.astro): each saves
 * the chart of its box as SVG or PNG, made on the click (kit/figure-download.ts).
 */
import { saveFigure } from '../kit/figure-download';

/** Binds every `[data-save-figure]` button under `root`; `fail(message)` shows a failure. */
export function bindFigureDownloads(root: HTMLElement, fail: (message: string) => void): void {
  root.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('[data-save-figure]');
    if (!button) return;
    const box = root.querySelector(`[data-role="${button.dataset.saveFigure}"]`);
    const format = button.dataset.format === 'png' ? 'png' : 'svg';
    if (!box) return;
    button.disabled = true;
    saveFigure(box, button.dataset.file ?? 'figure', format)
      .catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)))
      .finally(() => (button.disabled = false));
  });
}
