// How sure the source is (docs/suggestions.md, "Claim candidates"). The tier
// follows the attribution, so the two never contradict: a named source is
// never "unnamed", hearsay ("is said to", "rumoured", "widely expected") is
// never "official".
import type { Attribution } from "./attribution";
import { ASIDE, FUTURE, HEARSAY, OFFICIAL_WORDING, OUTLET, RECORDED, SEEN, UNNAMED_REPORT, WHOLLY_QUOTED } from "./cues";

/** The certainty scale, strongest first. */
export const CERTAINTY = ["official", "named_source", "unnamed_source", "rumor", "sighting"] as const;
export type Certainty = (typeof CERTAINTY)[number];

export const CERTAINTY_LABEL: Record<Certainty, string> = {
  official: "Officially announced",
  named_source: "Reported by named sources",
  unnamed_source: "Reported by unnamed sources",
  rumor: "Rumored / speculative",
  sighting: "Sighting only",
};

const OWN_PLAN =
  /\b(?:he|she|I|we|I'm|we're|I'll|we'll)\s+(?:(?:also|still|now|just)\s+)?(?:will|would|'ll|won't|plans?|planned|intends?|(?:is|are|am) (?:going|planning|hoping) to|hopes?|aims?|anticipate|expects?)\b/;

// "Samsung says its phone will ship …", "Acme said it is considering …": an organisation on its own plans.
// Not "said it's too soon to know if …" or "said it would be some time before …": an empty "it".
const ITS_OWN_PLAN =
  /\b(?:says?|said|SAYS|Says)\s+(?:(?:on|last|this|late|early|in)\s+\w+\s+)?(?:that\s+)?(?:(?:it|It|IT)\s+|(?:its|Its|ITS)\s+(?:[\w-]+\s+){1,3}?)(?!(?:will|would|'ll|[Ww]ill)\s+be\b)(?:will|would|'ll|won't|[Ww]ill|plans?|[Pp]lans?|planned|intends?|(?:is|Is) (?:going|planning|considering|set|preparing|about) to|(?:is|Is) considering|expects?|[Ee]xpects?)\b/g;
/** The speaker's own "says it will", right after its name (not a "said it would" quoted inside what it says). */
const itsOwnPlan = (sentence: string, a: Attribution) =>
  a.end >= 0 && [...sentence.matchAll(ITS_OWN_PLAN)].some((m) => m.index >= a.end && m.index - a.end <= 30);

export function tierOf(raw: string, attribution: Attribution | null): Certainty {
  // "we’ll", "I’m": the word lists are written with a straight apostrophe.
  const sentence = raw.replace(/’/g, "'");
  // "Sighting only": footage "purporting to show", "spotted" — whoever relays it (not an
  // official), in the main clause, and with no plan stated ("…, who has been spotted in the
  // stands, will perform a stunt" is the plan's).
  const main = sentence.replace(ASIDE, "");
  const plan = FUTURE.test(main.replace(RECORDED, ""));
  if (!plan && RECORDED.test(main) && attribution?.kind !== "official") return "sighting";
  if (!plan && SEEN.test(main) && (!attribution || /\bwitness/i.test(main)) && /\b(?:seen|spotted|sighted|witnesses)\b/i.test(main)) return "sighting";
  const hearsay = HEARSAY.test(sentence);
  if (attribution) {
    if (attribution.kind === "official") return hearsay ? (attribution.named ? "named_source" : "rumor") : "official";
    // "Lin said he plans to …", "We anticipate …": a person announcing their own plans.
    if (attribution.kind === "named" && !hearsay && !OUTLET.test(attribution.text) && (OWN_PLAN.test(sentence) || itsOwnPlan(sentence, attribution)))
      return "official";
    // "Samsung confirmed …", "the singer announced …": the party itself, on record.
    if (attribution.kind === "named" && !hearsay && /^(?:confirm|announc|unveil)/.test(attribution.verb ?? "") && !OUTLET.test(attribution.text))
      return "official";
    return attribution.kind === "named" ? "named_source" : "unnamed_source";
  }
  if (UNNAMED_REPORT.test(sentence)) return "unnamed_source";
  // A sentence wholly in quotation marks, with no one named, is someone's claim, not the record.
  if (OFFICIAL_WORDING.test(sentence) && !hearsay && !WHOLLY_QUOTED.test(sentence.trim())) return "official";
  return "rumor";
}
