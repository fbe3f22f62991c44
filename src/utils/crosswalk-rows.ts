/**
 * The rows of the crosswalk's tables: one setting in every library's terms, as code to paste and a
 * one-line explanation. Pure: the page runs it at build time (the worked example, the converter's
 * first state) and the converter runs it in the browser, with the same strings.
 */
import { type Canonical, type CrosswalkContext, type Library, type LossConvention, type Setting, fromCanonical, lossFactor, taskOf } from '../lib/crosswalk';
import type { ja } from '../i18n/ui/crosswalk';

export type CrosswalkKey = keyof typeof ja;
export type Translate = (key: CrosswalkKey, vars?: Record<string, string | number>) => string;
export type RowKey = 'site' | Library;

export interface Row {
  key: RowKey;
  /** The library's name (translated). */
  name: string;
  /** The setting as code (the library's own syntax), language-neutral. */
  code: string;
  /** How the conversion works, with this setting's numbers. */
  note: string;
  /** True when the library can only express the L2 part. */
  partial: boolean;
}

/** A number as code: 6 significant digits, no trailing zeros, JavaScript's (and Python's) exponent form for tiny and huge values. */
export function codeNumber(x: number): string {
  if (x === Infinity) return 'inf';
  return String(Number(x.toPrecision(6)));
}

/** Two sentences in a row: no space after a Japanese full stop, one after any other. */
const joinSentences = (a: string, b: string): string => (/[。！？]$/.test(a) ? `${a}${b}` : `${a} ${b}`);

/** Fills `{name}` placeholders (the same rule as src/i18n's `t`). */
export const fill = (template: string, vars: Record<string, string | number> = {}): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

/** The converter's state: a setting in one library's terms with its context (every field filled). */
export interface CrosswalkState {
  setting: Setting;
  context: Required<Pick<CrosswalkContext, 'n' | 'lr' | 'loss' | 'ySd'>>;
}

/** A setting written as code, e.g. `Ridge(alpha=44.2)`. */
export function settingCode(setting: Setting, context: CrosswalkState['context']): string {
  const f = codeNumber;
  const classification = taskOf(context.loss) === 'classification';
  switch (setting.library) {
    case 'sklearn-elasticnet':
      return `ElasticNet(alpha=${f(setting.alpha)}, l1_ratio=${f(setting.l1Ratio)})`;
    case 'sklearn-lasso':
      return `Lasso(alpha=${f(setting.alpha)})`;
    case 'sklearn-ridge':
      return `Ridge(alpha=${f(setting.alpha)})`;
    case 'sklearn-logistic': {
      if (setting.C === Infinity) return 'LogisticRegression(penalty=None)';
      if (setting.l1Ratio === 0) return `LogisticRegression(C=${f(setting.C)})`;
      if (setting.l1Ratio === 1) return `LogisticRegression(penalty='l1', C=${f(setting.C)}, solver='saga')`;
      return `LogisticRegression(penalty='elasticnet', C=${f(setting.C)}, l1_ratio=${f(setting.l1Ratio)}, solver='saga')`;
    }
    case 'glmnet':
      return `glmnet(x, y, ${classification ? 'family = "binomial", ' : ''}lambda = ${f(setting.lambda)}, alpha = ${f(setting.alpha)}, standardize = FALSE)`;
    case 'statsmodels':
      return `sm.${classification ? 'GLM(y, X, family=sm.families.Binomial())' : 'OLS(y, X)'}.fit_regularized(alpha=${f(setting.alpha)}, L1_wt=${f(setting.L1_wt)})`;
    case 'keras':
      if (setting.l1 === 0) return `regularizers.L2(l2=${f(setting.l2)})`;
      if (setting.l2 === 0) return `regularizers.L1(l1=${f(setting.l1)})`;
      return `regularizers.L1L2(l1=${f(setting.l1)}, l2=${f(setting.l2)})`;
    case 'torch-l2':
      return `torch.optim.SGD(params, lr=${f(context.lr)}, weight_decay=${f(setting.weightDecay)})`;
    case 'torch-adamw':
      return `torch.optim.AdamW(params, lr=${f(context.lr)}, weight_decay=${f(setting.weightDecay)})`;
    case 'adamw-paper':
      return `λ = ${f(setting.lambda)}`;
  }
}

