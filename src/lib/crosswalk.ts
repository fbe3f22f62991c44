// The settings crosswalk: one regularization setting written in each library's own terms.
//
// The canonical form is this site's objective (docs/architecture.md §5), over n samples:
//   regression:      (1/2n)·‖y − Xw − b‖² + λ·ρ·‖w‖₁ + λ·(1−ρ)/2·‖w‖²
//   classification:  (1/n)·Σ log-loss      + λ·ρ·‖w‖₁ + λ·(1−ρ)/2·‖w‖²
// = scikit-learn's ElasticNet with alpha = λ, l1_ratio = ρ. Two settings are equivalent when one
// library's documented objective is a positive multiple of the other's (same minimiser). Sources:
// - scikit-learn ElasticNet / Lasso: the objective above; Ridge: ‖y − Xw‖² + alpha·‖w‖², so alpha = n·λ;
//   LogisticRegression: C·Σ log-loss + (1−ρ)/2·‖w‖² + ρ·‖w‖₁, so C = 1/(n·λ).
// - glmnet: (1/2n)·RSS + lambda·[(1−alpha)/2·‖β‖² + alpha·‖β‖₁] for family "gaussian", but it divides
//   y by its standard deviation s (1/n formula) and lambda by s before solving, which leaves the L2
//   part divided by s in the original units: λρ = lambda·alpha, λ(1−ρ) = lambda·(1−alpha)/s.
//   With standardize = TRUE (the default) the penalty is on the standardized coefficients instead,
//   so the numbers agree only for standardize = FALSE or columns of x with unit variance (1/n).
//   For family "binomial" there is no y scaling: lambda = λ, alpha = ρ.
// - statsmodels OLS.fit_regularized: 0.5·RSS/n + alpha·((1−L1_wt)/2·‖w‖² + L1_wt·‖w‖₁);
//   GLM(Binomial).fit_regularized: −loglike/n + the same penalty. alpha = λ, L1_wt = ρ.
// - Keras regularizers: l1·Σ|w| + l2·Σw² added to the loss. The data term is k times ours
//   (k = 2 for mean squared error, 1 for ½·MSE or cross-entropy), so l1 = k·λ·ρ, l2 = k·λ·(1−ρ)/2.
// - PyTorch SGD / Adam weight_decay adds wd·w to the gradient: the loss gains (wd/2)·‖w‖², so
//   wd = k·λ (no L1 part). AdamW's weight_decay is decoupled: w ← w − lr·wd·w each step. Under plain
//   SGD without momentum that is the same step as SGD's weight_decay of the same value; under Adam
//   no L2 penalty of any strength gives the same updates (Loshchilov & Hutter 2019).
// - Loshchilov & Hutter, Algorithm 2: the decay per step is η_t·λ, so with schedule multiplier
//   η_t = 1 their λ is PyTorch's lr·weight_decay.

/** What the data term is: squared error (mean, or half the mean) or the mean log-loss. */
export type LossConvention = 'mse' | 'half-mse' | 'log-loss';
export const LOSS_CONVENTIONS: readonly LossConvention[] = ['mse', 'half-mse', 'log-loss'];
export type CrosswalkTask = 'regression' | 'classification';

export interface CrosswalkContext {
  /** Number of training samples: a whole number ≥ 1. */
  n: number;
  /** Learning rate (> 0): needed for the AdamW paper's λ. */
  lr?: number | undefined;
  /** The data term of Keras and PyTorch (default 'mse'); 'log-loss' means classification. */
  loss?: LossConvention | undefined;
  /** Standard deviation of y (1/n formula, > 0) for glmnet's gaussian family; default 1 (y standardized). */
  ySd?: number | undefined;
}

/** This site's λ (scikit-learn's alpha) and ρ (l1_ratio, glmnet's alpha). */
export interface Canonical {
  lambda: number;
  l1Ratio: number;
}

export type Setting =
  | { library: 'sklearn-elasticnet'; alpha: number; l1Ratio: number }
  | { library: 'sklearn-lasso'; alpha: number }
  | { library: 'sklearn-ridge'; alpha: number }
  | { library: 'sklearn-logistic'; C: number; l1Ratio: number }
  | { library: 'glmnet'; lambda: number; alpha: number }
  | { library: 'statsmodels'; alpha: number; L1_wt: number }
  | { library: 'keras'; l1: number; l2: number }
  | { library: 'torch-l2'; weightDecay: number }
  | { library: 'torch-adamw'; weightDecay: number }
  | { library: 'adamw-paper'; lambda: number };

export type Library = Setting['library'];
export type SettingOf<L extends Library> = Extract<Setting, { library: L }>;

