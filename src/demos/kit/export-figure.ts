/**
 * A kit chart (svg-chart.ts) as a file of its own: the markup made standalone (xmlns, a fixed
 * width instead of `calc(100% - …)`, the title, a white background, the CSS it needs in a
 * `<style>`). Pure (no DOM): figure-download.ts collects the CSS in the browser and saves the files.
 */

/** One CSS rule: a selector and its declarations, values possibly holding `var(--name[, fallback])`. */
export interface FigureRule {
  selector: string;
  style: Readonly<Record<string, string>>;
}

export interface StandaloneOptions {
  /** Width in px of the exported figure (the chart's markup has only a height). */
  width: number;
  /** The figure's title, written as `<title>`. */
  title: string;
  rules: readonly FigureRule[];
  /** Values of custom properties (`--color-accent` → `#0a58a8`) that the rules may use. */
  vars?: Readonly<Record<string, string>>;
  background?: string;
  /**
   * Write the CSS into each element's `style` attribute instead of a `<style>` (rules are matched by
   * tag and exact class list, as figure-download.ts writes them): an SVG drawn as an image on a page
   * whose CSP refuses inline `<style>` elements keeps its look.
   */
  inline?: boolean;
}

/** Text safe inside SVG/HTML markup and attribute values. */
export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Finds the `)` that closes the `(` just before `from`. */
function closing(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  throw new RangeError(`unclosed var( in “${text}”`);
}

/** A CSS value with every `var(--name[, fallback])` replaced, nested ones too; an unknown name without fallback throws. */
export function resolveVars(value: string, vars: Readonly<Record<string, string>>, depth = 0): string {
  if (depth > 20) throw new RangeError(`custom properties refer to each other in a loop: “${value}”`);
  const at = value.indexOf('var(');
  if (at < 0) return value;
  const end = closing(value, at + 4);
  const inner = value.slice(at + 4, end);
  const comma = inner.indexOf(',');
  const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
  const fallback = comma < 0 ? undefined : inner.slice(comma + 1).trim();
  const found = Object.hasOwn(vars, name) ? vars[name] : fallback;
  if (found === undefined) throw new RangeError(`custom property ${name} has no value and no fallback`);
  const replaced = value.slice(0, at) + resolveVars(found, vars, depth + 1) + value.slice(end + 1);
  return resolveVars(replaced, vars, depth + 1);
}

const declarations = (r: FigureRule, vars: Readonly<Record<string, string>>) =>
  Object.entries(r.style)
    .map(([k, v]) => `${k}:${resolveVars(v, vars)}`)
    .join(';');

/** The selector of an element with this tag and class attribute, as the rules are keyed: `text.tick.bold`. */
export const ruleKey = (tag: string, classes: string): string => [tag.toLowerCase(), ...classes.split(/\s+/).filter(Boolean)].join('.');

/** Each start tag with a class attribute gets the declarations of its rule as a `style` attribute. */
function styleAttributes(markup: string, rules: readonly FigureRule[], vars: Readonly<Record<string, string>>): string {
  const bodies = new Map(rules.map((r) => [r.selector, declarations(r, vars)]));
  return markup.replace(/<([a-zA-Z]+)\b([^>]*?)\sclass="([^"]*)"/g, (tag, name: string, _before: string, classes: string) => {
    const body = bodies.get(ruleKey(name, classes));
    return body === undefined ? tag : `${tag} style="${escapeXml(body)}"`;
  });
}

/** The rules as one style sheet, custom properties resolved; `<` and `&` cannot close the `<style>`. */
export function figureCss(rules: readonly FigureRule[], vars: Readonly<Record<string, string>> = {}): string {
  return rules
    .map((r) => `${r.selector}{${declarations(r, vars)}}`)
    .join('\n')
    .replace(/</g, '\\3c ')
    .replace(/&/g, '\\26 ');
}

/** The chart's markup as a standalone SVG document (UTF-8, no external resource). */
export function standaloneSvg(markup: string, o: StandaloneOptions): string {
  if (!(o.width > 0) || !Number.isFinite(o.width)) throw new RangeError(`width must be a positive number, got ${o.width}`);
  const open = /^\s*<svg\b([^>]*)>/.exec(markup);
  if (!open) throw new RangeError('the markup does not start with an <svg> element');
  const height = Number(/\sheight="([\d.]+)"/.exec(open[1]!)?.[1]);
  if (!(height > 0)) throw new RangeError('the chart’s <svg> has no height');
  const width = Math.round(o.width);
  const vars = o.vars ?? {};
  // The root's own style attribute (left by the page, often empty) would clash with the inline one.
  const attrs = open[1]!.replace(/\s(xmlns|width|viewBox|style)="[^"]*"/g, '');
  const root = `<svg xmlns="http://www.w3.org/2000/svg"${attrs} width="${width}" viewBox="0 0 ${width} ${height}">`;
  const head =
    (o.inline ? styleAttributes(root, o.rules, vars) : root) +
    `<title>${escapeXml(o.title)}</title>` +
    (o.inline ? '' : `<style>${figureCss(o.rules, vars)}</style>`) +
    `<rect width="100%" height="100%" fill="${escapeXml(o.background ?? '#ffffff')}"/>`;
  // Nested plots are `calc(100% - Npx)` wide: a plain number, for viewers without calc() in SVG.
  const rest = markup.slice(open[0].length).replace(/"calc\(100% - ([\d.]+)px\)"/g, (_, px: string) => `"${width - Number(px)}"`);
  const body = o.inline ? styleAttributes(rest, o.rules, vars) : rest;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}${body}`;
}
