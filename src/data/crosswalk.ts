/**
 * The settings crosswalk page (/ja/crosswalk/): each library's documented objective in TeX, its
 * relation to this site's λ and ρ (text with $…$ maths, per language), and where it is documented.
 * The conversions themselves are src/lib/crosswalk.ts.
 */
import type { Reference } from '../schemas/common';

export interface CrosswalkDoc {
  label: string;
  url: string;
}

export interface ObjectiveRow {
  /** Key of the library's name in src/i18n/ui/crosswalk.ts (`crosswalk.lib.<id>`). */
  id: 'sklearn-elasticnet' | 'sklearn-ridge' | 'sklearn-logistic' | 'glmnet' | 'statsmodels' | 'keras' | 'torch-l2' | 'torch-adamw' | 'adamw-paper';
  /** The objective (or update) as the documentation writes it, in our symbols where they agree. */
  tex: string;
  mapping: { ja: string; en: string };
  docs: CrosswalkDoc[];
}

/** This site's classification objective; the regression one is OBJECTIVE_TEX in ./notation. */
export const LOGISTIC_OBJECTIVE_TEX =
  '\\frac{1}{n}\\sum_{i=1}^{n} \\ell_i + \\lambda\\rho\\,\\lVert w \\rVert_1 + \\frac{\\lambda(1-\\rho)}{2}\\,\\lVert w \\rVert_2^2';

const SKLEARN = 'https://scikit-learn.org/stable/modules/generated/sklearn.linear_model';
const TORCH = 'https://docs.pytorch.org/docs/stable/generated/torch.optim';