export const LIBRARIES: readonly Library[] = [
  'sklearn-elasticnet',
  'sklearn-lasso',
  'sklearn-ridge',
  'sklearn-logistic',
  'glmnet',
  'statsmodels',
  'keras',
  'torch-l2',
  'torch-adamw',
  'adamw-paper',
];

/** 'nonneg': finite ≥ 0; 'positive': finite > 0; 'ratio': in [0, 1]; 'count': a whole number ≥ 1. */
export type ParamKind = 'nonneg' | 'positive' | 'ratio' | 'count';

export interface ParamSpec {
  /** Property of the setting (or of the context). */
  key: string;
  /** The name the library itself uses. */
  name: string;
  kind: ParamKind;
}

/** Each library's parameters, in the library's own names. */
export const PARAMS: { readonly [L in Library]: readonly ParamSpec[] } = {
  'sklearn-elasticnet': [
    { key: 'alpha', name: 'alpha', kind: 'nonneg' },
    { key: 'l1Ratio', name: 'l1_ratio', kind: 'ratio' },
  ],
  'sklearn-lasso': [{ key: 'alpha', name: 'alpha', kind: 'nonneg' }],
  'sklearn-ridge': [{ key: 'alpha', name: 'alpha', kind: 'nonneg' }],
  'sklearn-logistic': [
    { key: 'C', name: 'C', kind: 'positive' },
    { key: 'l1Ratio', name: 'l1_ratio', kind: 'ratio' },
  ],
  glmnet: [
    { key: 'lambda', name: 'lambda', kind: 'nonneg' },
    { key: 'alpha', name: 'alpha', kind: 'ratio' },
  ],
  statsmodels: [
    { key: 'alpha', name: 'alpha', kind: 'nonneg' },
    { key: 'L1_wt', name: 'L1_wt', kind: 'ratio' },
  ],
  keras: [
    { key: 'l1', name: 'l1', kind: 'nonneg' },
    { key: 'l2', name: 'l2', kind: 'nonneg' },
  ],
  'torch-l2': [{ key: 'weightDecay', name: 'weight_decay', kind: 'nonneg' }],
  'torch-adamw': [{ key: 'weightDecay', name: 'weight_decay', kind: 'nonneg' }],
  'adamw-paper': [{ key: 'lambda', name: 'λ', kind: 'nonneg' }],
};

export const CONTEXT_PARAMS: readonly ParamSpec[] = [
  { key: 'n', name: 'n', kind: 'count' },
  { key: 'lr', name: 'lr', kind: 'positive' },
  { key: 'ySd', name: 'sd(y)', kind: 'positive' },
];

/** Which task a library's setting belongs to; the others fit either. */
const TASK: { readonly [L in Library]?: CrosswalkTask } = {
  'sklearn-elasticnet': 'regression',
  'sklearn-lasso': 'regression',
  'sklearn-ridge': 'regression',
  'sklearn-logistic': 'classification',
};

/** A bad value: `field` is the key of the setting or context property, the message names its range. */
export class CrosswalkRangeError extends RangeError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'CrosswalkRangeError';
  }
}

const RANGE: Readonly<Record<ParamKind, string>> = {
  nonneg: 'a finite number >= 0',
  positive: 'a finite number > 0',
  ratio: 'a number in [0, 1]',
  count: `a whole number in [1, ${Number.MAX_SAFE_INTEGER}]`,
};

const show = (v: unknown): string => (typeof v === 'number' ? String(v) : typeof v === 'string' ? `'${v.slice(0, 30)}'` : v === null ? 'null' : typeof v);

/** Checks one value against its spec; throws a CrosswalkRangeError naming the field and the range. */
export function checkParam(spec: ParamSpec, value: unknown): number {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (spec.kind === 'nonneg'
      ? value >= 0
      : spec.kind === 'positive'
        ? value > 0
        : spec.kind === 'ratio'
          ? value >= 0 && value <= 1
          : Number.isSafeInteger(value) && value >= 1);
  if (!ok) throw new CrosswalkRangeError(spec.key, `${spec.name} must be ${RANGE[spec.kind]}, got ${show(value)}`);
  return value;
}

const contextSpec = (key: string): ParamSpec => CONTEXT_PARAMS.find((s) => s.key === key)!;

interface CheckedContext {
  n: number;
  lr: number | undefined;
  loss: LossConvention;
  ySd: number;
}

