import type { Element, ElementContent } from 'hast';

/*
 * Corrections to Temml's MathML, where Chromium and WebKit would space or draw a formula unlike TeX
 * (and unlike the KaTeX output the site had before). Each is checked in test/unit/math.test.ts.
 */

const THIN_SPACE = '0.1667em';
const OPENERS = '([{⟨⌊⌈';
const CLOSERS = ')]}⟩⌋⌉';
const BARS = '|‖∣∥';
const SIGNS = '−+±∓';
const PRIMES = '′″‴⁗';

const elements = (node: Element) => node.children.filter((c): c is Element => c.type === 'element');
const textOf = (node: Element): string => node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);
const isMo = (node: Element | undefined, chars?: string) => node?.tagName === 'mo' && (chars === undefined || chars.includes(textOf(node)));
/** \bigl( \Bigr] …: Temml's sized delimiters, the only `<mo>`s with a `minsize`. */
const isSized = (node: Element | undefined) => isMo(node) && node!.properties.minsize !== undefined;
const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** \max, \operatorname{sign}, \log: a name of two letters or more, maybe with limits, before U+2061 FUNCTION APPLICATION. */
function isFunctionName(node: Element | undefined): boolean {
  if (!node) return false;
  if (node.tagName === 'mi') return [...textOf(node)].length > 1;
  return ['msub', 'munder', 'msubsup', 'munderover'].includes(node.tagName) && isFunctionName(elements(node)[0]);
}
const startsFunction = (row: Element[], i: number) =>
  (isFunctionName(row[i]) && isMo(row[i + 1], '\u2061')) ||
  (row[i]?.tagName === 'mrow' && isFunctionName(elements(row[i]!)[0]) && isMo(elements(row[i]!)[1], '\u2061'));

/** A closing delimiter, or a group that ends with one: `)`, `\rvert`, `\bigr]`, `(z)`, `\bigr)^2`. */
function endsClosed(node: Element | undefined): boolean {
  if (!node) return false;
  if (node.tagName === 'mo') return CLOSERS.includes(textOf(node)) || node.properties.form === 'postfix';
  if (node.tagName === 'mrow') return endsClosed(elements(node).at(-1));
  return ['msub', 'msup', 'msubsup'].includes(node.tagName) && endsClosed(elements(node)[0]);
}

/** `\left(`: an `<mrow>` that opens with a stretchy prefix fence. */
const startsLeftRight = (node: Element | undefined) => {
  const first = node?.tagName === 'mrow' ? elements(node)[0] : undefined;
  return isMo(first) && first!.properties.form === 'prefix' && String(first!.properties.stretchy) === 'true';
};
/** `\!`: Temml writes it as an empty `<mrow>` with a negative left margin. */
const isNegativeSpace = (node: Element | undefined) =>
  node?.tagName === 'mrow' && node.children.length === 0 && /margin-left:\s*-/.test(String(node.properties.style ?? ''));

/** A prime superscript (x', x''): one or more `<mo class="tml-prime">`. */
const isPrime = (node: Element | undefined): boolean =>
  node !== undefined &&
  ((isMo(node, PRIMES) && classes(node).includes('tml-prime')) || (node.tagName === 'mrow' && elements(node).length > 0 && elements(node).every(isPrime)));
const primes = (node: Element): Element[] =>
  node.tagName === 'mrow' ? elements(node).flatMap(primes) : [element('mo', { lspace: '0em', rspace: '0em' }, node.children)];

/** Spacing within one row of siblings: sized delimiters, unary signs, function names, `\!` before `\left`. */
function fixRow(parent: Element) {
  const row = elements(parent);
  const barsSeen = new Map<string, number>();
  const opens = (node: Element) => {
    const ch = textOf(node);
    if (!BARS.includes(ch)) return OPENERS.includes(ch);
    barsSeen.set(ch, (barsSeen.get(ch) ?? 0) + 1);
    return barsSeen.get(ch)! % 2 === 1;
  };
  const drop = new Set<Element>();
  const spaceBefore = new Set<Element>();
  row.forEach((node, i) => {
    if (!isSized(node)) return;
    // TeX gives an open or close delimiter no space of its own; MathML Core's dictionary gives an
    // infix "|" or "(" a thick space on each side.
    node.properties.lspace = '0em';
    node.properties.rspace = '0em';
    const next = row[i + 1];
    // \bigl(-x: the sign is unary, as after a plain "(" (Temml marks those, not these).
    if (opens(node) && isMo(next, SIGNS) && next!.properties.form === undefined) next!.properties.form = 'prefix';
  });
  row.forEach((node, i) => {
    // sign(z)\max(…): TeX puts a thin space between a closing delimiter and an operator name.
    if (endsClosed(node) && startsFunction(row, i + 1)) spaceBefore.add(row[i + 1]!);
    // S\!\left(…: the \! cancels the space TeX puts before \left; MathML puts none, so S and ( would collide.
    if (isNegativeSpace(node) && startsLeftRight(row[i + 1])) drop.add(node);
  });
  parent.children = parent.children.flatMap((c): ElementContent[] => {
    if (c.type !== 'element') return [c];
    if (drop.has(c)) return [];
    return spaceBefore.has(c) ? [element('mspace', { width: THIN_SPACE }, []), c] : [c];
  });
}

/** Rewrites one node after its children: primes, dots, then the spacing of its row. */
function fix(node: Element) {
  for (const child of elements(node)) fix(child);
  // x', P'_\lambda: the font's prime is already raised; as a superscript it would be drawn tiny and too
  // high (Google Fonts' STIX Two Math has no `ssty` variants). Write it after the base instead.
  const [base, first, second] = elements(node);
  if (node.tagName === 'msup' && base && isPrime(first)) {
    node.tagName = 'mrow';
    node.children = [base, ...primes(first!)];
  } else if (node.tagName === 'msubsup' && base && first && isPrime(second)) {
    node.tagName = 'msub';
    node.children = [element('mrow', {}, [base, ...primes(second!)]), first];
  }
  // 1, \dots, K: an <mo>… gets operator spacing that puts it off-centre between the commas.
  if (isMo(node, '…⋯') && Object.keys(node.properties).length === 0) node.tagName = 'mi';
  fixRow(node);
}

/** Applies every correction to a `<math>` element rendered by Temml, in place. */
export function fixMathml(math: Element): Element {
  fix(math);
  return math;
}
