// One source phrase ("two sources at the agency", "supply-chain analyst Ming-Chi
// Kuo") checked and made into an attribution: is it a speaker at all, what kind
// of source is it, and what is the shortest span that names it.
import { OFFICIAL_ROLE, OUTLET, PERSON_OR_BODY, PRONOUN, ROLE_BEFORE_NAME, SOURCE_NOUN } from "./cues";
import { shortName, sourceKind, type SourceKind } from "./source-kind";

export type Attribution = {
  /** The shortest span naming the source, as written. */
  text: string;
  start: number;
  end: number;
  /** The text names the source (a person, outlet, organisation or one specific document). */
  named: boolean;
  kind: SourceKind;
  /** The verb that attributes ("said", "reported", "according to"); null for a headline label. */
  verb: string | null;
  /** "he said": the speaker is in an earlier sentence. */
  pronoun?: boolean;
};

const LEADING =
  /^(?:(?:but|and|however|meanwhile|also|yet|so|now|then|still|instead|earlier|later|previously|separately|similarly|lol|breaking|update|watch|see it|with|on the other hand)\b[,:]?\s+)+/i;
const TRAILING =
  /(?:\s+(?:also|has|have|had|is|are|was|were|now|later|recently|previously|initially|then|still|even|further|finally|first|who|which|that|both|too|alone|quickly|once|again|publicly|privately|(?<!\p{Lu}\S*\s+)[Tt]oday|yesterday))+$/iu;
// "Wintour allegedly told the staff": the subject is what the claim is about, not its source.
const HEDGED_SUBJECT = /\s(?:reportedly|allegedly|apparently|purportedly|supposedly)(?:\s|$)/i;
// "a report on Gawker", "the report in The Times": a report and the outlet that carries it.
const PUBLISHED_ON = /^(?:a|an|the)\s+(?:\w+\s+)?reports?\s+(?:on|in)\s+(?:the\s+)?\p{Lu}[\p{L}\d.-]*(?:\s+\p{Lu}[\p{L}\d.-]*){0,3}$/u;
// Words that cannot be in a speaker's description ("How anyone could", "Cook said to").
const NOT_A_SUBJECT =
  /^one$|(?:^|\s)(?:could|would|can|should|may|might|must|do|does|did|not|how|what|why|anyone|everyone|nobody|if|to|than|despite|of)$|(?:^|\s)(?:could|would|can|should|might|must|did|not|how|what|why|anyone|everyone|nobody)\s/iu;
// "February 16th.The report": two sentences run together.
const RUN_ON = /[a-z\d]\.\p{Lu}[a-z]/u;
const isSourcey = (s: string) =>
  /\p{Lu}/u.test(s) ||
  OFFICIAL_ROLE.test(s) ||
  OUTLET.test(s) ||
  s.split(/\s+/).some((w) => SOURCE_NOUN.test(w.replace(/[^\w-]/g, "")) || PERSON_OR_BODY.test(w.replace(/[^\w-]/g, "")));

export const speakerNoun = (w: string) => SOURCE_NOUN.test(w) || PERSON_OR_BODY.test(w) || OFFICIAL_ROLE.test(w);
// Footage and photos show, they do not speak ("Militants Post Video Claiming to Show …").
const ARTIFACT = /\b(?:video|footage|photos?|images?|pictures?|clip|recording|audio|tape|screenshots?|renders?|leaks?)s?$/i;

/** The head word must be able to name a speaker: a name, a source, a role, a person or a body. */
function speakerHead(raw: string): boolean {
  // "people familiar with the company's plans": the head comes before the qualifier.
  const head = raw.split(/\s+(?:familiar|close|involved|at|in|within|inside|from|with|of|for|on|near|who|briefed)\s+/)[0]!;
  const last = head
    .split(/\s+/)
    .at(-1)!
    .replace(/[^\p{L}\d./-]/gu, "");
  if (/^(?:\p{Lu}|\d+[A-Za-z]|al-)/u.test(last)) return true;
  return SOURCE_NOUN.test(last) || PERSON_OR_BODY.test(last) || OFFICIAL_ROLE.test(last) || OUTLET.test(last) || ROLE_BEFORE_NAME.test(last.replace(/s$/, ""));
}

// "Schoolboy almost killed by electric shock claims …": a person described by what happened to them.
const DESCRIBED = /^(\S+(?:\s+\S+)??)\s+(?:(?:almost|nearly|allegedly|badly|seriously)\s+)?\w+(?:ed|en)\s+(?:by|in|at|after|during|with)\s.*$/i;
const lastWord = (s: string) =>
  s
    .split(/\s+/)
    .at(-1)!
    .replace(/[^\w-]/g, "");

export function makeAttribution(phrase: string, at: number, verb: string | null, context = phrase): Attribution | null {
  const trimmed = phrase
    .trim()
    .replace(/^['‘“"]+/, "")
    .replace(LEADING, "");
  if (HEDGED_SUBJECT.test(trimmed)) return null;
  // A headline's "Schoolboy who got a shock claims …": the head noun speaks.
  // "Report of Kim Jong-un's injury …": the report is the source.
  const raw = trimmed
    // But "according to a report on Gawker": where it was published names the source.
    .replace(/^((?:[\w-]+\s+)?reports?)\s+(?:of|on|about)\s.*$/i, (m, head: string) => (verb === "according to" && PUBLISHED_ON.test(m) ? m : head))
    .replace(TRAILING, "")
    .replace(/^(\S+(?:\s+\S+)?)\s+who\s.*$/i, (m, head: string) => (verb && /^\p{Lu}/u.test(head) ? head : m))
    // "Schoolboy almost killed by electric shock claims …", "Woman bitten in attack says …": the person described.
    .replace(DESCRIBED, (m, head: string) => (verb && PERSON_OR_BODY.test(lastWord(head)) ? head : m))
    .trim();
  // "ISIL video claims …": a group speaks through its video or statement (footage alone shows, it does not claim).
  const through = /^(\p{Lu}[\p{L}\d.'’-]*(?:\s+\p{Lu}[\p{L}\d.'’-]*)*)\s+(?:video|statement|message|audio|tape)$/iu.exec(raw);
  if (through && verb && /^(?:claims?|claimed|says?|said)$/i.test(verb)) return makeAttribution(through[1]!, at + phrase.indexOf(raw), verb, context);
  if (!raw || raw.split(/\s+/).length > 9 || /\s(?:who|which|that|is|are|was|were|will|has|have)\s/i.test(raw)) return null;
  const start = at + phrase.indexOf(raw);
  if (PRONOUN.test(raw)) return { text: raw, start, end: start + raw.length, named: false, kind: "unnamed", verb, pronoun: true };
  if (!isSourcey(raw) || NOT_A_SUBJECT.test(raw) || RUN_ON.test(raw) || ARTIFACT.test(raw) || !speakerHead(raw) || /^(?:i|we|you)$/i.test(raw)) return null;
  // At the very start (after a quotation mark at most) the first capital may be the sentence's.
  const kind = sourceKind(raw, context, start <= 1);
  const text = shortName(raw);
  const s = start + raw.indexOf(text);
  return { text, start: s, end: s + text.length, named: kind === "named" || (kind === "official" && /\p{Lu}/u.test(text.slice(1))), kind, verb };
}
