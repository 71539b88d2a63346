import { splitSentences } from "@/lib/suggest/sentences";
import { findSource, type Attribution } from "./attribution";
import { candidacy, isHeadline } from "./candidacy";
import { OUTLET } from "./cues";
import { statedDates, type StatedDate } from "./dates";
import { draftStatement } from "./statement";
import { tierOf, type Certainty } from "./tier";

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

/**
 * The sentences of a pre-event article that make a checkable statement about
 * the future or about something not yet public, in text order.
 */
export function findClaimCandidates(text: string, publishedAt: Date): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  // The last named speaker, for "he added" and for quotations running over sentences.
  let speaker = null as { attribution: Attribution; age: number } | null;
  let previous = { quoted: false, open: false };
  for (const s of splitSentences(text)) {
    const quoted = /^["“]/.test(s.text);
    const headline = isHeadline(s.text);
    let own = findSource(s.text, headline);
    if (own?.pronoun)
      own = speaker !== null && speaker.age <= 2 && fits(own.text, speaker.attribution) ? { ...speaker.attribution, start: -1, end: -1, verb: own.verb } : null;
    const running = !own && ((quoted && previous.quoted) || previous.open) && speaker && speaker.age <= 1 ? speaker.attribution : null;
    const attribution = own ?? running;
    speaker = own ? { attribution: own, age: 0 } : speaker === null ? null : { attribution: speaker.attribution, age: speaker.age + 1 };
    previous = { quoted, open: opensQuotation(s.text) };
    // A quotation running on keeps its speaker, but only the sentence's own source makes it a relayed report.
    const { candidate, cues } = candidacy(s.text, own ?? null, headline);
    if (!candidate) continue;
    const dates = statedDates(s.text, publishedAt).map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start }));
    const days = dates.map((d) => d.day).filter((d) => d > publishedAt.toISOString().slice(0, 10));
    out.push({
      start: s.start,
      end: s.end,
      quote: s.text,
      statement: draftStatement(s.text),
      attributedTo: attribution?.text ?? null,
      certainty: tierOf(s.text, attribution),
      cues,
      dates,
      deadline: days.sort().at(-1) ?? null,
    });
  }
  return out;
}

/** "he said" refers to a person, "it said" to an organisation or a document. */
function fits(pronoun: string, a: Attribution): boolean {
  return /^(?:he|she)$/i.test(pronoun) ? !OUTLET.test(a.text) : true;
}

/** The sentence ends inside a quotation that the next one continues. */
function opensQuotation(sentence: string): boolean {
  const curly = (sentence.match(/“/g)?.length ?? 0) - (sentence.match(/”/g)?.length ?? 0);
  const straight = (sentence.match(/"/g)?.length ?? 0) % 2;
  return curly > 0 || straight === 1;
}
