import type { ClaimQuery } from "./query";
import { numberConflict, type Stance } from "./stance";
import { NEGATION_BEFORE, UNSETTLED } from "./stance-cues";
import type { StanceFeatures } from "./stance-features";

// The rules that stand in front of the stance model. Each is exact where the
// model only sees counts. On FNC-1 dev pairs they fire about once in a hundred
// pairs and are as precise as the model there (docs/suggestions.md#stance); in
// the desk they keep the plainest cases right ("did not reunite", "$1,799"),
// which the model, trained on long real articles, reads poorly.
export type FrontRule = { stance: Stance; cues: string[] };

const MIN_COVERAGE = 0.4;

/**
 * The sentence that matches the claim best negates the claim's own action
 * word ("did not reunite", "will not be joining", "didn't reunite"), says it
 * plainly (no hedge, condition or attribution), and covers enough of the
 * claim to be about it. Returns the negation and the word.
 */
function plainNegation(query: ClaimQuery, f: StanceFeatures): string | null {
  const s = f.focus;
  if (!s || f.focusCoverage < MIN_COVERAGE || UNSETTLED.test(s.text)) return null;
  for (const t of s.tokens) {
    if (!query.terms.has(t.stem) || query.names.has(t.stem) || t.num) continue;
    const before = s.text.slice(0, t.start - s.start);
    const m = NEGATION_BEFORE.exec(before);
    if (m) return `${m[0].trim()} ${t.lower}`.toLowerCase();
  }
  return null;
}

/** A decision before the model, or null to let the model decide. */
export function frontRule(query: ClaimQuery, f: StanceFeatures): FrontRule | null {
  if (!query.negative) {
    const conflict = numberConflict(
      query,
      f.passage.flatMap((s) => s.tokens),
    );
    if (conflict) return { stance: "contradicts", cues: [conflict] };
  }
  const negation = plainNegation(query, f);
  // A negative claim ("will not attend") is settled by the same negation.
  if (negation) return { stance: query.negative ? "supports" : "contradicts", cues: [negation] };
  return null;
}
