// What makes a sentence a claim candidate: predictive or hedged wording, who
// says so, and how sure the source is. Lists are data; tests pin them.

/** The certainty scale, strongest first (documented in docs/suggestions.md). */
export type Certainty = "official" | "named_source" | "unnamed_source" | "rumor" | "sighting";

export const CERTAINTY_LABEL: Record<Certainty, string> = {
  official: "Officially announced",
  named_source: "Reported by named sources",
  unnamed_source: "Reported by unnamed sources",
  rumor: "Rumored / speculative",
  sighting: "Sighting only",
};

const PREDICTIVE =
  /\b(?:will|won't|would|shall|is|are|was|were) (?:(?:not|also|reportedly|likely|now|soon) )?(?:be )?(?:expected|set|scheduled|slated|poised|due|likely|going|planning|tipped|tapped|rumou?red|said|believed|understood|thought|in talks|in line|on track|considering)\b|\b(?:will|shall|won't|is to|are to)\s+\w+|\b(?:may|might|could) (?:be )?\w+|\b(?:plans?|aims?|intends?|hopes?|vows?|promises?|pledges?) to\b|\b(?:set|slated|scheduled|poised|tipped|expected) to\b|\b(?:upcoming|forthcoming|next week|next month|next year|later this (?:year|month|week))\b/i;
const RUMOR =
  /\b(?:rumou?rs?|rumou?red|speculat\w*|is said to|are said to|reportedly|allegedly|unconfirmed|whispers?|buzz|tipped|gossip|may|might|could|possibly|fans (?:think|believe|hope))\b/i;
const SPECULATION =
  /\b(?:rumou?rs?|rumou?red|speculat\w*|is said to|are said to|unconfirmed|whispers?|buzz|gossip|may|might|could|possibly|fans (?:think|believe|hope)|if true)\b/i;
const SIGHTING = /\b(?:spotted|seen|sighted|photographed|filmed|caught on camera|glimpsed|pictured)\b/i;
const UNNAMED =
  /\b(?:sources?|insiders?|a person|people familiar|people close|persons? familiar|officials? who|an official|a source|someone close|reportedly|according to reports|it is understood|reports? (?:say|said|suggest))\b/i;
const OFFICIAL_VERB =
  /\b(?:announced|confirmed|officially|unveiled|declared|organi[sz]ers? (?:said|say|announced|confirmed)|(?:a |the )?spokes(?:person|man|woman) (?:said|says|confirmed)|(?:the )?(?:company|club|team|ministry|government|league|studio|band|label|federation|committee|agency|city|council) (?:said|says|announced|confirmed))\b/i;

export type Attribution = { text: string; start: number; end: number; named: boolean };

const VERB =
  "(?:said|says|reported|reports|told|confirmed|announced|claimed|claims|revealed|wrote|writes|tweeted|posted|stated|suggested|hinted|insisted|noted|added)";
const SUBJECT =
  "((?:[Aa]n? |[Tt]he )?(?:[A-Z][\\w'’.&-]*\\s?){1,4}(?:media|press|newspapers?|outlets?|sources?|officials?|organi[sz]ers?)?|(?:[Aa]n? |[Tt]he |[Ss]everal |[Mm]ultiple |[Tt]wo |[Tt]hree )?(?:\\w+ ){0,2}(?:sources?|insiders?|officials?|organi[sz]ers?|spokes(?:person|man|woman)|representatives?|executives?|aides?|people familiar with [\\w ]+?|person familiar with [\\w ]+?|media|reports?))";
const PATTERNS: RegExp[] = [
  /\b[Aa]ccording to ((?:[^,.;—]|\.(?=\w))+)/g,
  new RegExp(`(?:^|[,;:—–-]\\s*|\\b)${SUBJECT}\\s+(?:have |has |had )?${VERB}\\b`, "g"),
  new RegExp(`[,;]\\s*${VERB}\\s+${SUBJECT}`, "g"),
  // "organizers in Paris are tight-lipped …, only saying it will feature …"
  /\b((?:[Tt]he )?(?:organi[sz]ers|officials|sources|insiders|spokes(?:person|man|woman)|representatives)(?: (?:in|for|of) [A-Z][\w-]*)?)\b[^.]{0,80}?\b(?:saying|said|say|says)\b/g,
];

const PRONOUN = /^(?:it|he|she|they|we|i|you|this|that|there)$/i;

/** Who the sentence says is the source ("French media", "organizers", "a spokesperson"). */
export function findAttribution(sentence: string): Attribution | null {
  let best: Attribution | null = null;
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const raw = m[1]!.trim().replace(/[,.]$/, "");
      if (!raw || PRONOUN.test(raw) || raw.length > 60) continue;
      const start = m.index + m[0].indexOf(raw);
      const found = { text: raw, start, end: start + raw.length, named: /^(?:[Tt]he )?[A-Z]/.test(raw) && !UNNAMED.test(raw) };
      if (!best || start < best.start) best = found;
    }
  }
  if (!best && /\breportedly\b/i.test(sentence)) return { text: "unnamed reports", start: -1, end: -1, named: false };
  return best;
}

export function isPredictive(sentence: string): boolean {
  return PREDICTIVE.test(sentence) || RUMOR.test(sentence) || SIGHTING.test(sentence);
}

/** The strongest tier the wording supports, checked from the weakest signal up. */
export function certaintyOf(sentence: string, attribution: Attribution | null): Certainty {
  if (SIGHTING.test(sentence) && !PREDICTIVE.test(sentence.replace(SIGHTING, ""))) return "sighting";
  if (RUMOR.test(sentence) && !OFFICIAL_VERB.test(sentence)) {
    if (attribution?.named) return "named_source";
    // "reportedly" / "sources say" without speculation words is a report, not a rumor.
    if (attribution && !SPECULATION.test(sentence)) return "unnamed_source";
    return "rumor";
  }
  if (OFFICIAL_VERB.test(sentence)) return "official";
  // The organizer or a spokesperson saying it is an announcement, however vague.
  if (attribution && /organi[sz]ers?|spokes(?:person|man|woman)|officials?\b/i.test(attribution.text) && !/sources?|insiders?/i.test(attribution.text))
    return "official";
  if (attribution && !attribution.named) return "unnamed_source";
  if (attribution?.named) return "named_source";
  if (UNNAMED.test(sentence)) return "unnamed_source";
  return "rumor";
}

export function hedgeCues(sentence: string): string[] {
  const cues: string[] = [];
  for (const re of [PREDICTIVE, RUMOR, SIGHTING]) {
    const m = re.exec(sentence);
    if (m) cues.push(m[0].toLowerCase());
  }
  return [...new Set(cues)];
}
