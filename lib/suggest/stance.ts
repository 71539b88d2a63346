import { stemmer } from "stemmer";
import { HEDGE, REFUTATION, count, matches } from "./cues";
import type { ClaimQuery } from "./query";
import type { Token } from "./tokens";

export type Stance = "supports" | "contradicts" | "mentions";

export type StanceInput = {
  query: ClaimQuery;
  /** The passage's own text and tokens (token offsets relative to `passage`). */
  passage: string;
  tokens: Token[];
  /** Share of the claim's weighted terms found in the passage (0..1). */
  coverage: number;
  /** The whole article, for article-wide refutation or hedging. */
  docText: string;
  /** The sentences that matched the claim best (offsets in `passage`); weak negation counts only there. */
  focus?: { start: number; end: number }[];
};

export type StanceHint = { stance: Stance; cues: string[] };

// Strong cues reverse a claim wherever they stand in the passage; weak ones
// ("not", "lost") are everywhere in news prose, so they only count next to
// the claim's own words.
const STRONG =
  /\b(?:denied|denies|deny|denying|refuted|false|fake|hoax|debunk\w*|untrue|baseless|unfounded|fabricated|cancel+ed|cancel+ation|called off|scrapped|postponed|postponement|delayed|pushed back|instead|rather than|ruled out|rules out|shelved|abandoned|withdrew|pulled out|never materiali[sz]ed|scrubbed|put(?:ting)? to rest|spared|short of|fell short|falls short|contrary to|no evidence|not true|put to rest|ending speculation|walked away|walks away|without ordering|kept \w+ unchanged|held \w+ steady|holds \w+ steady|unchanged)\b/gi;
const WEAK =
  /\b(?:not|never|no|nor|neither|without|failed|fails|lost|loses|defeated|missed|skipped|absent|declined|rejected|stalled|fizzled|won't|didn't|doesn't|wasn't|weren't|isn't|aren't|can't|couldn't|n't)\b/gi;
const NEAR = 40; // characters either side of a matched claim word

// A cue the claim itself uses ("cancelling", "no-confidence") restates the
// claim rather than reversing it.
function ownWording(cue: string, query: ClaimQuery) {
  if (/\s/.test(cue)) return false;
  return query.words.has(cue) || query.terms.has(stemmer(cue));
}

/**
 * Cues that bear on the claim: a claim word (not a name: "isn't Mission:
 * Impossible" negates nothing) must follow within `near` characters, since
 * negation and hedges scope forward ("did not perform", "may reunite").
 */
function cuesNearClaim(
  re: RegExp,
  passage: string,
  tokens: Token[],
  query: ClaimQuery,
  near = NEAR,
  skipOwn = true,
  focus?: { start: number; end: number }[],
): string[] {
  const anchors = tokens.filter((t) => query.terms.has(t.stem) && !query.names.has(t.stem));
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(passage); m; m = re.exec(passage)) {
    const end = m.index + m[0].length;
    if (focus && !focus.some((f) => m!.index >= f.start && m!.index < f.end)) continue;
    const cue = m[0].toLowerCase();
    if (skipOwn && ownWording(cue, query)) continue;
    if (anchors.some((a) => a.start >= end && a.start - end <= near)) out.push(cue);
  }
  return out;
}

/**
 * Numbers that disagree: the claim says "$999 price" and the passage gives a
 * different number next to the same word ("priced at 1,199"). Years are left
 * out: they date things rather than state them.
 */
export function numberConflict(query: ClaimQuery, tokens: Token[]): string | null {
  for (const n of query.numbers) {
    // "under $30,000" or "above 40 degrees" is a bound, not a value to match.
    if (n.bound || tokens.some((t) => t.stem === n.value)) continue;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.num || /^(?:19|20)\d\d$/.test(t.stem)) continue;
      const near = [tokens[i - 1]?.stem, tokens[i + 1]?.stem];
      if (n.context.some((c) => near.includes(c))) return `${t.lower} ≠ ${n.value}`;
    }
  }
  return null;
}

const ACTION_MIN = 0.4;

/**
 * Share of the claim's weight outside its names found in the passage: the
 * names say who, these words say what happened. A passage naming the same
 * people but not the happening only mentions the claim.
 */
function actionCoverage(query: ClaimQuery, tokens: Token[]): number {
  let total = 0;
  let hit = 0;
  const present = new Set(tokens.map((t) => t.stem));
  for (const [t, w] of query.terms) {
    if (query.names.has(t)) continue;
    total += w;
    if (present.has(t)) hit += w;
  }
  return total === 0 ? 1 : hit / total;
}

export function stanceOf({ query, passage, tokens, coverage, docText, focus }: StanceInput): StanceHint {
  const strong = matches(STRONG, passage).filter((c) => !ownWording(c, query));
  // A negative claim's own "not" is exactly what a settling passage repeats.
  const weak = cuesNearClaim(WEAK, passage, tokens, query, NEAR, !query.negative, focus);
  const contra = [...strong, ...weak];
  const hedges = cuesNearClaim(HEDGE, passage, tokens, query, 60);
  const docRefutes = count(REFUTATION, docText);
  const conflict = numberConflict(query, tokens);
  // A negative claim ("will not attend") is settled by a negative passage.
  if (query.negative) {
    if (contra.length > 0) return { stance: hedges.length > 0 ? "mentions" : "supports", cues: contra.slice(0, 3) };
    return { stance: coverage >= 0.45 && hedges.length === 0 ? "contradicts" : "mentions", cues: [] };
  }
  if (conflict) return { stance: "contradicts", cues: [conflict] };
  if (contra.length > 0) return { stance: "contradicts", cues: contra.slice(0, 3) };
  if (docRefutes >= 2) return { stance: "contradicts", cues: matches(REFUTATION, docText).slice(0, 3) };
  if (hedges.length > 0 || coverage < 0.45 || actionCoverage(query, tokens) < ACTION_MIN) return { stance: "mentions", cues: hedges.slice(0, 3) };
  // An article that hedges throughout reports the claim without settling it.
  const docHedges = count(HEDGE, docText);
  const sentences = Math.max(1, (docText.match(/[.!?](?:\s|$)/g) ?? []).length);
  if (docHedges >= 3 && docHedges / sentences >= 0.25) return { stance: "mentions", cues: matches(HEDGE, docText).slice(0, 3) };
  return { stance: "supports", cues: [] };
}
