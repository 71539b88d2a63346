// A logistic model stored as plain numbers: features are standardised with
// the training means and deviations, then weighed. Training
// (`npm run train:suggest`) uses ml-logistic-regression; scoring is the dot
// product below, so the request path needs no matrix library.
export type LinearModel = {
  features: readonly string[];
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
};

function logit(model: LinearModel, x: Record<string, number>): number {
  let z = model.bias;
  model.features.forEach((f, i) => {
    z += model.weights[i]! * (((x[f] ?? 0) - model.mean[i]!) / (model.std[i] || 1));
  });
  return z;
}

/** Probability in [0, 1]. */
export function probability(model: LinearModel, x: Record<string, number>): number {
  return 1 / (1 + Math.exp(-logit(model, x)));
}