function checkContext(context: CrosswalkContext): CheckedContext {
  if (typeof context !== 'object' || context === null) throw new CrosswalkRangeError('n', 'context must be an object with n');
  const n = checkParam(contextSpec('n'), context.n);
  const lr = context.lr === undefined ? undefined : checkParam(contextSpec('lr'), context.lr);
  const ySd = context.ySd === undefined ? 1 : checkParam(contextSpec('ySd'), context.ySd);
  const loss = context.loss ?? 'mse';
  if (!LOSS_CONVENTIONS.includes(loss)) {
    throw new CrosswalkRangeError('loss', `loss must be one of ${LOSS_CONVENTIONS.map((l) => `'${l}'`).join(', ')}, got ${show(loss)}`);
  }
  return { n, lr, loss, ySd };
}

export const taskOf = (loss: LossConvention): CrosswalkTask => (loss === 'log-loss' ? 'classification' : 'regression');

/**
 * k such that the Keras / PyTorch data term is k × ours: mean squared error is (1/n)·RSS, twice our
 * (1/2n)·RSS; ½·MSE and the mean log-loss (binary cross-entropy) are ours exactly.
 */
export const lossFactor = (loss: LossConvention): number => (loss === 'mse' ? 2 : 1);

/** Whether a library's setting applies to the task of this loss. */
export function fitsTask(library: Library, loss: LossConvention): boolean {
  const task = TASK[library];
  return task === undefined || task === taskOf(loss);
}

function checkSetting(setting: Setting): Record<string, number> {
  if (typeof setting !== 'object' || setting === null || !LIBRARIES.includes(setting.library)) {
    throw new CrosswalkRangeError('library', `library must be one of ${LIBRARIES.join(', ')}, got ${show((setting as { library?: unknown } | null)?.library)}`);
  }
  const values: Record<string, number> = {};
  for (const spec of PARAMS[setting.library]) values[spec.key] = checkParam(spec, (setting as unknown as Record<string, unknown>)[spec.key]);
  return values;
}

/** ρ when λ·ρ and λ·(1−ρ) are known; 0 when both are 0 (any ρ describes λ = 0). */
const ratio = (l1Part: number, l2Part: number): number => (l1Part + l2Part === 0 ? 0 : l1Part / (l1Part + l2Part));

/**
 * A library's setting in this site's terms. Throws a CrosswalkRangeError (a RangeError) naming the
 * field and its range for a bad value, a setting of the other task (Ridge with log-loss), or the
 * AdamW paper's λ without a learning rate.
 */
export function toCanonical(setting: Setting, context: CrosswalkContext): Canonical {
  const canonical = canonicalOf(setting, context);
  if (!Number.isFinite(canonical.lambda)) {
    // Name the value that overflows: the largest one, or C (which overflows by being tiny).
    const value = (spec: ParamSpec) => (setting as unknown as Record<string, number>)[spec.key]!;
    const spec = PARAMS[setting.library].filter((p) => p.kind !== 'ratio').reduce((a, b) => (value(b) > value(a) ? b : a));
    throw new CrosswalkRangeError(
      spec.key,
      `${spec.name} = ${show((setting as unknown as Record<string, unknown>)[spec.key])} is out of range: λ would overflow`,
    );
  }
  return canonical;
}

function canonicalOf(setting: Setting, context: CrosswalkContext): Canonical {
  const ctx = checkContext(context);
  const v = checkSetting(setting);
  if (!fitsTask(setting.library, ctx.loss)) {
    const allowed = TASK[setting.library] === 'regression' ? "'mse' or 'half-mse'" : "'log-loss'";
    throw new CrosswalkRangeError('loss', `loss must be ${allowed} for ${setting.library}, got '${ctx.loss}'`);
  }
  const k = lossFactor(ctx.loss);
  switch (setting.library) {
    case 'sklearn-elasticnet':
      return { lambda: v.alpha!, l1Ratio: v.l1Ratio! };
    case 'sklearn-lasso':
      return { lambda: v.alpha!, l1Ratio: 1 };
    case 'sklearn-ridge':
      return { lambda: v.alpha! / ctx.n, l1Ratio: 0 };
    case 'sklearn-logistic':
      return { lambda: 1 / (ctx.n * v.C!), l1Ratio: v.l1Ratio! };
    case 'glmnet': {
      const s = ctx.loss === 'log-loss' ? 1 : ctx.ySd;
      const l1 = v.lambda! * v.alpha!;
      const l2 = (v.lambda! * (1 - v.alpha!)) / s;
      return { lambda: l1 + l2, l1Ratio: l1 + l2 === 0 ? v.alpha! : l1 / (l1 + l2) };
    }
    case 'statsmodels':
      return { lambda: v.alpha!, l1Ratio: v.L1_wt! };
    case 'keras': {
      const l1 = v.l1! / k;
      const l2 = (2 * v.l2!) / k;
      return { lambda: l1 + l2, l1Ratio: ratio(l1, l2) };
    }
    case 'torch-l2':
    case 'torch-adamw':
      return { lambda: v.weightDecay! / k, l1Ratio: 0 };
    case 'adamw-paper': {
      if (ctx.lr === undefined) throw new CrosswalkRangeError('lr', `lr must be ${RANGE.positive} for the AdamW paper's λ, got undefined`);
      return { lambda: v.lambda! / ctx.lr / k, l1Ratio: 0 };
    }
  }
}

