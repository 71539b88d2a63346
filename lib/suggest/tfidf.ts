import { tokenize } from "./tokens";

// The floor the issue sets: plain TF-IDF cosine between the claim and each
// whole article, same tokenizer and stemmer, no re-ranking and no stance.
export class TfidfRanker {
  private docs: { id: string; vec: Map<string, number>; norm: number }[] = [];
  private df = new Map<string, number>();
  private tfs: { id: string; tf: Map<string, number> }[] = [];

  constructor(articles: { id: string; text: string }[]) {
    for (const a of articles) {
      const tf = new Map<string, number>();
      for (const t of tokenize(a.text)) tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1);
      for (const term of tf.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
      this.tfs.push({ id: a.id, tf });
    }
    for (const { id, tf } of this.tfs) {
      const vec = new Map<string, number>();
      let norm = 0;
      for (const [term, n] of tf) {
        const v = (1 + Math.log(n)) * this.idf(term);
        vec.set(term, v);
        norm += v * v;
      }
      this.docs.push({ id, vec, norm: Math.sqrt(norm) || 1 });
    }
  }

  private idf(term: string) {
    return Math.log((1 + this.tfs.length) / (1 + (this.df.get(term) ?? 0))) + 1;
  }

  rank(claim: string): { id: string; score: number }[] {
    const q = new Map<string, number>();
    for (const t of tokenize(claim)) q.set(t.stem, (q.get(t.stem) ?? 0) + 1);
    let qn = 0;
    for (const [term, n] of q) {
      const v = (1 + Math.log(n)) * this.idf(term);
      q.set(term, v);
      qn += v * v;
    }
    qn = Math.sqrt(qn) || 1;
    return this.docs
      .map((d) => {
        let dot = 0;
        for (const [term, v] of q) dot += v * (d.vec.get(term) ?? 0);
        return { id: d.id, score: dot / (qn * d.norm) };
      })
      .sort((a, b) => b.score - a.score);
  }
}
