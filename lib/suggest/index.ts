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
  private touchedSent = new Int32Array(0);
  // Scratch for scoring, reused across queries (see `scratch`).
  private docAcc = new Float64Array(0);
  private docMark = new Uint32Array(0);
  private bestAcc = new Float64Array(0);
  private bestSent = new Int32Array(0);
  private bestMark = new Uint32Array(0);
  private stamp = 0;
  private sentNorm = new Float64Array(0);
  private sentNormAt = -1;
  private docNorm = new Float64Array(0);
  private docNormAt = -1;
  // How often each stem was written capitalised mid-sentence: tells names
  // from ordinary words even when a claim is a Title Case headline.
  private seen = new Map<string, number>();
  private capitalised = new Map<string, number>();

  get size() {
    return this.live;
  }

  /** Moves with every document added or removed: what a cached result computed from the index is keyed on. */
  version = 0;

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
    this.version++;
  }

  /** Removed documents stay in the postings but are skipped when scoring. */
  remove(id: string) {
    const i = this.byId.get(id);
    if (i === undefined || !this.docs[i]!.alive) return;
    this.docs[i]!.alive = false;
    this.byId.delete(id);
    this.live--;
    this.version++;
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
   * BM25's length term, K1·(1 − B + B·length/average), per sentence and per
   * document: computed once for the current averages instead of once per
   * posting read (the same value, so the same scores), and read from a flat
   * array rather than through each document's entry.
   */
  private lengthNorms() {
    const nSent = this.sentDoc.length;
    const avgS = this.sentTotal / Math.max(nSent, 1);
    if (this.sentNormAt !== avgS || this.sentNorm.length !== nSent) {
      this.sentNorm = new Float64Array(nSent);
      for (let i = 0; i < nSent; i++) this.sentNorm[i] = K1 * (1 - B + (B * this.sentLen[i]!) / avgS);
      this.sentNormAt = avgS;
    }
    const n = this.docs.length;
    const avgD = this.docTotal / Math.max(n, 1);
    if (this.docNormAt !== avgD || this.docNorm.length !== n) {
      this.docNorm = new Float64Array(n);
      for (let d = 0; d < n; d++) this.docNorm[d] = K1 * (1 - B + (B * this.docs[d]!.length) / avgD);
      this.docNormAt = avgD;
    }
    return { sent: this.sentNorm, doc: this.docNorm };
  }

  /** A fresh stamp for the per-document scratch arrays (a document is "seen" when its mark equals it). */
  private scratch() {
    const n = this.docs.length;
    if (this.docAcc.length < n) {
      this.docAcc = new Float64Array(Math.max(n * 2, 1024));
      this.bestAcc = new Float64Array(this.docAcc.length);
      this.bestSent = new Int32Array(this.docAcc.length);
      this.docMark = new Uint32Array(this.docAcc.length);
      this.bestMark = new Uint32Array(this.docAcc.length);
      this.stamp = 0;
    }
    this.stamp = (this.stamp % 0xfffffffe) + 1;
    if (this.stamp === 1) {
      this.docMark.fill(0);
      this.bestMark.fill(0);
    }
    return this.stamp;
  }

  /** Whole-document BM25 of every document sharing a term, into `docAcc`; returns them in the order first reached. */
  private scoreDocs(terms: Map<string, number>, stamp: number, norm: Float64Array): number[] {
    const acc = this.docAcc;
    const mark = this.docMark;
    const touched: number[] = [];
    for (const [term, weight] of terms) {
      const p = this.docPost.get(term);
      if (!p) continue;
      const idf = this.idf(term) * weight;
      const { ids, tfs } = p;
      for (let k = 0; k < p.size; k++) {
        const d = ids[k]!;
        const tf = tfs[k]!;
        const s = (idf * tf * (K1 + 1)) / (tf + norm[d]!);
        if (mark[d] !== stamp) {
          mark[d] = stamp;
          acc[d] = s;
          touched.push(d);
        } else acc[d] = acc[d]! + s;
      }
    }
    return touched;
  }

  /**
   * First-stage retrieval: BM25 on documents plus the best-scoring sentence
   * per document; returns the `limit` best documents among those `accept`ed.
   */
  retrieve(terms: Map<string, number>, limit: number, accept?: (doc: DocEntry) => boolean): DocHit[] {
    return this.search(terms, limit, 0, accept).hits;
  }

  /**
   * `retrieve`'s passages and `topDocs`'s whole documents from one pass over
   * the postings (rumor matching needs both for a claim: its expansion and
   * its article votes). Ties keep the order in which documents were first
   * reached, as a stable sort of them all would.
   */
  search(terms: Map<string, number>, limit: number, docLimit: number, accept?: (doc: DocEntry) => boolean) {
    const nSent = this.sentDoc.length;
    if (this.acc.length < nSent) {
      this.acc = new Float32Array(Math.max(nSent * 2, 1024));
      this.touchedSent = new Int32Array(this.acc.length);
    }
    const norms = this.lengthNorms();
    const stamp = this.scratch();
    const acc = this.acc;
    const sentNorm = norms.sent;
    // Sentences reached, in the order first reached, in a typed scratch array
    // kept across queries: a query reaches tens of thousands, and growing a
    // plain array for them cost more than scoring them (search ran 2–4 times
    // slower at 20,000 articles).
    const touched = this.touchedSent;
    let nTouched = 0;
    for (const [term, weight] of terms) {
      const p = this.sentPost.get(term);
      if (!p) continue;
      const idf = this.idf(term) * weight;
      const { ids, tfs } = p;
      for (let k = 0; k < p.size; k++) {
        const sid = ids[k]!;
        const tf = tfs[k]!;
        const before = acc[sid]!;
        if (before === 0) touched[nTouched++] = sid;
        acc[sid] = before + (idf * tf * (K1 + 1)) / (tf + sentNorm[sid]!);
      }
    }
    // Best sentence per document, documents in the order first reached.
    const bestAcc = this.bestAcc;
    const bestSent = this.bestSent;
    const bestMark = this.bestMark;
    const found: number[] = [];
    const sentDoc = this.sentDoc;
    for (let i = 0; i < nTouched; i++) {
      const sid = touched[i]!;
      const d = sentDoc[sid]!;
      const s = acc[sid]!;
      acc[sid] = 0;
      if (bestMark[d] !== stamp) {
        bestMark[d] = stamp;
        bestAcc[d] = s;
        bestSent[d] = sid;
        found.push(d);
      } else if (s > bestAcc[d]!) {
        bestAcc[d] = s;
        bestSent[d] = sid;
      }
    }
    const docs = this.scoreDocs(terms, stamp, norms.doc);
    const docAcc = this.docAcc;
    const docMark = this.docMark;
    const entries = this.docs;
    const hits = bestOf(
      found,
      (d) => {
        const entry = entries[d]!;
        return entry.alive && (!accept || accept(entry));
      },
      (d) => bestAcc[d]! + 0.5 * (docMark[d] === stamp ? docAcc[d]! : 0),
      limit,
    ).map(([d, score]): DocHit => ({ doc: d, score, best: bestSent[d]! }));
    const top = docLimit > 0 ? this.bestDocs(docs, docLimit) : [];
    return { hits, docs: top };
  }

  private bestDocs(touched: number[], limit: number) {
    const acc = this.docAcc;
    const entries = this.docs;
    return bestOf(
      touched,
      (d) => entries[d]!.alive,
      (d) => acc[d]!,
      limit,
    ).map(([d, score]) => ({ id: entries[d]!.id, score }));
  }

  /**
   * Whole-document BM25 only (no sentence pass): the cheap lookup rumor
   * matching makes for every text it indexes (hundreds of thousands at a
   * first build). Best `limit` live documents.
   */
  topDocs(terms: Map<string, number>, limit: number): { id: string; score: number }[] {
    const norms = this.lengthNorms();
    const stamp = this.scratch();
    return this.bestDocs(this.scoreDocs(terms, stamp, norms.doc), limit);
  }

  sentenceOf(globalSentence: number) {
    const d = this.sentDoc[globalSentence]!;
    return { doc: d, local: globalSentence - this.docs[d]!.firstSentence };
  }
}

/**
 * The `limit` best of `ids` that `keep` accepts, by `score`, best first; ties
 * keep the order of `ids`, as a stable sort would. A short list is kept by
 * insertion (a query reaches thousands of documents and keeps ten).
 */
function bestOf(ids: number[], keep: (d: number) => boolean, score: (d: number) => number, limit: number): [number, number][] {
  const out: [number, number][] = [];
  if (limit <= 0) return out;
  if (limit > 64) {
    for (const d of ids) if (keep(d)) out.push([d, score(d)]);
    return out.sort((a, b) => b[1] - a[1]).slice(0, limit);
  }
  for (const d of ids) {
    const v = score(d);
    // The score first: most documents fall short of the list, and `keep` reads the document's entry.
    if ((out.length === limit && v <= out[limit - 1]![1]) || !keep(d)) continue;
    let i = out.length === limit ? limit - 1 : out.length;
    while (i > 0 && out[i - 1]![1] < v) {
      out[i] = out[i - 1]!;
      i--;
    }
    out[i] = [d, v];
  }
  return out;
}
