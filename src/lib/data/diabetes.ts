// The diabetes data of Efron, Hastie, Johnstone & Tibshirani, "Least Angle Regression",
// Annals of Statistics 32(2), 2004 (442 patients, 10 baseline variables), as shipped by
// scikit-learn. The raw rows live in ./diabetesRaw.ts.
import { DIABETES_ROWS } from './diabetesRaw';

export const DIABETES_FEATURES = [
  'age',
  'sex',
  'bmi',
  'bp',
  's1',
  's2',
  's3',
  's4',
  's5',
  's6',
] as const;

export const DIABETES_CITATION =
  'Efron, B., Hastie, T., Johnstone, I., Tibshirani, R. (2004). Least Angle Regression. ' +
  'Annals of Statistics 32(2), 407–499. https://doi.org/10.1214/009053604000000067';

export interface Dataset {
  X: number[][];
  y: number[];
  featureNames: string[];
}

/**
 * Raw data by default. With `scaled: true`, scikit-learn's load_diabetes(scaled=True):
 * each column centred, divided by its standard deviation (ddof 0), then by √n, so every
 * column has mean 0 and unit L2 norm. The target is never scaled.
 */
export function loadDiabetes(opts: { scaled?: boolean } = {}): Dataset {
  const X = DIABETES_ROWS.map((r) => r.slice(0, 10));
  const y = DIABETES_ROWS.map((r) => r[10]);
  if (opts.scaled) {
    const n = X.length;
    const rootN = Math.sqrt(n);
    for (let j = 0; j < 10; j++) {
      let m = 0;
      for (const row of X) m += row[j];
      m /= n;
      let v = 0;
      for (const row of X) v += (row[j] - m) ** 2;
      const sd = Math.sqrt(v / n);
      for (const row of X) row[j] = (row[j] - m) / sd / rootN;
    }
  }
  return { X, y, featureNames: [...DIABETES_FEATURES] };
}
