// The rules that keep src/lib pure, read from the syntax tree of the TypeScript compiler (no type
// checker: a file is judged on its own text). checkPurity returns one message per breach, with
// the line, so that purity.test.ts can name file and line.
import ts from 'typescript';

/** Globals that exist only in a browser page. */
export const DOM_GLOBALS: readonly string[] = Object.freeze([
  'document',
  'window',
  'HTMLElement',
  'navigator',
  'localStorage',
  'sessionStorage',
  'requestAnimationFrame',
  'customElements',
]);

/** Astro and its integrations, and .astro components. */
export const isAstroModule = (spec: string): boolean =>
  spec === 'astro' || spec.startsWith('astro:') || spec.startsWith('astro/') || spec.startsWith('@astrojs/') || /\.astro(\?.*)?$/.test(spec);

const TYPED_ARRAYS = new Set([
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
]);
/** Constructors whose instances are mutable storage. */
const MUTABLE_CLASSES = new Set([...TYPED_ARRAYS, 'Array', 'Map', 'Set', 'WeakMap', 'WeakSet', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView']);
/** Methods that hand back a fresh (mutable) array. */
const ARRAY_RETURNING = new Set(['map', 'filter', 'slice', 'concat', 'flat', 'flatMap', 'toSorted', 'toReversed']);

export interface Breach {
  line: number;
  message: string;
}

/** Every breach of the purity rules in one file's source. */
export function checkPurity(source: string, fileName = 'file.ts'): Breach[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Breach[] = [];
  const report = (node: ts.Node, message: string) => out.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, message });

  for (const ref of sf.libReferenceDirectives) {
    if (/^dom/i.test(ref.fileName))
      out.push({ line: sf.getLineAndCharacterOfPosition(ref.pos).line + 1, message: `reference to the DOM library "${ref.fileName}"` });
  }
  const visit = (node: ts.Node): void => {
    const spec = moduleSpecifier(node);
    if (spec !== undefined && isAstroModule(spec)) report(node, `import of the Astro module "${spec}"`);
    const dom = domGlobalUse(node);
    if (dom) report(node, `use of the DOM global ${dom}`);
    ts.forEachChild(node, visit);
  };
  visit(sf);

  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    const flags = st.declarationList.flags;
    if (!(flags & ts.NodeFlags.Const)) {
      const kind = flags & ts.NodeFlags.Let ? 'let' : 'var';
      for (const d of st.declarationList.declarations) report(d, `top-level ${kind} ${d.name.getText(sf)}: module-level mutable state`);
      continue;
    }
    for (const d of st.declarationList.declarations) {
      if (!d.initializer || isReadonlyType(d.type)) continue;
      const what = mutableStorage(d.initializer);
      if (what)
        report(
          d,
          `top-level const ${d.name.getText(sf)} holds ${what}: use \`as const\`, Object.freeze or a readonly type, or move it into the object that owns it`,
        );
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

/** The module that an import, export-from, import(), require() or import type names. */
function moduleSpecifier(node: ts.Node): string | undefined {
  const text = (e: ts.Node | undefined) => (e && ts.isStringLiteralLike(e) ? e.text : undefined);
  if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return text(node.moduleSpecifier);
  if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) return text(node.moduleReference.expression);
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) return text(node.argument.literal);
  if (ts.isCallExpression(node)) {
    const callee = node.expression;
    const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
    if (callee.kind === ts.SyntaxKind.ImportKeyword || isRequire) return text(node.arguments[0]);
  }
  return undefined;
}

/** The DOM global that this identifier (or globalThis.x / self.x / window.x) reads, if any. */
function domGlobalUse(node: ts.Node): string | undefined {
  if (!ts.isIdentifier(node) || !DOM_GLOBALS.includes(node.text)) return undefined;
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) {
    const owner = parent.expression;
    return ts.isIdentifier(owner) && ['globalThis', 'self', 'window'].includes(owner.text) ? node.text : undefined;
  }
  // A name that is declared or used as a key is not the global.
  const declares =
    (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent)) &&
    parent.name === node;
  const local = (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.name === node;
  if (declares || local || ts.isQualifiedName(parent) || ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return undefined;
  return node.text;
}

/** `readonly T[]`, ReadonlyArray/Map/Set, Readonly<…>, or an object type whose members are all readonly. */
function isReadonlyType(type: ts.TypeNode | undefined): boolean {
  if (!type) return false;
  if (ts.isTypeOperatorNode(type)) return type.operator === ts.SyntaxKind.ReadonlyKeyword;
  if (ts.isTypeReferenceNode(type)) return ['ReadonlyArray', 'ReadonlyMap', 'ReadonlySet', 'Readonly'].includes(type.typeName.getText());
  if (ts.isMappedTypeNode(type)) return type.readonlyToken !== undefined && type.readonlyToken.kind !== ts.SyntaxKind.MinusToken;
  if (ts.isTypeLiteralNode(type)) {
    return type.members.every(hasReadonly);
  }
  return false;
}

const hasReadonly = (m: ts.TypeElement): boolean =>
  (ts.canHaveModifiers(m) ? ts.getModifiers(m) : undefined)?.some((x) => x.kind === ts.SyntaxKind.ReadonlyKeyword) ?? false;

/** What mutable storage an initialiser creates ('an array literal', …), or undefined. */
function mutableStorage(e: ts.Expression): string | undefined {
  if (ts.isParenthesizedExpression(e) || ts.isSatisfiesExpression(e) || ts.isTypeAssertionExpression(e)) return mutableStorage(e.expression);
  if (ts.isAsExpression(e)) {
    if (ts.isTypeReferenceNode(e.type) && e.type.typeName.getText() === 'const') return undefined;
    return isReadonlyType(e.type) ? undefined : mutableStorage(e.expression);
  }
  if (ts.isConditionalExpression(e)) return mutableStorage(e.whenTrue) ?? mutableStorage(e.whenFalse);
  if (ts.isBinaryExpression(e) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(e.operatorToken.kind)) {
    return mutableStorage(e.left) ?? mutableStorage(e.right);
  }
  if (ts.isArrayLiteralExpression(e)) return 'an array literal';
  if (ts.isObjectLiteralExpression(e)) return 'an object literal';
  if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && MUTABLE_CLASSES.has(e.expression.text)) return `a new ${e.expression.text}`;
  if (ts.isCallExpression(e)) {
    const callee = e.expression;
    if (ts.isIdentifier(callee) && callee.text === 'Array') return 'an Array';
    if (ts.isPropertyAccessExpression(callee)) {
      const owner = callee.expression;
      const method = callee.name.text;
      if (ts.isIdentifier(owner) && owner.text === 'Object') {
        if (method === 'freeze') return undefined;
        if (method === 'fromEntries' || method === 'assign') return `an object from Object.${method}(…)`;
      }
      if (ts.isIdentifier(owner) && MUTABLE_CLASSES.has(owner.text) && (method === 'from' || method === 'of')) return `an ${owner.text}.${method}(…)`;
      if (ARRAY_RETURNING.has(method)) return `the fresh array of .${method}(…)`;
    }
  }
  return undefined;
}
