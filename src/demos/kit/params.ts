/**
 * Demo state in the URL (SPEC): `?paths.lambda=0.1&paths.rho=0.5#paths`. Values are validated
 * against a spec; anything out of range or unreadable is clamped or replaced by the default,
 * and reported so the demo can show a visible message. Pure: no DOM.
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
    }
  | { kind: 'enum'; values: readonly string[]; default: string }
  | { kind: 'boolean'; default: boolean };

export type StateOf<S extends Record<string, ParamSpec>> = {
  [K in keyof S]: S[K] extends { kind: 'number' } ? number : S[K] extends { kind: 'boolean' } ? boolean : string;
};

export interface Problem {
  param: string;
  /** What the URL said. */
  given: string;
  /** What the demo uses instead. */
  used: string;
  reason: 'out-of-range' | 'off-step' | 'invalid';
}

/** A value on a linear slider's grid: `min` plus a whole number of `step`s. */
function snap(spec: ParamSpec & { kind: 'number' }, value: number): number {
  if (spec.integer || !spec.step || spec.scale === 'log') return value;
  const snapped = spec.min + Math.round((value - spec.min) / spec.step) * spec.step;
  return Math.min(spec.max, Number(snapped.toFixed(10)));
}

export function defaults<S extends Record<string, ParamSpec>>(specs: S): StateOf<S> {
  return Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, s.default])) as StateOf<S>;
}

function readOne(spec: ParamSpec, raw: string): { value: number | string | boolean; reason?: Problem['reason'] } {
  switch (spec.kind) {
    case 'number': {
      const n = raw.trim() === '' ? Number.NaN : Number(raw);
      if (!Number.isFinite(n)) return { value: spec.default, reason: 'invalid' };
      // Whole numbers round silently (as a slider would); other values between steps are moved and reported.
      const rounded = spec.integer ? Math.round(n) : n;
      const clamped = Math.min(spec.max, Math.max(spec.min, rounded));
      const snapped = snap(spec, clamped);
      if (clamped !== rounded) return { value: snapped, reason: 'out-of-range' };
      return snapped === clamped ? { value: clamped } : { value: snapped, reason: 'off-step' };
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
    if (reason) problems.push({ param: `${prefix}.${name}`, given: raw, used: formatValue(spec, value), reason });
  }
  return { state: state as StateOf<S>, problems };
}

export function formatValue(spec: ParamSpec, value: number | string | boolean): string {
  if (spec.kind === 'boolean') return value ? '1' : '0';
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
export function toSlider(spec: ParamSpec & { kind: 'number' }, value: number): number {
  return spec.scale === 'log' ? Math.log10(value) : value;
}
/** The value at a slider position, kept inside the spec's range. */
export function fromSlider(spec: ParamSpec & { kind: 'number' }, position: number): number {
  const value = spec.scale === 'log' ? 10 ** position : position;
  return Math.min(spec.max, Math.max(spec.min, spec.integer ? Math.round(value) : value));
}
/** min, max and step attributes of the spec's `<input type="range">`. */
export function sliderAttributes(spec: ParamSpec & { kind: 'number' }): { min: number; max: number; step: number | 'any' } {
  return { min: toSlider(spec, spec.min), max: toSlider(spec, spec.max), step: spec.step ?? (spec.integer ? 1 : 'any') };
}
