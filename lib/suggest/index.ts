import { splitSentences, type Sentence } from "./sentences";
import { tokenize } from "./tokens";

// An inverted index over sentences (for passages) and whole documents (for
// "is this article about the same happening"), both scored with BM25. It only
// ever grows or drops documents one at a time, so importing an article never
// rebuilds it.
/** `text` is what passages are cut from; `title` only counts for the whole document. */
export type IndexedDoc = { id: string; text: string; title?: string; publishedAt?: number };

type DocEntry = { id: string; text: string; publishedAt: number; sentences: Sentence[]; firstSentence: number; length: number; alive: boolean };

class Postings {
  ids = new Int32Array(4);
  tfs = new Uint16Array(4);
  size = 0;
  push(id: number, tf: number) {
    if (this.size === this.ids.length) {
      const ids = new Int32Array(this.size * 2);
      ids.set(this.ids);
      const tfs = new Uint16Array(this.size * 2);
      tfs.set(this.tfs);
      this.ids = ids;
      this.tfs = tfs;
    }
    this.ids[this.size] = id;
    this.tfs[this.size] = Math.min(tf, 65535);
    this.size++;
  }
}

const K1 = 1.2;
const B = 0.75;

export type DocHit = { doc: number; score: number; best: number };

export class PassageIndex {
  private docs: DocEntry[] = [];
  private byId = new Map<string, number>();
  private sentDoc: number[] = [];
  private sentLen: number[] = [];
  private sentPost = new Map<string, Postings>();
  private docPost = new Map<string, Postings>();
  private sentTotal = 0;
  private docTotal = 0;
  private live = 0;
  private acc = new Float32Array(0);
  // How often each stem was written capitalised mid-sentence: tells names
  // from ordinary words even when a claim is a Title Case headline.
  private seen = new Map<string, number>();
  private capitalised = new Map<string, number>();

  get size() {
    return this.live;
  }

  has(id: string) {
    const i = this.byId.get(id);
    return i !== undefined && this.docs[i]!.alive;
  }

