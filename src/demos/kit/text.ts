/** Text helpers shared by the demos' views and renderers. Pure. */
import type { Problem } from './params';

/** Fills `{name}` placeholders; unknown names stay visible. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all));
}

/** One sentence per URL value the demo could not use (the 'demo.urlProblem' template). */
export function describeUrlProblems(problems: Problem[], template: string): string {
  return problems.map((p) => fill(template, { param: p.param, given: p.given, used: p.used })).join(' ');
}
