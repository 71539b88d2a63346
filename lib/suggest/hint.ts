import { passagesOf, type Passage } from "./passages";
import type { ClaimQuery } from "./query";
import { splitSentences, type Sentence } from "./sentences";
import type { StanceHint } from "./stance";
import { stanceHint } from "./stance-hint";
import { tokenize } from "./tokens";
import { weighClaim, type TermSource, type WeightedClaim } from "./weighting";

// The one place a stance is asked for: the suggestion ranker and the
// evaluations both come through here. The hint is the learned classifier
// with its rules in front (stance-hint.ts, docs/suggestions.md#stance).
export function passageHint(claim: WeightedClaim, text: string, sentences: Sentence[], p: Passage, idf?: (stem: string) => number): StanceHint {
  const passage = { start: sentences[p.from]!.start, end: sentences[p.to]!.end };
  const { stance, cues } = stanceHint({ claim: { statement: claim.query.statement ?? claim.query.text }, query: claim.query, article: text, passage, idf });
  return { stance, cues };
}

/** Sentences and their tokens, token offsets into the whole text. */
export function sentenceTokens(text: string, sentences: Sentence[] = splitSentences(text)) {
  return sentences.map((s) => tokenize(s.text).map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start })));
}

/**
 * The stance of a whole article towards a claim: the hint of its best
 * passage (`mentions` when no sentence shares a word with the claim).
 * `source` weighs the claim's words (an index of the articles).
 */
export function articleStance(source: TermSource, query: ClaimQuery, text: string): StanceHint {
  const claim = weighClaim(source, query);
  const sentences = splitSentences(text);
  const best = passagesOf(sentenceTokens(text, sentences), claim)[0];
  return best ? passageHint(claim, text, sentences, best, (t) => source.idf(t)) : { stance: "mentions", cues: [] };
}