/**
 * One library's equivalent of a canonical setting. `exact` is false when the library has no L1 term
 * (Ridge, PyTorch's weight_decay, decoupled decay) and ρ > 0: the setting then carries the L2 part
 * λ·(1−ρ) only. PyTorch AdamW and the paper's λ are equivalent to L2 only under plain SGD.
 */
export interface Equivalent<L extends Library = Library> {
  setting: SettingOf<L>;
  exact: boolean;
}

/** Libraries that express every canonical setting (exactly, or by its L2 part) in either task. */
type Always = 'glmnet' | 'statsmodels' | 'keras' | 'torch-l2' | 'torch-adamw';

/**
 * Every library's equivalent; null where the library does not fit the task (Ridge for log-loss,
 * LogisticRegression for squared error), cannot express it (Lasso with ρ < 1), or needs the
 * learning rate that the context lacks (the AdamW paper's λ).
 */
export type Equivalents = { [L in Library]: L extends Always ? Equivalent<L> : Equivalent<L> | null };

/** Checks a canonical setting: λ finite ≥ 0, ρ in [0, 1]. */
function checkCanonical(canonical: Canonical): Canonical {
  if (typeof canonical !== 'object' || canonical === null) throw new CrosswalkRangeError('lambda', 'canonical must be an object with lambda and l1Ratio');
  return {
    lambda: checkParam({ key: 'lambda', name: 'λ', kind: 'nonneg' }, canonical.lambda),
    l1Ratio: checkParam({ key: 'l1Ratio', name: 'ρ', kind: 'ratio' }, canonical.l1Ratio),
  };
}

/** This site's λ, ρ in every library's terms (see the notes at the top of this file). */
export function fromCanonical(canonical: Canonical, context: CrosswalkContext): Equivalents {
  const ctx = checkContext(context);
  const { lambda, l1Ratio: rho } = checkCanonical(canonical);
  const k = lossFactor(ctx.loss);
  const regression = taskOf(ctx.loss) === 'regression';
  const l1Part = lambda * rho;
  const l2Part = lambda * (1 - rho);
  const l2Only = rho === 0 || lambda === 0;
  const s = regression ? ctx.ySd : 1;
  // glmnet: lambda·alpha = λρ and lambda·(1 − alpha) = s·λ(1 − ρ).
  const glmnetLambda = l1Part + s * l2Part;
  const decay = k * l2Part;
  return {
    'sklearn-elasticnet': regression ? { setting: { library: 'sklearn-elasticnet', alpha: lambda, l1Ratio: rho }, exact: true } : null,
    'sklearn-lasso': regression && (rho === 1 || lambda === 0) ? { setting: { library: 'sklearn-lasso', alpha: lambda }, exact: true } : null,
    'sklearn-ridge': regression ? { setting: { library: 'sklearn-ridge', alpha: ctx.n * l2Part }, exact: l2Only } : null,
    'sklearn-logistic': regression
      ? null
      : { setting: { library: 'sklearn-logistic', C: lambda === 0 ? Infinity : 1 / (ctx.n * lambda), l1Ratio: rho }, exact: true },
    glmnet: {
      setting: { library: 'glmnet', lambda: glmnetLambda, alpha: glmnetLambda === 0 ? rho : l1Part / glmnetLambda },
      exact: true,
    },
    statsmodels: { setting: { library: 'statsmodels', alpha: lambda, L1_wt: rho }, exact: true },
    keras: { setting: { library: 'keras', l1: k * l1Part, l2: (k * l2Part) / 2 }, exact: true },
    'torch-l2': { setting: { library: 'torch-l2', weightDecay: decay }, exact: l2Only },
    'torch-adamw': { setting: { library: 'torch-adamw', weightDecay: decay }, exact: l2Only },
    'adamw-paper': ctx.lr === undefined ? null : { setting: { library: 'adamw-paper', lambda: ctx.lr * decay }, exact: l2Only },
  };
}

/** One library's setting converted to another's, through the canonical form; null as in fromCanonical. */
export function convert<L extends Library>(setting: Setting, to: L, context: CrosswalkContext): Equivalent<L> | null {
  return fromCanonical(toCanonical(setting, context), context)[to] as Equivalent<L> | null;
}
