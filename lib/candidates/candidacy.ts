// Is a sentence a claim candidate? It must say something about the future, mark
// something as unverified, rest on a sighting, or relay someone's report — and
// not settle the matter itself (a debunk, a denial, a question).
import type { Attribution } from "./attribution";
import {
  ACCUSATION,
  ANONYMOUS,
  ASIDE,
  DEBUNK,
  FUTURE,
  HEADLINE_FUTURE,
  HEADLINE_NEGATION,
  HEDGE,
  NOT_A_PLAN,
  OFFICIAL_ROLE,
  OUTLET,
  RECORDED,
  REPORT_VERB,
  SEEN,
  SOURCE_NOUN,
  UNNAMED_REPORT,
  WAIT_AND_SEE,
  WHOLLY_QUOTED,
} from "./cues";

/** A title rather than a sentence: no closing punctuation, or mostly Title Case. */
export function isHeadline(text: string): boolean {
  // "ISIS: … air-dropped by U.S.": after a headline's label, an abbreviation's full stop does not close a sentence.
  const t = /^[^:]{2,45}:\s/.test(text) ? text.trim().replace(/\b(?:\p{Lu}\.){2,}$/u, (m) => m.replace(/\./g, "")) : text.trim();
  if (!/[.!?…]["”'’)\]]*$/.test(t)) return t.split(/\s+/).length <= 30;
  return isTitleCase(t);
}

function isTitleCase(text: string): boolean {
  const ws = text.split(/\s+/).filter((w) => /^['‘“"]?\p{L}{4,}/u.test(w));
  return ws.length >= 4 && ws.filter((w) => /^['‘“"]?\p{Lu}/u.test(w)).length / ws.length > 0.7;
}

// "in May", "May 2015": the month, not the modal.
const MONTH_MAY = /\b(?:in|by|early|late|mid|since|until|till|of|next|last|this|from|through|before|after)[\s-]+may\b|\bmay\s+\d/gi;

const OPENING_PLAN =
  /^["“']?(?:Plans?|Planned|Planning|Expected|Rumou?red|Slated|Scheduled|Set|Poised|Tipped|Likely|Unlikely|Upcoming|Forthcoming|Hoping|Aiming|Intending|Preparing)\b/;

const NOT_A_PLAN_AT = new RegExp(NOT_A_PLAN.source, "y");

/** Headlines are Title Case: lower them so "Will Be" and "May Lead" read as verbs. */
function futureWording(text: string, headline: boolean): string | null {
  // 'would "most definitely" be removing': quotation marks do not break the verb phrase.
  // "Plans to launch …", "Expected to cost …": a plan word opening a sentence ("Due to", "Will Smith" are not).
  const lowered = headline ? text.toLowerCase() : text.replace(OPENING_PLAN, (w) => w.toLowerCase());
  const t = lowered.replace(MONTH_MAY, " ").replace(/["“”]/g, "");
  const m = FUTURE.exec(t);
  if (m) return m[0].toLowerCase();
  if (!headline) return null;
  const h = HEADLINE_FUTURE.exec(text);
  if (!h) return null;
  // In a sentence-case headline a capital after "to" is a name ("falls to Islamic militants").
  if (/\b(?:to|To|TO)\s+(?:be\s+)?\p{Lu}/u.test(h[0]) && !isTitleCase(text)) return null;
  // "Asks Disney To Move", "Wants To": someone's wish, not a plan.
  // Tried at every word before the infinitive: "missing … to US" must not hide "warning to US to cease".
  for (const w of text.slice(0, h.index + 1).matchAll(/\b\w/g)) {
    NOT_A_PLAN_AT.lastIndex = w.index;
    const plan = NOT_A_PLAN_AT.exec(text);
    if (plan && plan.index + plan[0].length >= h.index + h[0].trim().length - 1) return null;
  }
  return h[0].trim().toLowerCase();
}

// A claim in quotation marks in a headline, not at its start ("Kim 'Has Difficulty Walking'",
// "Sister 'Replaces' Dictator"), with a verb in it ("'cobra wine'" is only a phrase).
const QUOTED = /.\s['‘“"]((?:[^'’”"]|['’](?=\p{L}))+)['’”"](?:\s|$)/gu;
const QUOTED_VERB =
  /\b(?:is|are|was|were|has|have|had|will|to|\w+ed|\w+ing|\w+es|shot|dead|hit|held|found|seen|done|taken|made|sold|stolen|gone|known|given|told|run|cut|beaten|eaten|brought|caught|left|lost|built|sent|spent|won|paid)\b/i;
// Every quoted span counts: "Man identified as 'Jihadi John' was 'stopped by MI5'".
// A headline that is wholly a quotation ("‘Islamic tribunal confirmed in Texas’") is someone's claim.
// A quotation in the first or second person ("'I found some coins …'", "'We're still working …'") is a pull quote.
const QUESTION_WORD = /^(?:Does|Do|Did|Is|Are|Was|Were|Can|Could|Will|Would|Should|Why|How|What|Who|When|Where|Which)\b/;
const SPEAKER_PERSON = /\b(?:I|I'm|I've|me|my|we|we're|we've|us|our|you|your|they|they've|they're)\b/i;
const spokenInPerson = (quote: string) => SPEAKER_PERSON.test(quote.replace(/’/g, "'"));
const whollyQuoted = (text: string) => [WHOLLY_QUOTED.exec(text.trim())].filter((m) => m !== null && !spokenInPerson(m[1]!) && !QUESTION_WORD.test(m[1]!));
// "Kim Jong-Un 'bans the name Kim Jong-un'", "Nigeria and Boko Haram 'agree ceasefire and girls' release'": the
// quotation is the headline's whole predicate, opened in lower case right after its subject (a capitalised word:
// "after meeting 'young blonde woman at a bar'" quotes an object).
const QUOTED_PREDICATE = /(?:^|\s)\p{Lu}[\p{L}-]*\s+['‘"“](\p{Ll}[\p{L}-]*\s[^"“”]*?)['’"”]$/u;
// "in video titled 'A Message to America,'": a name, not a claim.
const NAMED_BY = /\b(?:titled|entitled|called|dubbed|named|nicknamed|hashtag)\s*$/i;
function quotedClaim(text: string): boolean {
  if ([...text.matchAll(QUOTED)].some((m) => !NAMED_BY.test(text.slice(0, m.index + 2)) && quotedSpan(m[1]!))) return true;
  if (whollyQuoted(text).some((m) => quotedSpan(m![1]!))) return true;
  const predicate = QUOTED_PREDICATE.exec(text.trim())?.[1];
  return predicate !== undefined && predicate.length <= 80 && !spokenInPerson(predicate);
}
function quotedSpan(q: string): boolean {
  // "'stopped by MI5'" has a verb; "'$1,499'", "'2 Million'" are figures.
  if (q.length > 80 || /^\W*\d/.test(q)) return false;
  // A verb makes it a claim ("'Replaces'", "'gagged'", "'Aborts Baby …'"); "'cobra wine'", "'Big Bank Hank'" are names.
  const verb = QUOTED_VERB.test(q) || /\b\p{Lu}\p{Ll}+(?:ts|es|ds|ns|ls|rs)\b/u.test(q);
  return verb && (q.includes(" ") || /^\p{Lu}/u.test(q) || /(?:ed|ing)$/.test(q));
}

// "Possible ISIS Chemical Attack On …", "IS May Have Fighter Jets", "ISIS Seemingly Beheaded …": in a headline the hedge is on the happening
// itself (in a body, "the best possible", "what authority they may have" are common and settle nothing).
const POSSIBLE =
  /\b(?:possible|probable)\b(?!\s+(?:to|that|for|if)\b)|\b(?:seemingly|probably|presumably)\s+(?!unsure\b|\w+ing\s+(?:that|to|what|whether)\b)|\b(?:may|might)\s+(?:already\s+|now\s+)?have\b/i;

const UNVERIFIED = /\b(?:unverified|unconfirmed|not (?:yet |been |yet been |independently )?(?:verified|confirmed|authenticated))\b/i;

// "neither confirming nor denying" leaves the matter open.
const OPEN = /\b(?:not|neither) (?:confirm\w*|den(?:y|ies|ied|ying)) (?:or|nor) (?:confirm\w*|den(?:y|ies|ied|ying))\b/gi;

// "X says Y" in a headline, unless Y is negated ("Woman Says She Hasn't Been Captured").
const SAYS_CLAIM =
  /(?<!['’]s\s)\b(?:[Ss]ays?|SAYS|[Ss]aid|[Cc]laims|CLAIMS|[Cc]laimed|[Ii]nsists|[Ss]uggests|[Qq]uestions|[Cc]omplain(?:s|ing|ed)?(?=\s+[Tt]hat\b))\b/;

const COMPARED = /\bthan\s+(?:[\w.'-]+\s+){0,3}?(?:claims?|claimed|says?|said|reported|admitted|let on)\b/gi;

export type Candidacy = { candidate: boolean; cues: string[] };

/** Unnamed *sources* ("sources", "critics", "media") relay claims; an unnamed person ("the man says") may just talk. */
// An official role is "unnamed" only when the sentence says so ("the official, speaking on condition of anonymity").
// "a monitoring group", "a think tank in Seoul": an unnamed body that watches others relays what it gathers.
const UNNAMED_BODY = /^(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|think tank|watchdog|observatory|network)\b/i;
const anonymous = (a: Attribution) =>
  a.kind === "unnamed" &&
  (ANONYMOUS.test(a.text) ||
    OFFICIAL_ROLE.test(a.text) ||
    UNNAMED_BODY.test(a.text) ||
    a.text.split(/\s+/).some((w) => SOURCE_NOUN.test(w.replace(/[^\w-]/g, ""))));

/** Does the sentence relay someone's report or claim, rather than state the record? */
function relays(a: Attribution, text: string): boolean {
  if (a.pronoun) return false;
  // A monitor, a resident or a politician saying that someone killed, abducted or gassed people relays an
  // accusation that the party who would know has not settled; an official saying it about the past is the record,
  // and a quotation that opens the sentence is mostly reaction ("Those who killed him are monsters").
  if (
    a.kind !== "official" &&
    ACCUSATION.test(text) &&
    /^(?:says?|said|added|adding|told|stated|revealed|insisted)$/i.test(a.verb ?? "") &&
    !/^["“'‘]/.test(text)
  )
    return true;
  if (anonymous(a) || a.verb === null) return true;
  // "seen by", "obtained by" an outlet: where documents went, not what they say.
  if (a.verb === "by") return false;
  // An official "reported a profit" or "according to the police" is the record; an official's claim or "says" is not.
  if (a.kind === "official") return /^(?:claims?|claimed|alleges?|alleged|insists?|insisted|says?|suggests?)$/.test(a.verb);
  if (REPORT_VERB.test(a.verb) || a.verb === "according to") return true;
  // Present-tense attribution is an ongoing claim ("an analyst says …"), unless it closes a quotation.
  if (/^says?$/.test(a.verb) && a.kind === "named" && !/^["“'‘]/.test(text)) return true;
  return a.kind === "named" && OUTLET.test(a.text);
}

export function candidacy(raw: string, attribution: Attribution | null, headline = isHeadline(raw)): Candidacy {
  // "we’ll", "won’t", "isn’t": the word lists are written with a straight apostrophe.
  // "Deeper Than Secret Service Claims", "worse than reported": a comparison with what was said is not a claim.
  const text = raw.replace(/’/g, "'").replace(COMPARED, "");
  const cues: string[] = [];
  if (text.length < 25) return { candidate: false, cues };
  // A question settles nothing, unless a claim comes before it ("… rumored at $1,200: Will you buy?").
  // "Nigeria Says It Struck A Cease-Fire, But Are They Talking To The Right Guy?": the question is the last clause.
  const asked = /\?\s*["”’']?$/.test(text.trim());
  const parts = asked ? text.split(/:\s|\?\s|,\s+(?=(?:but|and|so)\s+(?:is|are|was|were|do|does|did|will|can|could|should|has|have)\s)/i) : [text];
  const body = (asked ? parts.slice(0, -1).join(". ") : text).replace(OPEN, "unconfirmed");
  if (asked && !body.trim()) return { candidate: false, cues };
  const main = body.replace(ASIDE, "");

  const future = WAIT_AND_SEE.test(main) ? null : futureWording(main, headline);
  // An aside can carry the only hedge on the subject ("The footage, which has not been verified, shows …").
  const hedge =
    HEDGE.exec(main)?.[0].toLowerCase() ??
    UNNAMED_REPORT.exec(main)?.[0].toLowerCase() ??
    UNVERIFIED.exec(body)?.[0].toLowerCase() ??
    (headline ? POSSIBLE.exec(main)?.[0].toLowerCase() : null) ??
    null;
  // Seen by someone: a sighting when no one else is the source, or when witnesses are cited.
  const seen = RECORDED.exec(body)?.[0].toLowerCase() ?? (SEEN.test(body) && (!attribution || /\bwitness/i.test(body)) ? "seen" : null);
  const says = headline ? SAYS_CLAIM.exec(body) : null;
  // The claim follows "says", or precedes it when "says X" closes the headline ("…, says Iraq").
  const claimed = says === null ? "" : body.slice(says.index).trim().split(/\s+/).length <= 4 ? body.slice(0, says.index) : body.slice(says.index);
  const saysClaim = says !== null && attribution !== null && !HEADLINE_NEGATION.test(claimed);
  const sourcey = attribution !== null && anonymous(attribution);
  const relayed = attribution !== null && relays(attribution, text);
  const quoted = headline && quotedClaim(body);
  for (const c of [future, hedge, seen, relayed ? `source: ${attribution!.text}` : null, saysClaim ? "says" : null, quoted ? "quoted claim" : null])
    if (c) cues.push(c);
  if (cues.length === 0) return { candidate: false, cues };

  // A debunk or denial settles it: only a later claim ("Boko Haram Denies Truce, Says …") survives.
  const debunk = DEBUNK.exec(body);
  if (debunk) {
    const later = body.slice(debunk.index + debunk[0].length);
    // A hoax framing settles everything in it; a denial leaves room for the denier's own claim ("Denies Truce, Says …").
    const denial = /^(?:denies|denied|deny|dismiss\w*|rebuff\w*|shoots? down|shot down)$/i.test(debunk[0]);
    // "never said a restaurant is opening", "bogus rumors saying there will be …": the future is what is settled.
    const content = /^(?:never|false|bogus)\b/i.test(debunk[0]);
    const survives =
      !/^no,/i.test(debunk[0]) &&
      !content &&
      ((denial && saysClaim) || (denial && sourcey && !headline) || (future !== null && later.includes(future) && !headline));
    if (!survives) return { candidate: false, cues };
  }
  // "Pope Francis did NOT say our pets are going to heaven": the negation governs what follows.
  const negation = headline ? HEADLINE_NEGATION.exec(body) : null;
  if (negation && !saysClaim && (!future || negation.index < body.toLowerCase().indexOf(future))) return { candidate: false, cues };
  return { candidate: true, cues };
}
