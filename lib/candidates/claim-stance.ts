// A first guess at a claim's stance toward its rumor from the quote's
// wording (issue 12): the editor sees it preselected and can change it.
import type { ClaimStance } from "@/lib/stance";

// Denials: the article says it will not happen or is not true.
const DENIAL =
  /\b(?:will not|won['’]t|would not|wouldn['’]t|is not going to|are not going to|no plans? to|not (?:be|take part|attend|perform|appear|happen)|never|denie[sd]|deny|denying|ruled out|rules out|dismisse[sd]|rejecte[sd] (?:reports|claims|rumou?rs)|(?:is|are|was) (?:false|untrue|baseless|a hoax)|not true|no truth|hoax|fake news|debunk\w*|called off|cancel+ed)\b/i;

// Hedges: reported without being endorsed.
const HEDGE =
  /\b(?:reportedly|allegedly|rumou?r(?:s|ed)?|speculat\w*|unconfirmed|is said to|are said to|is believed to|are believed to|may|might|could|possibly|perhaps|according to (?:unnamed|anonymous|several|some)|sources? (?:say|said|claim)|people familiar|it is understood|is (?:widely )?expected to|are (?:widely )?expected to|is tipped to|is rumou?red|if true|purported\w*)\b/i;

export type StanceHint = { stance: ClaimStance; cue: string | null };

/** Denial wins over hedging ("reportedly will not attend" denies); otherwise the claim asserts. */
export function claimStanceHint(text: string): StanceHint {
  const denial = DENIAL.exec(text);
  if (denial) return { stance: "denies", cue: denial[0] };
  const hedge = HEDGE.exec(text);
  if (hedge) return { stance: "hedges", cue: hedge[0] };
  return { stance: "asserts", cue: null };
}
