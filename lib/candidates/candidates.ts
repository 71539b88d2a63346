import { splitSentences } from "@/lib/suggest/sentences";
import { statedDates, type StatedDate } from "./dates";
import { certaintyOf, findAttribution, hedgeCues, isPredictive, type Attribution, type Certainty } from "./detectors";

export type ClaimCandidate = {
  start: number;
  end: number;
  quote: string;
  /** A first draft of the claim's statement: the sentence, shortened if long. */
  statement: string;
  attributedTo: string | null;
  certainty: Certainty;
  cues: string[];
  dates: StatedDate[];
  /** The latest stated day, as YYYY-MM-DD: the claim's natural deadline. */
  deadline: string | null;
};

const MAX_STATEMENT = 300;

// The attribution lives in its own field, so the draft drops "According to
// X," and "This week, French media reported that".
const LEAD_ATTRIBUTION =
  /^(?:[Aa]ccording to [^,]+,\s*|(?:[^,]{0,30},\s*)?[\w'’.& -]{2,60}?\s(?:reported|said|says|reports|told \w+|announced|confirmed|claimed|claims|wrote)\s+that\s+)/;

// Asides (", who is currently in Europe filming …, will perform") make a
// statement long without making it more checkable.
const ASIDE = /,\s(?:who|which|whose|where)\s[^]*?,\s(?=(?:will|would|is|are|was|were|may|might|could|has|have|plans?|hopes?)\b)/;
const TRAILING_ASIDE = /,\s(?:which|who|where)\s[^,]*\.$/;
const TRAILING_ATTRIBUTION = /,?["”]?,?\s+(?:[\w'’.& -]{2,60}?)\s(?:said|says|told \w+|announced|confirmed|wrote)(?: in a statement| on \w+)?\.$/;
const CONNECTIVE = /^(?:However|But|And|Meanwhile|Still|Yet|Also|So),?\s+/;

function draftStatement(sentence: string): string {
  const s = sentence
    .replace(CONNECTIVE, "")
    .replace(LEAD_ATTRIBUTION, "")
    .replace(TRAILING_ATTRIBUTION, ".")
    .replace(ASIDE, " ")
    .replace(TRAILING_ASIDE, ".")
    .replace(/^["“”']+|["“”']+$/g, "")
    .trim();
  const text = s.charAt(0).toUpperCase() + s.slice(1);
  return text.length <= MAX_STATEMENT ? text : `${text.slice(0, MAX_STATEMENT - 1).replace(/\s+\S*$/, "")}…`;
}

/**
 * The sentences of a pre-event article that make a checkable statement about
 * the future or about something not yet public, in text order.
 */
export function findClaimCandidates(text: string, publishedAt: Date): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  let previous: { attribution: Attribution | null; quoted: boolean } = { attribution: null, quoted: false };
  for (const s of splitSentences(text)) {
    const quoted = /^["“]/.test(s.text);
    // A quotation running on from an attributed sentence keeps its speaker.
    const own = findAttribution(s.text);
    const attribution: Attribution | null = own ?? (quoted && previous.quoted ? previous.attribution : null);
    previous = { attribution, quoted };
    if (s.text.length < 25 || s.text.endsWith("?") || !isPredictive(s.text)) continue;
    const dates = statedDates(s.text, publishedAt).map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start }));
    const days = dates.map((d) => d.day).filter((d) => d > publishedAt.toISOString().slice(0, 10));
    out.push({
      start: s.start,
      end: s.end,
      quote: s.text,
      statement: draftStatement(s.text),
      attributedTo: attribution?.text ?? null,
      certainty: certaintyOf(s.text, attribution),
      cues: hedgeCues(s.text),
      dates,
      deadline: days.sort().at(-1) ?? null,
    });
  }
  return out;
}
