import weights from "./model/stance-weights.json";
import { analyzeClaim, type ClaimQuery } from "./query";
import type { Stance } from "./stance";
import { frontRule } from "./stance-rules";
import { articleView, type SentenceView } from "./stance-article";
import { AFFIRM, HEDGE, NEGATION, REFUTE, cueWords } from "./stance-cues";
import { stanceFeatures, type Span } from "./stance-features";
import { predict, type StanceModel } from "./stance-model";
import { bagRows, indexVocabulary } from "./stance-words";

export type StanceHintInput = {
  claim: { statement: string; quote?: string | null };
  /** The whole article the passage is cut from. */
  article: string;
  /** The passage shown to the editor (UTF-16 offsets into `article`). */
  passage: Span;
  /** The claim as the ranker analysed it (names settled against its corpus); analysed here when absent. */
  query?: ClaimQuery;
  /** How rare a stem is in the corpus (the ranker's IDF); every word weighs the same when absent. */
  idf?: (stem: string) => number;
};
/** `cues`: the wording that drove the hint, for the editor; `confidence`: the model's probability of `stance`. */
export type StanceResult = { stance: Stance; confidence: number; cues: string[] };

const MODEL = weights as unknown as StanceModel;
/** What the rules in front report as confidence: they are exact, not certain. */
const FRONT_CONFIDENCE = 0.9;
// Built on first use: the training script imports the ranker (and so this
// module) before any weights exist.
let vocabulary: ReturnType<typeof indexVocabulary> | null = null;

function wordsFrom(re: RegExp, sents: SentenceView[][], max = 3): string[] {
  for (const group of sents) {
    const found = [...new Set(group.flatMap((s) => cueWords(re, s.text)))];
    if (found.length) return found.slice(0, max);
  }
  return [];
}

/**
 * The stance of a passage towards a claim. A few narrow rules stand in front
 * of the model (`stance-rules.ts`: numbers that disagree, a plain negation of
 * the claim's own action word); everything else is the model's call, trained
 * on FNC-1 (docs/suggestions.md#stance).
 */
export function stanceHint(input: StanceHintInput): StanceResult {
  const query = input.query ?? analyzeClaim(input.claim.statement, input.claim.quote && input.claim.quote !== input.claim.statement ? input.claim.quote : "");
  const view = articleView(input.article);
  const f = stanceFeatures(query, view, input.passage, input.idf);
  const front = frontRule(query, f);
  if (front) return { ...front, confidence: FRONT_CONFIDENCE };
  const { probs, best } = predict(MODEL, f.values, bagRows((vocabulary ??= indexVocabulary(MODEL.vocabulary, MODEL.features.length)), f.words));
  const stance = MODEL.classes[best]!;
  // Reasons: the family of words behind the class, from the passage first,
  // then the sentences that match the claim best, then the article's lead.
  const where = [f.passage, f.top, view.sentences.slice(0, 3)];
  const polar = query.negative || cueWords(REFUTE, query.text).length > 0;
  let cues: string[];
  if (stance === "contradicts") cues = f.rule.stance === "contradicts" && f.rule.cues.length ? f.rule.cues : wordsFrom(polar ? AFFIRM : REFUTE, where);
  else if (stance === "mentions") cues = wordsFrom(HEDGE, where);
  else cues = polar ? wordsFrom(REFUTE, where).concat(wordsFrom(NEGATION, [f.passage], 2)) : wordsFrom(AFFIRM, where);
  return { stance, confidence: Math.round(probs[best]! * 1000) / 1000, cues: cues.slice(0, 3) };
}