/** The libraries of a task, in table order. */
export function rowKeys(loss: LossConvention): RowKey[] {
  return taskOf(loss) === 'regression'
    ? ['site', 'sklearn-elasticnet', 'sklearn-lasso', 'sklearn-ridge', 'glmnet', 'statsmodels', 'keras', 'torch-l2', 'torch-adamw', 'adamw-paper']
    : ['site', 'sklearn-logistic', 'glmnet', 'statsmodels', 'keras', 'torch-l2', 'torch-adamw', 'adamw-paper'];
}

/** Every library's row for one canonical setting (libraries that cannot express it are left out). */
export function crosswalkRows(canonical: Canonical, context: CrosswalkState['context'], t: Translate): Row[] {
  const all = fromCanonical(canonical, context);
  const f = codeNumber;
  const { lambda, l1Ratio: rho } = canonical;
  const half = context.loss !== 'mse';
  const k = lossFactor(context.loss);
  const rows: Row[] = [];
  for (const key of rowKeys(context.loss)) {
    const name = t(`crosswalk.lib.${key}` as CrosswalkKey);
    if (key === 'site') {
      rows.push({ key, name, code: `λ = ${f(lambda)}, ρ = ${f(rho)}`, note: t('crosswalk.note.site'), partial: false });
      continue;
    }
    const eq = all[key];
    if (!eq) continue;
    const setting = eq.setting;
    let note: string;
    switch (setting.library) {
      case 'sklearn-ridge':
        note = t('crosswalk.note.sklearn-ridge', { n: context.n, l2: f(lambda * (1 - rho)) });
        break;
      case 'sklearn-logistic':
        note = setting.C === Infinity ? t('crosswalk.note.sklearn-logistic.none') : t('crosswalk.note.sklearn-logistic', { n: context.n, lambda: f(lambda) });
        break;
      case 'glmnet':
        note = taskOf(context.loss) === 'regression' ? t('crosswalk.note.glmnet.gaussian', { sd: f(context.ySd) }) : t('crosswalk.note.glmnet.binomial');
        break;
      case 'keras':
        note = t(half ? 'crosswalk.note.keras.half' : 'crosswalk.note.keras.mse');
        break;
      case 'torch-l2':
        note = t(half ? 'crosswalk.note.torch-l2.half' : 'crosswalk.note.torch-l2.mse');
        break;
      case 'torch-adamw':
        note = t('crosswalk.note.torch-adamw', { shrink: f(context.lr * setting.weightDecay) });
        break;
      case 'adamw-paper':
        note = t('crosswalk.note.adamw-paper', { lr: f(context.lr), wd: f(all['torch-adamw'].setting.weightDecay) });
        break;
      default:
        note = t(`crosswalk.note.${setting.library}` as CrosswalkKey);
    }
    if (!eq.exact) {
      note = joinSentences(note, t('crosswalk.note.partial'));
      if (key === 'torch-l2') note = joinSentences(note, t('crosswalk.note.addL1', { l1: f(k * lambda * rho) }));
    }
    rows.push({ key, name, code: settingCode(setting, context), note, partial: !eq.exact });
  }
  return rows;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The rows as `<tr>` HTML (the build and the browser draw the same markup). */
export const rowsHtml = (rows: Row[]): string =>
  rows
    .map(
      (r) =>
        `<tr data-row="${r.key}"${r.partial ? ' data-partial=""' : ''}><th scope="row">${escapeHtml(r.name)}</th><td><code>${escapeHtml(r.code)}</code></td><td>${escapeHtml(r.note)}</td></tr>`,
    )
    .join('');
