/**
 * The page side of stage 4 (stability.ts): after a Lasso fit, runs the bootstrap job in the fit's
 * lane (so Cancel and a newer fit stop it), shows its progress, then the table of selection shares.
 */
import type { Channel } from '../kit/channel';
import { formatFixed, formatNumber } from '../kit/format';
import { byShare } from './bootstrap';
import type { StabilityProgress, StabilityResult } from './stability';

export interface StabilityView {
  /** Runs stage 4 at λ = alpha; resolves to true when the table is shown, false if it was superseded. */
  run(alpha: number): Promise<boolean>;
  /** Hides the table (a new table, a new fit, a model without it). */
  clear(): void;
}

/** The table's rows: feature, share in % (whole numbers: 50 resamples give steps of 2%), highest share first. */
export function stabilityRows(r: Pick<StabilityResult, 'shares' | 'featureNames'>): { name: string; percent: string; share: number }[] {
  return byShare(r.shares).map((j) => ({ name: r.featureNames[j]!, percent: `${formatFixed(r.shares[j]! * 100, 0)}%`, share: r.shares[j]! }));
}

export function createStabilityView(
  root: HTMLElement,
  channel: Channel,
  ui: (key: string, vars?: Record<string, string | number>) => string,
  status: HTMLElement,
): StabilityView {
  const box = root.querySelector<HTMLElement>('[data-role="stability"]')!;
  const clear = () => {
    box.hidden = true;
    root.removeAttribute('data-stable');
  };
  return {
    clear,
    async run(alpha) {
      clear();
      const onProgress = (p: unknown) => {
        const { done, total } = p as StabilityProgress;
        status.textContent = ui('progress4', { done, total });
      };
      const r = await channel.run<StabilityResult>('stability', { alpha }, { lane: 'fit', onProgress });
      if (!r) return false;
      box.querySelector('[data-role="stability-caption"]')!.textContent = ui('stabilityCaption', { lambda: formatNumber(alpha), count: r.resamples });
      box.querySelector('tbody')!.replaceChildren(
        ...stabilityRows(r).map((row) => {
          const tr = document.createElement('tr');
          tr.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: row.name }));
          const td = Object.assign(document.createElement('td'), { className: 'num', textContent: row.percent });
          td.dataset.share = String(row.share);
          tr.append(td);
          return tr;
        }),
      );
      box.hidden = false;
      root.setAttribute('data-stable', String(Date.now()));
      return true;
    },
  };
}
