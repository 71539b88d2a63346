// Word families the stance model counts. They are the model's vocabulary of
// stance, not decisions: the learned weights say how much each family means,
// and in which combination (a claim that itself says "hoax" is supported by an
// article that says "hoax"). General news wording only, nothing topical.

/** Says the story is untrue: the outlet's own debunking vocabulary. */
const HOAX =
  /\b(?:hoax\w*|fake|faked|false|falsely|debunk\w*|untrue|baseless|unfounded|fabricat\w*|bogus|not true|no truth|no evidence|satir\w*|spoof|parody|prank\w*|myth|misinformation|never happened|made[- ]up|doctored|photoshop\w*)\b/gi;

/** Somebody denies or rejects it. */
const DENY = /\b(?:deni(?:ed|es|al)|deny\w*|refut\w*|dismiss\w*|reject\w*|rubbish|nonsense|retract\w*|misleading|incorrect)\b/gi;

/** Either of the two: used for the cues shown to the editor. */
export const REFUTE = new RegExp(`${HOAX.source}|${DENY.source}`, "gi");

/** Reports without settling: attribution of the story to others, speculation. */
const REPORTED =
  /\b(?:reportedly|allegedly|alleged|rumou?r\w*|unconfirmed|speculat\w*|supposedly|apparently|purported\w*|claim(?:s|ed|ing)?|according to|if true|unverified|believed|said to|unclear|not clear|not yet|cannot be verified|could not be (?:independently )?(?:verified|confirmed)|unable to (?:verify|confirm)|remains to be seen)\b/gi;

/** Modal verbs: possibility, not fact. */
const MODAL = /\b(?:could|may|might|possibly|perhaps|would|appears?|seems?)\b/gi;

/** Both hedging families, for the cues shown to the editor. */
export const HEDGE = new RegExp(`${REPORTED.source}|${MODAL.source}`, "gi");

/** Settles: confirmation, official statements, plain facts. */
export const AFFIRM =
  /\b(?:confirm(?:s|ed|ing|ation)?|officially|official|announced?|announcement|revealed?|verified|indeed|proved|proven|evidence|footage shows|statement|in fact|actually|identified)\b/gi;

/** Grammatical negation. */
export const NEGATION = /\b(?:not|no|never|none|nobody|nothing|neither|nor|without|n't|cannot|\w+n't)\b/gi;

/** Anything that keeps a sentence from settling on its own: hedges, conditions, attribution. */
export const UNSETTLED = /\b(?:reportedly|allegedly|rumou?r\w*|could|may|might|would|if|whether|claim\w*|according|said|says|told)\b/i;

/** A negation ending the text, at most two words back ("did not", "will not be", "didn't"). */
export const NEGATION_BEFORE = /(?:\bnot|\bnever|n't|\bno longer)\s+(?:[\w'’-]+\s+){0,2}$/i;

/** Speech and attribution: quoted reporting, not the outlet's own voice. */
const ATTRIBUTION = /\b(?:said|says|told|tweeted|wrote|posted|added|according)\b/gi;

/** Counts per family; `ownHoax`/`ownDeny`: in sentences that attribute nothing (the outlet's own voice). */
export type CueCounts = {
  hoax: number;
  deny: number;
  reported: number;
  modal: number;
  affirm: number;
  neg: number;
  attrib: number;
  question: number;
  quote: number;
  ownHoax: number;
  ownDeny: number;
};
export const NO_CUES: CueCounts = { hoax: 0, deny: 0, reported: 0, modal: 0, affirm: 0, neg: 0, attrib: 0, question: 0, quote: 0, ownHoax: 0, ownDeny: 0 };

const FAMILIES = { hoax: HOAX, deny: DENY, reported: REPORTED, modal: MODAL, affirm: AFFIRM, neg: NEGATION, attrib: ATTRIBUTION } as const;

function countOf(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Counts for one sentence (or a claim). */
export function cueCounts(text: string): CueCounts {
  const out = { ...NO_CUES, question: countOf(/\?/g, text), quote: countOf(/["“”]/g, text) };
  for (const [k, re] of Object.entries(FAMILIES)) out[k as keyof typeof FAMILIES] = countOf(re, text);
  const own = out.attrib === 0 && out.reported === 0 && out.quote === 0;
  out.ownHoax = own ? out.hoax : 0;
  out.ownDeny = own ? out.deny : 0;
  return out;
}

export function addCues(a: CueCounts, b: CueCounts) {
  for (const k of Object.keys(a) as (keyof CueCounts)[]) a[k] += b[k];
}

/** The words of a family found in `text`, lower-cased, in order. */
export function cueWords(re: RegExp, text: string): string[] {
  re.lastIndex = 0;
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[0].toLowerCase());
  return out;
}
