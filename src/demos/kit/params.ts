/**
 * Demo state in the URL (SPEC): `?paths.lambda=0.1&paths.rho=0.5#paths`. Values are validated
 * against a spec: numbers (±Infinity too) are clamped to the range and moved to the slider's grid,
 * text that is not a value falls back to the default, and each change is reported so the demo
 * can show a visible message. Pure: no DOM.
 */
export type ParamSpec =
  | {
      kind: 'number';
      min: number;
      max: number;
      default: number;
      integer?: boolean;
      /** How a slider moves over the range: evenly in the value, or evenly in log10 of it. */
      scale?: 'linear' | 'log';
      /** The slider's step, in the value (linear) or in log10 of it (log). */
      step?: number;
      /** A log slider whose left end stands for 0 (no penalty): the URL reads and writes it as `0`. */
      zeroAtMin?: boolean;
    }
  | { kind: 'enum'; values: readonly string[]; default: string }
  | { kind: 'boolean'; default: boolean };

export type StateOf<S extends Record<string, ParamSpec>> = {
  [K in keyof S]: S[K] extends { kind: 'number' } ? number : S[K] extends { kind: 'boolean' } ? boolean : string;
};

export interface Problem {
  /** The URL key (`paths.lambda`). */
  param: string;
  /** The spec's key (`lambda`). */
  name: string;
  /** What the URL said. */
  given: string;
  /** What the demo uses instead. */
  used: string;
  reason: 'out-of-range' | 'off-step' | 'invalid';
}

type NumberSpec = ParamSpec & { kind: 'number' };

/** A slider position without float noise (−3.8000000000000003 → −3.8). */
const clean = (x: number): number => Number(x.toFixed(10));

/**
 * The one rule for the value a number param takes: clamped into [min, max] (±Infinity too), then
 * moved to the nearest point of the slider's grid (min plus whole steps, in log10 on a log scale;
 * whole numbers for an integer param). Reading a URL, moving a slider and narrowing the range all use it.
 */
export function settle(spec: NumberSpec, value: number): number {
  const clamped = Math.min(spec.max, Math.max(spec.min, value));
  if (spec.integer) return Math.min(spec.max, Math.max(spec.min, Math.round(clamped)));
  if (!spec.step) return clamped;
  const lo = toSlider(spec, spec.min);
  const hi = toSlider(spec, spec.max);
  const position = clean(lo + Math.round((toSlider(spec, clamped) - lo) / spec.step) * spec.step);
  const onGrid = position > hi ? clean(lo + Math.floor((hi - lo) / spec.step + 1e-9) * spec.step) : position;
  return spec.scale === 'log' ? 10 ** onGrid : onGrid;
}

/**
 * The spec on a narrower live range (the paths demo's λ spans the drawn path): the ends move
 * inward to points of the spec's own grid, so the slider keeps the same steps.
 */
export function narrow(spec: NumberSpec, min: number, max: number): NumberSpec {
  const lo = Math.max(spec.min, min);
  const hi = Math.min(spec.max, max);
  if (!spec.step || spec.integer) return { ...spec, min: lo, max: hi };
  const up = settle(spec, lo);
  const down = settle(spec, hi);
  const step = (v: number, k: number) => (spec.scale === 'log' ? 10 ** clean(Math.log10(v) + k * spec.step!) : clean(v + k * spec.step!));
  const a = up < lo && step(up, 1) <= hi ? step(up, 1) : up;
  const b = down > hi && step(down, -1) >= a ? step(down, -1) : down;
  return { ...spec, min: a, max: Math.max(a, b) };
}

export function defaults<S extends Record<string, ParamSpec>>(specs: S): StateOf<S> {
  return Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, s.default])) as StateOf<S>;
}

