/** Text helpers shared by the demos' views and renderers. Pure. */
import type { Problem } from './params';

/** Fills `{name}` placeholders; unknown names stay visible. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all));
}

/** How much of a value from the URL a message echoes. */
export const ECHO_MAX = 30;

/** The first `max` characters (whole code points) of `text`, the last one an ellipsis when cut. */
export function shorten(text: string, max = ECHO_MAX): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** The kit's message template for each reason a URL value was not used as given. */
export const PROBLEM_KEYS = {
  'out-of-range': 'demo.urlOutOfRange',
  'off-step': 'demo.urlOffStep',
  invalid: 'demo.urlInvalid',
} as const satisfies Record<Problem['reason'], string>;

/**
 * One sentence per URL value the demo could not use as given; `used(p)` writes the value in use
 * as the demo's control shows it (the given value is cut to ECHO_MAX characters).
 */
export function describeUrlProblems(problems: readonly Problem[], strings: Record<string, string>, used: (p: Problem) => string = (p) => p.used): string {
  return problems.map((p) => fill(strings[PROBLEM_KEYS[p.reason]]!, { param: p.param, given: shorten(p.given), used: used(p) })).join(' ');
}
