import type { PassageIndex } from "./index";
import type { ClaimQuery } from "./query";
import { stanceOf, type Stance } from "./stance";
import { tokenize, type Token } from "./tokens";

export type Suggestion = {
  docId: string;
  start: number;
  end: number;
  quote: string;
  score: number;
  stance: Stance;
  reasons: string[];
};

export type RankOptions = {
  limit?: number;
  /** How many documents the first stage hands to the re-ranker. */
  depth?: number;
  perDoc?: number;
  accept?: Parameters<PassageIndex["retrieve"]>[2];
};

type Window = { from: number; to: number; centre: number; covered: Set<string>; tokens: Token[]; score: number };

function weightOf(index: PassageIndex, q: ClaimQuery) {
  const w = new Map<string, number>();
  let total = 0;
  for (const [t, boost] of q.terms) {
    const v = index.idf(t) * boost;
    w.set(t, v);
    total += v;
  }
  return { w, total: total || 1 };
}

function coverage(set: Set<string>, w: Map<string, number>, total: number) {
  let s = 0;
  for (const t of set) s += w.get(t) ?? 0;
  return s / total;
}

function phraseShare(q: ClaimQuery, toks: Token[]) {
  if (q.bigrams.size === 0) return 0;
  let hit = 0;
  const seen = new Set<string>();
  for (let i = 1; i < toks.length; i++) {
    const b = `${toks[i - 1]!.stem} ${toks[i]!.stem}`;
    if (q.bigrams.has(b) && !seen.has(b)) {
      seen.add(b);
      hit++;
    }
  }
  return hit / q.bigrams.size;
}

/**
 * Ranks passages (a sentence with its neighbours) of the indexed documents
 * for a claim. First stage: BM25 over sentences and documents. Second stage
 * re-scores the best documents on what makes a passage settle a claim:
 * weighted coverage of the claim in the passage and in the whole article
 * (same happening), the claim's names present, and phrase matches.
 */
/**
 * Names are settled against the corpus: a stem the articles mostly write
 * capitalised is a name, whatever the claim's own casing (headlines
 * capitalise every word).
 */
function withCorpusNames(index: PassageIndex, q: ClaimQuery): ClaimQuery {
  const names = new Set<string>();
  const terms = new Map<string, number>();
  for (const t of q.terms.keys()) {
    const ratio = index.nameRatio(t);
    const isName = /\d/.test(t) ? false : ratio !== null ? ratio >= 0.6 || (!q.titleCase && q.names.has(t) && ratio >= 0.3) : !q.titleCase && q.names.has(t);
    if (isName) names.add(t);
    // Keep the claim's own down-weighting of context terms; names count more.
    const base = q.terms.get(t)! / (q.names.has(t) || /\d/.test(t) ? 1.6 : 1);
    terms.set(t, base * (isName || /\d/.test(t) ? 1.6 : 1));
  }
  return { ...q, names, terms };
}

export function rankPassages(index: PassageIndex, query: ClaimQuery, options: RankOptions = {}): Suggestion[] {
  const { limit = 10, depth = 30, perDoc = 1, accept } = options;
  const q = withCorpusNames(index, query);
  const { w, total } = weightOf(index, q);
  const hits = index.retrieve(q.terms, depth, accept);
  const nameTotal = q.names.size;
  const out: Suggestion[] = [];
  for (const hit of hits) {
    const doc = index.doc(hit.doc);
    const sentTokens = doc.sentences.map((s) => tokenize(s.text).map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start })));
    const docTokens = sentTokens.flat();
    const docSet = new Set(docTokens.map((t) => t.stem).filter((s) => w.has(s)));
    const covD = coverage(docSet, w, total);
    const names = nameTotal ? [...q.names].filter((n) => docSet.has(n)).length / nameTotal : 1;
    const phraseD = phraseShare(q, docTokens);
    const windows: Window[] = [];
    for (let i = 0; i < sentTokens.length; i++) {
      const centre = sentTokens[i]!.filter((t) => w.has(t.stem));
      if (centre.length === 0) continue;
      const from = Math.max(0, i - 1);
      const to = Math.min(sentTokens.length - 1, i + 1);
      const tokens = sentTokens.slice(from, to + 1).flat();
      const covered = new Set(tokens.map((t) => t.stem).filter((s) => w.has(s)));
      const centreCov = coverage(new Set(centre.map((t) => t.stem)), w, total);
      const score = 0.6 * coverage(covered, w, total) + 0.4 * centreCov + 0.3 * phraseShare(q, tokens);
      windows.push({ from, to, centre: i, covered, tokens, score });
    }
    windows.sort((a, b) => b.score - a.score);
    const docScore = 0.35 * covD + 0.2 * names + 0.15 * phraseD;
    // Several passages of one article only when they do not overlap.
    const chosen: Window[] = [];
    for (const win of windows) {
      if (chosen.length >= perDoc) break;
      if (chosen.every((c) => win.to < c.from || win.from > c.to)) chosen.push(win);
    }
    for (const win of chosen) {
      const start = doc.sentences[win.from]!.start;
      const end = doc.sentences[win.to]!.end;
      const quote = doc.text.slice(start, end);
      const covW = coverage(win.covered, w, total);
      const local = win.tokens.map((t) => ({ ...t, start: t.start - start, end: t.end - start }));
      // Weak negation counts in the best sentence, and in a headline (first line) inside the passage.
      const focus = [doc.sentences[win.centre]!, ...(win.from === 0 ? [doc.sentences[0]!] : [])].map((f) => ({ start: f.start - start, end: f.end - start }));
      const hint = stanceOf({ query: q, passage: quote, tokens: local, coverage: covW, docText: doc.text, focus });
      const matched = [
        ...new Set(
          win.tokens
            .filter((t) => w.has(t.stem))
            .sort((a, b) => (w.get(b.stem) ?? 0) - (w.get(a.stem) ?? 0))
            .map((t) => t.lower),
        ),
      ];
      out.push({
        docId: doc.id,
        start,
        end,
        quote,
        score: Math.round((0.5 * win.score + docScore) * (0.6 + 0.4 * names) * 1000) / 1000,
        stance: hint.stance,
        reasons: [...matched.slice(0, 8), ...hint.cues.map((c) => `cue: ${c}`)],
      });
    }
  }
  out.sort((a, b) => b.score - a.score);
  return out.slice(0, limit);
}