export const OBJECTIVES: ObjectiveRow[] = [
  {
    id: 'sklearn-elasticnet',
    tex: '\\frac{1}{2n}\\lVert y - Xw - b \\rVert_2^2 + \\mathtt{alpha}\\cdot r\\,\\lVert w \\rVert_1 + \\frac{\\mathtt{alpha}\\,(1-r)}{2}\\lVert w \\rVert_2^2',
    mapping: {
      ja: '$\\lambda = \\mathtt{alpha}$、$\\rho = r = \\mathtt{l1\\_ratio}$（Lasso は $r = 1$）',
      en: '$\\lambda = \\mathtt{alpha}$, $\\rho = r = \\mathtt{l1\\_ratio}$ (Lasso: $r = 1$)',
    },
    docs: [
      { label: 'ElasticNet', url: `${SKLEARN}.ElasticNet.html` },
      { label: 'Lasso', url: `${SKLEARN}.Lasso.html` },
    ],
  },
  {
    id: 'sklearn-ridge',
    tex: '\\lVert y - Xw - b \\rVert_2^2 + \\mathtt{alpha}\\,\\lVert w \\rVert_2^2',
    mapping: { ja: '$\\lambda = \\mathtt{alpha}/n$、$\\rho = 0$', en: '$\\lambda = \\mathtt{alpha}/n$, $\\rho = 0$' },
    docs: [{ label: 'Ridge', url: `${SKLEARN}.Ridge.html` }],
  },
  {
    id: 'sklearn-logistic',
    tex: '\\mathtt{C}\\sum_{i=1}^{n} \\ell_i + \\frac{1-r}{2}\\lVert w \\rVert_2^2 + r\\,\\lVert w \\rVert_1',
    mapping: {
      ja: '$\\lambda = 1/(n\\,\\mathtt{C})$、$\\rho = r = \\mathtt{l1\\_ratio}$（penalty="l2" は $r = 0$、"l1" は $r = 1$）',
      en: '$\\lambda = 1/(n\\,\\mathtt{C})$, $\\rho = r = \\mathtt{l1\\_ratio}$ (penalty="l2": $r = 0$; "l1": $r = 1$)',
    },
    docs: [
      { label: 'LogisticRegression', url: `${SKLEARN}.LogisticRegression.html` },
      { label: 'User Guide: Logistic regression', url: 'https://scikit-learn.org/stable/modules/linear_model.html#logistic-regression' },
    ],
  },
  {
    id: 'glmnet',
    tex: '\\frac{1}{2n}\\sum_{i=1}^{n}\\bigl(y_i - \\beta_0 - x_i^\\top\\beta\\bigr)^2 + \\mathtt{lambda}\\Bigl[\\frac{1-\\mathtt{alpha}}{2}\\lVert \\beta \\rVert_2^2 + \\mathtt{alpha}\\,\\lVert \\beta \\rVert_1\\Bigr]',
    mapping: {
      ja: '$\\lambda\\rho = \\mathtt{lambda}\\cdot\\mathtt{alpha}$、$\\lambda(1-\\rho) = \\mathtt{lambda}\\,(1-\\mathtt{alpha})/s_y$。$s_y$ は y の標準偏差（n で割る式）で、family = "binomial"（データの項は $\\frac{1}{n}\\sum_i \\ell_i$）では $s_y = 1$ です',
      en: '$\\lambda\\rho = \\mathtt{lambda}\\cdot\\mathtt{alpha}$, $\\lambda(1-\\rho) = \\mathtt{lambda}\\,(1-\\mathtt{alpha})/s_y$, where $s_y$ is the standard deviation of y (dividing by n); $s_y = 1$ for family = "binomial" (data term $\\frac{1}{n}\\sum_i \\ell_i$)',
    },
    docs: [
      { label: 'glmnet()', url: 'https://glmnet.stanford.edu/reference/glmnet.html' },
      { label: 'An Introduction to glmnet', url: 'https://glmnet.stanford.edu/articles/glmnet.html' },
    ],
  },
  {
    id: 'statsmodels',
    tex: '\\frac{\\mathrm{RSS}}{2n} + \\mathtt{alpha}\\Bigl[\\frac{1-\\mathtt{L1\\_wt}}{2}\\lVert w \\rVert_2^2 + \\mathtt{L1\\_wt}\\,\\lVert w \\rVert_1\\Bigr]',
    mapping: {
      ja: '$\\lambda = \\mathtt{alpha}$、$\\rho = \\mathtt{L1\\_wt}$（OLS。GLM の Binomial ではデータの項が $\\frac{1}{n}\\sum_i \\ell_i$ になります）',
      en: '$\\lambda = \\mathtt{alpha}$, $\\rho = \\mathtt{L1\\_wt}$ (OLS; with a Binomial GLM the data term is $\\frac{1}{n}\\sum_i \\ell_i$)',
    },
    docs: [
      { label: 'OLS.fit_regularized', url: 'https://www.statsmodels.org/stable/generated/statsmodels.regression.linear_model.OLS.fit_regularized.html' },
      {
        label: 'GLM.fit_regularized',
        url: 'https://www.statsmodels.org/stable/generated/statsmodels.genmod.generalized_linear_model.GLM.fit_regularized.html',
      },
    ],
  },
  {
    id: 'keras',
    tex: 'L(w) + \\mathtt{l1}\\sum_j |w_j| + \\mathtt{l2}\\sum_j w_j^2',
    mapping: {
      ja: '$\\mathtt{l1} = k\\lambda\\rho$、$\\mathtt{l2} = k\\lambda(1-\\rho)/2$',
      en: '$\\mathtt{l1} = k\\lambda\\rho$, $\\mathtt{l2} = k\\lambda(1-\\rho)/2$',
    },
    docs: [{ label: 'Layer weight regularizers', url: 'https://keras.io/api/layers/regularizers/' }],
  },
  {
    id: 'torch-l2',
    tex: 'g_t \\leftarrow \\nabla L(w_{t-1}) + \\mathtt{wd}\\cdot w_{t-1}',
    mapping: {
      ja: '損失に $\\frac{\\mathtt{wd}}{2}\\lVert w \\rVert_2^2$ を足すのと同じです。$\\mathtt{wd} = k\\lambda$、$\\rho = 0$',
      en: 'the same as adding $\\frac{\\mathtt{wd}}{2}\\lVert w \\rVert_2^2$ to the loss: $\\mathtt{wd} = k\\lambda$, $\\rho = 0$',
    },
    docs: [
      { label: 'SGD', url: `${TORCH}.SGD.html` },
      { label: 'Adam', url: `${TORCH}.Adam.html` },
    ],
  },
  {
    id: 'torch-adamw',
    tex: 'w_t \\leftarrow w_{t-1} - \\mathtt{lr}\\cdot\\mathtt{wd}\\cdot w_{t-1}',
    mapping: {
      ja: '減衰のあと、減衰を含まない勾配で Adam の1ステップを進めます。モーメンタムのない SGD なら、$\\mathtt{wd} = k\\lambda$ の weight_decay と同じ更新です。Adam では、どの $\\lambda$ とも同じ更新になりません',
      en: 'then an Adam step on the gradient without the decay. Under plain SGD without momentum: the same updates as weight_decay $\\mathtt{wd} = k\\lambda$. Under Adam, no $\\lambda$ gives the same updates',
    },
    docs: [{ label: 'AdamW', url: `${TORCH}.AdamW.html` }],
  },
  {
    id: 'adamw-paper',
    tex: 'w_t = w_{t-1} - \\eta_t\\Bigl(\\alpha\\,\\frac{\\hat{m}_t}{\\sqrt{\\hat{v}_t} + \\epsilon} + \\lambda_{\\mathrm{LH}}\\,w_{t-1}\\Bigr)',
    mapping: {
      ja: '$\\eta_t = 1$ なら $\\lambda_{\\mathrm{LH}} = \\mathtt{lr}\\cdot\\mathtt{wd}$（PyTorch の AdamW）',
      en: 'with $\\eta_t = 1$, $\\lambda_{\\mathrm{LH}} = \\mathtt{lr}\\cdot\\mathtt{wd}$ (PyTorch’s AdamW)',
    },
    docs: [{ label: 'arXiv:1711.05101', url: 'https://arxiv.org/abs/1711.05101' }],
  },
];

/** Papers cited on the page. */
export const CROSSWALK_PAPERS: Reference[] = [
  {
    authors: 'Loshchilov, I. & Hutter, F.',
    title: 'Decoupled Weight Decay Regularization',
    year: 2019,
    venue: 'ICLR 2019',
    section: 'Algorithms 1–2, Proposition 2',
    url: 'https://arxiv.org/abs/1711.05101',
  },
  {
    authors: 'Friedman, J., Hastie, T. & Tibshirani, R.',
    title: 'Regularization Paths for Generalized Linear Models via Coordinate Descent',
    year: 2010,
    venue: 'Journal of Statistical Software, 33(1), 1–22',
    section: '§2',
    url: 'https://doi.org/10.18637/jss.v033.i01',
  },
];

/** scikit-learn's issue that shows the confusion (Lasso and SGDRegressor share alpha; Ridge does not). */
export const SKLEARN_ISSUE: CrosswalkDoc = {
  label: 'scikit-learn issue #21891',
  url: 'https://github.com/scikit-learn/scikit-learn/issues/21891',
};

/** The worked example of the page (computed at build time by src/lib/crosswalk.ts). */
export const WORKED_EXAMPLE = { n: 442, lambda: 0.1, l1Ratio: 0.5, lr: 0.001 } as const;
