// Activation functions of the hidden layers and their derivatives, written in terms of the
// pre-activation z and the output a = f(z) (whichever is cheaper).

export type Activation = 'tanh' | 'relu' | 'sigmoid' | 'linear';

export const ACTIVATIONS: readonly Activation[] = ['tanh', 'relu', 'sigmoid', 'linear'];

/** Logistic sigmoid, computed without overflow for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** log(1 + e^z) without overflow. */
export function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

export function activate(f: Activation, z: number): number {
  switch (f) {
    case 'tanh':
      return Math.tanh(z);
    case 'relu':
      return z > 0 ? z : 0;
    case 'sigmoid':
      return sigmoid(z);
    case 'linear':
      return z;
  }
}

/** f′(z), given z and a = f(z). ReLU uses f′(0) = 0. */
export function derivative(f: Activation, z: number, a: number): number {
  switch (f) {
    case 'tanh':
      return 1 - a * a;
    case 'relu':
      return z > 0 ? 1 : 0;
    case 'sigmoid':
      return a * (1 - a);
    case 'linear':
      return 1;
  }
}
