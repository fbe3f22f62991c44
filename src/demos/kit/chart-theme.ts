/**
 * Colours for charts, resolved from the page's CSS custom properties. No Chart.js here, so a
 * demo can colour its tables before the (larger) chart code has loaded.
 */
/** Series colours with at least 3:1 contrast on the page background, per theme. */
const SERIES = {
  light: ['#0b5cad', '#c0392b', '#1e7b34', '#8e44ad', '#b35900', '#00796b', '#ad1457', '#5d4037', '#455a64', '#7a6a00'],
  dark: ['#8cc0ff', '#ff8a80', '#81c784', '#ce93d8', '#ffb74d', '#4dd0e1', '#f48fb1', '#bcaaa4', '#b0bec5', '#fff176'],
};
/** Dash patterns, so that series differ by more than colour. */
export const DASHES: number[][] = [[], [6, 3], [2, 3], [10, 3, 2, 3]];

export type Theme = 'light' | 'dark';
export const currentTheme = (): Theme => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
export const seriesColor = (i: number, theme = currentTheme()) => SERIES[theme][i % SERIES[theme].length]!;

/** Resolves a CSS colour (custom properties use light-dark(), which canvas cannot read) to rgb(). */
function resolveColor(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  probe.hidden = true;
  document.body.append(probe);
  const rgb = getComputedStyle(probe).color;
  probe.remove();
  return rgb;
}

export function themeColors() {
  const v = (name: string) => resolveColor(`var(${name})`);
  return {
    text: v('--color-text'),
    muted: v('--color-muted'),
    grid: v('--color-border'),
    accent: v('--color-accent'),
    mark: v('--color-mark'),
    bg: v('--color-bg'),
    marker: v('--color-marker'),
  };
}