function readOne(spec: ParamSpec, raw: string): { value: number | string | boolean; reason?: Problem['reason'] } {
  switch (spec.kind) {
    case 'number': {
      // Rule: text that is not a number falls back to the default; any number, ±Infinity and 1e999
      // included, is clamped to the nearest end of the range and then moved to the slider's grid.
      const n = raw.trim() === '' ? Number.NaN : Number(raw);
      if (Number.isNaN(n)) return { value: spec.default, reason: 'invalid' };
      if (spec.zeroAtMin && n === 0) return { value: spec.min };
      const used = settle(spec, n);
      if (n < spec.min || n > spec.max) return { value: used, reason: 'out-of-range' };
      // Whole numbers round silently (as a slider would); other values between steps are moved and reported.
      return spec.integer || formatValue(spec, used) === formatValue(spec, n) ? { value: used } : { value: used, reason: 'off-step' };
    }
    case 'enum':
      return spec.values.includes(raw) ? { value: raw } : { value: spec.default, reason: 'invalid' };
    case 'boolean':
      if (raw === '1' || raw === 'true') return { value: true };
      if (raw === '0' || raw === 'false') return { value: false };
      return { value: spec.default, reason: 'invalid' };
  }
}

/**
 * Reads `<id>.<param>` values from a query string; `aliases` are earlier prefixes of the same
 * demo (read when the current one is absent). Unknown params of other demos are ignored.
 */
export function readState<S extends Record<string, ParamSpec>>(
  id: string,
  search: string | URLSearchParams,
  specs: S,
  aliases: readonly string[] = [],
): { state: StateOf<S>; problems: Problem[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = defaults(specs) as Record<string, number | string | boolean>;
  const problems: Problem[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const prefix = [id, ...aliases].find((p) => params.has(`${p}.${name}`));
    if (prefix === undefined) continue;
    const raw = params.get(`${prefix}.${name}`)!;
    const { value, reason } = readOne(spec, raw);
    state[name] = value;
    if (reason) problems.push({ param: `${prefix}.${name}`, name, given: raw, used: formatValue(spec, value), reason });
  }
  return { state: state as StateOf<S>, problems };
}

export function formatValue(spec: ParamSpec, value: number | string | boolean): string {
  if (spec.kind === 'boolean') return value ? '1' : '0';
  if (spec.kind === 'number' && spec.zeroAtMin && value === spec.min) return '0';
  if (spec.kind === 'number') return spec.integer ? String(value) : String(Number((value as number).toPrecision(4)));
  return String(value);
}

/**
 * Writes a demo's state into a URL: values equal to the default are left out so links stay
 * short; other demos' params and the hash are kept.
 */
export function writeState<S extends Record<string, ParamSpec>>(id: string, state: StateOf<S>, specs: S, url: URL, aliases: readonly string[] = []): URL {
  const next = new URL(url);
  for (const [name, spec] of Object.entries(specs)) {
    const key = `${id}.${name}`;
    for (const alias of aliases) next.searchParams.delete(`${alias}.${name}`);
    const value = (state as Record<string, number | string | boolean>)[name]!;
    const text = formatValue(spec, value);
    if (text === formatValue(spec, spec.default)) next.searchParams.delete(key);
    else next.searchParams.set(key, text);
  }
  return next;
}

/** The slider position of a value: the value itself, or log10 of it on a log scale. */
export function toSlider(spec: NumberSpec, value: number): number {
  return spec.scale === 'log' ? clean(Math.log10(value)) : value;
}
/** The value at a slider position, by the same rule as a URL's value (`settle`). */
export function fromSlider(spec: NumberSpec, position: number): number {
  return settle(spec, spec.scale === 'log' ? 10 ** position : position);
}
/** min, max and step attributes of the spec's `<input type="range">`. */
export function sliderAttributes(spec: NumberSpec): { min: number; max: number; step: number | 'any' } {
  return { min: toSlider(spec, spec.min), max: toSlider(spec, spec.max), step: spec.step ?? (spec.integer ? 1 : 'any') };
}
