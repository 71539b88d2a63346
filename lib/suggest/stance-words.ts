// The model's bag of words: which words of a learned vocabulary occur in the
// claim, in the sentences that match it best and in the whole article. The
// vocabulary holds only words that occur across many rumor groups of the
// training bodies (general news wording, not topics); the weights say which
// of them lean towards which stance.
const WORD = /[a-z]+(?:'[a-z]+)?|\?/g;

export type Vocabulary = { head: string[]; top: string[]; body: string[] };
export type VocabularyIndex = Map<string, number>;

/** Distinct lower-cased words (and "?") of a text. */
export function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().replace(/’/g, "'").match(WORD) ?? []);
}

/** Row of each `view:word` in the weights: after the dense features, head, then top, then body words. */
export function indexVocabulary(vocab: Vocabulary, offset: number): VocabularyIndex {
  const index = new Map<string, number>();
  let i = offset;
  for (const view of ["head", "top", "body"] as const) for (const w of vocab[view]) index.set(`${view}:${w}`, i++);
  return index;
}

/** Rows of the words present in each view, sorted (the order of summation is fixed). */
export function bagRows(index: VocabularyIndex, views: Record<keyof Vocabulary, Iterable<string>>): number[] {
  const rows: number[] = [];
  for (const view of ["head", "top", "body"] as const) {
    for (const w of views[view]) {
      const row = index.get(`${view}:${w}`);
      if (row !== undefined) rows.push(row);
    }
  }
  return rows.sort((a, b) => a - b);
}
