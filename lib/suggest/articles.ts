import { PassageIndex } from "./index";
import { analyzeClaim } from "./query";
import { rankPassages, type Suggestion } from "./rank";

/**
 * The stand-alone form: rank whole articles for a claim by their best passage
 * (the same core the server uses over its index). `claim` may be a statement,
 * a quote, or both.
 */
export function rankArticles(claim: string, articles: { id: string; text: string }[], index?: PassageIndex, context = ""): Suggestion[] {
  const idx = index ?? new PassageIndex();
  if (!index) for (const a of articles) idx.add(a);
  // Every article that shares a word is re-ranked, so each gets a stance hint.
  return rankPassages(idx, analyzeClaim(claim, context), { limit: articles.length, depth: articles.length });
}
