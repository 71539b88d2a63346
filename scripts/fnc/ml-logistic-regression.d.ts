// The package ships no types; only what train:suggest uses is declared.
declare module "ml-logistic-regression" {
  import type { Matrix } from "ml-matrix";
  export default class LogisticRegression {
    constructor(options?: { numSteps?: number; learningRate?: number });
    train(X: Matrix, Y: Matrix): void;
    toJSON(): { classifiers: unknown[] };
  }
}
