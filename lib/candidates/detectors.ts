// The public surface of claim-candidate detection (kept stable for the desk
// and the server): the certainty scale and its labels, who says a sentence,
// whether it is a candidate, and how sure its source is. The rules live in
// cues.ts (word lists), attribution.ts, candidacy.ts and tier.ts.
import { findSource, type Attribution } from "./attribution";
import { candidacy } from "./candidacy";
import { tierOf, type Certainty } from "./tier";

export { CERTAINTY, CERTAINTY_LABEL, type Certainty } from "./tier";
export type { Attribution } from "./attribution";

/** Who the sentence says is the source ("French media", "organizers", "a spokesperson"), or null. */
export function findAttribution(sentence: string): Attribution | null {
  const a = findSource(sentence);
  return a && !a.pronoun ? a : null;
}

/** Predictive, hedged, relayed or sighted wording that a claim could be made of. */
export function isPredictive(sentence: string): boolean {
  return candidacy(sentence, findAttribution(sentence)).candidate;
}

/** The strongest tier the source and wording support (never contradicting the attribution). */
export function certaintyOf(sentence: string, attribution: Attribution | null): Certainty {
  return tierOf(sentence, attribution);
}
