// Per-class precision, recall and F1 and the confusion matrix, printed the
// same way for every model and split so the figures can be compared line by line.
export const CLASSES = ["supports", "contradicts", "mentions"] as const;
export type Cls = (typeof CLASSES)[number];
export type Scores = { confusion: number[][]; p: number[]; r: number[]; f1: number[]; accuracy: number };

export function score(gold: Cls[], pred: Cls[]): Scores {
  const idx = (c: Cls) => CLASSES.indexOf(c);
  const confusion = CLASSES.map(() => CLASSES.map(() => 0));
  gold.forEach((g, i) => confusion[idx(g)]![idx(pred[i]!)]!++);
  const p = CLASSES.map(
    (_, k) =>
      confusion[k]![k]! /
      Math.max(
        1,
        confusion.reduce((a, row) => a + row[k]!, 0),
      ),
  );
  const r = CLASSES.map(
    (_, k) =>
      confusion[k]![k]! /
      Math.max(
        1,
        confusion[k]!.reduce((a, v) => a + v, 0),
      ),
  );
  const f1 = p.map((pk, k) => (pk + r[k]! === 0 ? 0 : (2 * pk * r[k]!) / (pk + r[k]!)));
  const accuracy = CLASSES.reduce((a, _, k) => a + confusion[k]![k]!, 0) / Math.max(1, gold.length);
  return { confusion, p, r, f1, accuracy };
}

const f3 = (x: number) => x.toFixed(3);

export function formatScores(title: string, s: Scores): string {
  const lines = [title, "  class        precision recall  F1     | confusion (rows gold, columns predicted)"];
  CLASSES.forEach((c, k) => {
    lines.push(`  ${c.padEnd(12)} ${f3(s.p[k]!)}     ${f3(s.r[k]!)}   ${f3(s.f1[k]!)}  | ${s.confusion[k]!.map((v) => String(v).padStart(6)).join("")}`);
  });
  lines.push(`  accuracy ${f3(s.accuracy)}, macro-F1 ${f3(s.f1.reduce((a, v) => a + v, 0) / 3)}`);
  return lines.join("\n");
}