  add(doc: IndexedDoc) {
    if (this.has(doc.id)) return;
    const index = this.docs.length;
    const sentences = splitSentences(doc.text);
    const entry: DocEntry = {
      id: doc.id,
      text: doc.text,
      publishedAt: doc.publishedAt ?? 0,
      sentences,
      firstSentence: this.sentDoc.length,
      length: 0,
      alive: true,
    };
    const docTf = new Map<string, number>();
    for (const s of sentences) {
      const sid = this.sentDoc.length;
      const tf = new Map<string, number>();
      const toks = tokenize(s.text);
      for (const t of toks) {
        tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1);
        // Sentence-initial capitals say nothing either way.
        if (!t.initial) this.seen.set(t.stem, (this.seen.get(t.stem) ?? 0) + 1);
        if (t.name) this.capitalised.set(t.stem, (this.capitalised.get(t.stem) ?? 0) + 1);
      }
      for (const [term, n] of tf) {
        let p = this.sentPost.get(term);
        if (!p) this.sentPost.set(term, (p = new Postings()));
        p.push(sid, n);
        docTf.set(term, (docTf.get(term) ?? 0) + n);
      }
      this.sentDoc.push(index);
      this.sentLen.push(toks.length);
      this.sentTotal += toks.length;
      entry.length += toks.length;
    }
    for (const t of doc.title ? tokenize(doc.title) : []) {
      docTf.set(t.stem, (docTf.get(t.stem) ?? 0) + 1);
      entry.length++;
    }
    for (const [term, n] of docTf) {
      let p = this.docPost.get(term);
      if (!p) this.docPost.set(term, (p = new Postings()));
      p.push(index, n);
    }
    this.docTotal += entry.length;
    this.docs.push(entry);
    this.byId.set(doc.id, index);
    this.live++;
  }

  /** Removed documents stay in the postings but are skipped when scoring. */
  remove(id: string) {
    const i = this.byId.get(id);
    if (i === undefined || !this.docs[i]!.alive) return;
    this.docs[i]!.alive = false;
    this.byId.delete(id);
    this.live--;
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  doc(i: number) {
    return this.docs[i]!;
  }

  /** Share of a stem's occurrences written as a name; null when too rare to tell. */
  nameRatio(term: string): number | null {
    const n = this.seen.get(term) ?? 0;
    return n < 2 ? null : (this.capitalised.get(term) ?? 0) / n;
  }

  /** Inverse document frequency of a stem over documents (BM25's form, never negative). */
  idf(term: string) {
    const df = this.docPost.get(term)?.size ?? 0;
    const n = Math.max(this.docs.length, 1);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * First-stage retrieval: BM25 on documents plus the best-scoring sentence
   * per document; returns the `limit` best documents among those `accept`ed.
   */
  retrieve(terms: Map<string, number>, limit: number, accept?: (doc: DocEntry) => boolean): DocHit[] {
    const nSent = this.sentDoc.length;
    if (this.acc.length < nSent) this.acc = new Float32Array(Math.max(nSent * 2, 1024));
    const acc = this.acc;
    const touched: number[] = [];
    const avgS = this.sentTotal / Math.max(nSent, 1);
    for (const [term, weight] of terms) {
      const p = this.sentPost.get(term);
      if (!p) continue;
      const idf = this.idf(term) * weight;
      for (let k = 0; k < p.size; k++) {
        const sid = p.ids[k]!;
        const tf = p.tfs[k]!;
        if (acc[sid] === 0) touched.push(sid);
        acc[sid] = acc[sid]! + (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.sentLen[sid]!) / avgS));
      }
    }
    const best = new Map<number, DocHit>();
    for (const sid of touched) {
      const d = this.sentDoc[sid]!;
      const s = acc[sid]!;
      acc[sid] = 0;
      const hit = best.get(d);
      if (!hit) best.set(d, { doc: d, score: s, best: sid });
      else if (s > hit.score) {
        hit.score = s;
        hit.best = sid;
      }
    }
    const avgD = this.docTotal / Math.max(this.docs.length, 1);
    const docScore = new Map<number, number>();
    for (const [term, weight] of terms) {
      const p = this.docPost.get(term);
      if (!p) continue;
      const idf = this.idf(term) * weight;
      for (let k = 0; k < p.size; k++) {
        const d = p.ids[k]!;
        if (!best.has(d)) continue;
        const tf = p.tfs[k]!;
        docScore.set(d, (docScore.get(d) ?? 0) + (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.docs[d]!.length) / avgD)));
      }
    }
    const hits: DocHit[] = [];
    for (const hit of best.values()) {
      const entry = this.docs[hit.doc]!;
      if (!entry.alive || (accept && !accept(entry))) continue;
      hit.score = hit.score + 0.5 * (docScore.get(hit.doc) ?? 0);
      hits.push(hit);
    }
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, limit);
  }

  /**
   * Whole-document BM25 only (no sentence pass): the cheap lookup rumor
   * matching makes for every text it indexes. Best `limit` live documents.
   */
  topDocs(terms: Map<string, number>, limit: number): { id: string; score: number }[] {
    const avgD = this.docTotal / Math.max(this.docs.length, 1);
    const scores = new Map<number, number>();
    for (const [term, weight] of terms) {
      const p = this.docPost.get(term);
      if (!p) continue;
      const idf = this.idf(term) * weight;
      for (let k = 0; k < p.size; k++) {
        const d = p.ids[k]!;
        const tf = p.tfs[k]!;
        scores.set(d, (scores.get(d) ?? 0) + (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.docs[d]!.length) / avgD)));
      }
    }
    const out: { id: string; score: number }[] = [];
    for (const [d, score] of scores) if (this.docs[d]!.alive) out.push({ id: this.docs[d]!.id, score });
    return out.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  sentenceOf(globalSentence: number) {
    const d = this.sentDoc[globalSentence]!;
    return { doc: d, local: globalSentence - this.docs[d]!.firstSentence };
  }
}
