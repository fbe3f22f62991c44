// Prediction metrics (scikit-learn's definitions) and linear predictions.
import { checkMatrix } from './validate';

function checkPair(a: readonly number[], b: readonly number[], what: string): void {
  if (!Array.isArray(a) || !Array.isArray(b)) throw new RangeError(`${what} needs two arrays`);
  if (a.length === 0) throw new RangeError(`${what} needs at least one value`);
  if (a.length !== b.length) throw new RangeError(`${what}: ${a.length} true values but ${b.length} predictions`);
  for (let i = 0; i < a.length; i++) {
    if (!Number.isFinite(a[i]) || !Number.isFinite(b[i])) {
      throw new RangeError(`${what}: entry ${i} is not a finite number`);
    }
  }
}

/** Xw + b for each row. */
export function predict(fit: { coef: number[]; intercept: number }, X: number[][]): number[] {
  const [, p] = checkMatrix(X);
  if (p !== fit.coef.length) throw new RangeError(`X has ${p} columns, the model has ${fit.coef.length}`);
  return X.map((row) => row.reduce((s, v, j) => s + v * fit.coef[j], fit.intercept));
}

/** Mean squared error. */
export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  checkPair(yTrue, yPred, 'meanSquaredError');
  let s = 0;
  for (let i = 0; i < yTrue.length; i++) s += (yTrue[i] - yPred[i]) ** 2;
  return s / yTrue.length;
}

/** Coefficient of determination 1 − SS_res/SS_tot; constant yTrue gives 1 if predicted exactly, else 0. */
export function r2Score(yTrue: readonly number[], yPred: readonly number[]): number {
  checkPair(yTrue, yPred, 'r2Score');
  const m = yTrue.reduce((a, b) => a + b, 0) / yTrue.length;
  let res = 0;
  let tot = 0;
  for (let i = 0; i < yTrue.length; i++) {
    res += (yTrue[i] - yPred[i]) ** 2;
    tot += (yTrue[i] - m) ** 2;
  }
  if (tot === 0) return res === 0 ? 1 : 0;
  return 1 - res / tot;
}

/** Share of equal labels. */
export function accuracy(yTrue: readonly number[], yPred: readonly number[]): number {
  checkPair(yTrue, yPred, 'accuracy');
  let hits = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) hits++;
  return hits / yTrue.length;
}

/** Probabilities are clipped to [1e-15, 1 − 1e-15] before taking logs. */
export const LOG_LOSS_CLIP = 1e-15;

/** Mean binary cross-entropy of labels 0/1 against P(y = 1). */
export function logLoss(yTrue: readonly number[], prob: readonly number[]): number {
  checkPair(yTrue, prob, 'logLoss');
  let s = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const y = yTrue[i];
    if (y !== 0 && y !== 1) throw new RangeError(`logLoss: label ${i} is ${y}, expected 0 or 1`);
    if (prob[i] < 0 || prob[i] > 1) throw new RangeError(`logLoss: probability ${i} is ${prob[i]}, outside [0, 1]`);
    const p = Math.min(Math.max(prob[i], LOG_LOSS_CLIP), 1 - LOG_LOSS_CLIP);
    s -= y === 1 ? Math.log(p) : Math.log1p(-p);
  }
  return s / yTrue.length;
}
