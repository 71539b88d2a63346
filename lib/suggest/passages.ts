import { phraseShare } from "./rank-features";
import type { Token } from "./tokens";
import { coverage, type WeightedClaim } from "./weighting";

// A passage is a sentence with its neighbours (the context the editor can
// widen to); its quote is the sentence, or two adjacent sentences, that bear
// on the claim. Offsets are UTF-16 indexes into the article text.
export type Passage = {
  /** Sentence indexes of the context window and of the quote (inclusive). */
  from: number;
  to: number;
  quoteFrom: number;
  quoteTo: number;
  centre: number;
  covered: Set<string>;
  tokens: Token[];
  score: number;
};

const stemsOf = (toks: Token[], claim: WeightedClaim) => new Set(toks.map((t) => t.stem).filter((s) => claim.w.has(s)));

/** A neighbour joins the quote when it brings claim words of its own worth this share of the claim. */
const JOIN_SHARE = 0.15;

function quoteRange(i: number, sentTokens: Token[][], claim: WeightedClaim): [number, number] {
  const own = stemsOf(sentTokens[i]!, claim);
  let best: [number, number] = [i, i];
  let gain = 0;
  for (const j of [i - 1, i + 1]) {
    const toks = sentTokens[j];
    if (!toks) continue;
    const added = new Set([...stemsOf(toks, claim)].filter((s) => !own.has(s)));
    const g = coverage(added, claim);
    if (g >= JOIN_SHARE && g > gain) {
      gain = g;
      best = [Math.min(i, j), Math.max(i, j)];
    }
  }
  return best;
}

/** Every passage centred on a sentence with a claim word, best first. */
export function passagesOf(sentTokens: Token[][], claim: WeightedClaim): Passage[] {
  const out: Passage[] = [];
  for (let i = 0; i < sentTokens.length; i++) {
    const centre = stemsOf(sentTokens[i]!, claim);
    if (centre.size === 0) continue;
    const from = Math.max(0, i - 1);
    const to = Math.min(sentTokens.length - 1, i + 1);
    const tokens = sentTokens.slice(from, to + 1).flat();
    const covered = stemsOf(tokens, claim);
    const score = 0.6 * coverage(covered, claim) + 0.4 * coverage(centre, claim) + 0.3 * phraseShare(claim.query.bigrams, tokens);
    const [quoteFrom, quoteTo] = quoteRange(i, sentTokens, claim);
    out.push({ from, to, quoteFrom, quoteTo, centre: i, covered, tokens, score });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Up to `n` passages whose quotes do not overlap, best first. */
export function pickPassages(passages: Passage[], n: number): Passage[] {
  const chosen: Passage[] = [];
  for (const p of passages) {
    if (chosen.length >= n) break;
    if (chosen.every((c) => p.quoteTo < c.quoteFrom || p.quoteFrom > c.quoteTo)) chosen.push(p);
  }
  return chosen;
}
