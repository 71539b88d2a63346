// Who a sentence says is the source: "according to X", "X said/reported/claims"
// (subject-verb.ts), "…, said X", and in headlines "X: …", "… - X", "… [Report]".
// The earliest source of the main clause wins; a pronoun ("he added") is
// returned as such for the caller to resolve from the sentences before.
import { COUNTRY, OFFICIAL_ROLE, OUTLET, PERSON_OR_BODY, SAY, SOURCE_NOUN } from "./cues";
import { makeAttribution, type Attribution } from "./speaker";
import { subjectVerb } from "./subject-verb";

export type { Attribution } from "./speaker";

// "X said, citing witnesses": the speaker is the attribution, not the party they cite.
const ACCORDING =
  /\b(?:[Aa]ccording to|[Aa]s (?:first )?(?:reported|revealed|quoted) by|[Aa]s per|(?:named|identified|reported|revealed|claimed|described|quoted|seen|obtained|reviewed) by|(?:claims?|allegations?|assertions?) (?:made )?by\s+(?=(?:the\s+)?\p{Lu})|rumou?rs? (?:from|started by)\s+(?=(?:the\s+)?\p{Lu}))\s*/gu;
const DOCUMENT_ROUTE = /(?:seen|obtained|reviewed) by\s+$/;
const STOP_WORD = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|said|says|that|who|which|when|while|but|and|as|it|he|she|they|there)$/i;
const ARTICLE = /^(?:a|an|the|some|this|these|those|his|her|its|their)$/i;
const PREPOSITION = /^(?:of|at|in|on|from|with|for|to|by|close|near|within|inside|and|&|de|del|da|al)$/i;

/** "according to X": X up to punctuation, a new clause or the first word after a name. */
function accordingTo(sentence: string, out: Attribution[]) {
  ACCORDING.lastIndex = 0;
  for (let m = ACCORDING.exec(sentence); m; m = ACCORDING.exec(sentence)) {
    const from = m.index + m[0].length;
    const ws = sentence.slice(from).split(/(?=\s)/);
    let phrase = "";
    for (const [i, chunk] of ws.entries()) {
      const w = chunk.trim();
      const clean = w.replace(/[,.;:"”)]+$/, "");
      const prev = phrase.trim().split(/\s+/).at(-1) ?? "";
      if (STOP_WORD.test(clean) || (i > 0 && ARTICLE.test(clean) && !PREPOSITION.test(prev))) break;
      // "Ali al-Bredi", "Ahmed bin Ali": a name's particle, not a new clause.
      const particle = /^(?:al|el|bin|ibn|abu|van|von|de|da|di|du|le|la)(?:-\p{Lu}|$)/u.test(clean);
      if (i > 0 && /^[a-z]/.test(clean) && /^\p{Lu}/u.test(prev) && !PREPOSITION.test(clean) && !SOURCE_NOUN.test(clean) && !particle) break;
      phrase += chunk;
      // "Rep. Duncan Hunter": a title's full stop does not end the source.
      if ((clean !== w && !/^(?:Rep|Sen|Gov|Gen|Col|Lt|Maj|Capt|Sgt|Dr|Mr|Mrs|Ms|Prof|St)\.$/.test(w)) || i >= 7) break;
    }
    const a = makeAttribution(phrase.replace(/[,.;:"”)]+$/, ""), from, DOCUMENT_ROUTE.test(m[0]) ? "by" : "according to");
    if (a && !a.pronoun) out.push(a);
  }
}

const SPEECH = new RegExp(String.raw`\b${SAY}\b`, "i");
const OUTER_VERB = /^(?:said|says|reported|reports|wrote|writes|told)$/;

/** "…," said a government spokesperson. */
function inverted(sentence: string, out: Attribution[]) {
  const re =
    /[,;—–]["”’]?\s+([Ss]aid|[Ss]ays|SAYS|told|added|wrote|writes|reported|reports|explained|continued|insisted|claims|claimed|argued|noted|warned|predicted)(?!\s+to\b)\s+((?:the |a |an )?(?:[^,.;:()]|\.(?=\s*\p{Lu}[a-z])){2,60}?)(?=[,;:()]|\.(?!\s*\p{Lu}[a-z])|\s+(?:in|on|at|to|during|after|who|from)\b|$)/gu;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    // "…, added the official, speaking on condition of anonymity": the apposition says who they are
    // (but "…, said Ming-Chi Kuo, citing people familiar with …" names Kuo, whoever he cites).
    const rest = sentence.slice(m.index + m[0].length);
    const apposition = /^,\s+(?:speaking|who (?:asked|declined|spoke|was not|is not|were not|are not)|on condition)\b[^,;]*/.exec(rest);
    const context = m[2]! + (apposition?.[0] ?? "");
    const a = makeAttribution(m[2]!, m.index + m[0].length - m[2]!.length, m[1]!.toLowerCase(), context);
    if (a && !a.pronoun) out.push(a);
  }
}

/** Headlines: "Senator: …", "… - NY Post", "…: Report", "… [Report]". */
function headlineLabel(sentence: string, out: Attribution[]) {
  const lead = /^([^:]{2,45}):\s+\S/.exec(sentence);
  const leadHead = lead?.[1]!.trim().split(/\s+/).at(-1) ?? "";
  // "Libya: Missing Libya Planes …" is a topic, not a source: the label's word comes back.
  const topic = lead !== null && new RegExp(`\\b${leadHead.replace(/[^\p{L}\d]/gu, "")}\\b`, "iu").test(sentence.slice(lead[0].length - 1));
  // "ISIS: We have our hands on …", "GOP Rep: 'At least ten …'": the label speaks in the first person or in quotes.
  const spoken =
    lead !== null && lead[1]!.trim().split(/\s+/).length <= 3 && /^\s*['‘“"]|\b(?:I|We|My|Our|Us)\b(?!['’]ll\b)/u.test(sentence.slice(lead[0].length - 1));
  if (
    lead &&
    !topic &&
    !/^(?:rumou?rs?|speculation|exclusive|update|breaking|watch|video|photos?|analysis|opinion|review|poll|quiz|fake-news|hoax|satire)$/i.test(leadHead) &&
    (OFFICIAL_ROLE.test(lead[1]!) ||
      SOURCE_NOUN.test(leadHead) ||
      (PERSON_OR_BODY.test(leadHead) && lead[1]!.trim().split(/\s+/).length <= 2) ||
      spoken ||
      // "Iraq: US to Probe …": a country speaks through its government, unless someone else speaks ("China: Site warns …").
      (COUNTRY.test(lead[1]!.trim()) && !SPEECH.test(sentence.slice(lead[0].length - 1))))
  ) {
    const a = makeAttribution(lead[1]!, 0, null);
    if (a) out.push(a);
  } else if (lead && spoken) {
    // "ISIS Video: … Now in Our Hands": the group speaks through its video.
    const by = /^(.+?)\s+(?:video|statement|message|tweet|audio)$/i.exec(lead[1]!.trim());
    const a = by && !/^(?:rumou?rs?|exclusive|update|breaking|watch)$/i.test(by[1]!) ? makeAttribution(by[1]!, 0, null) : null;
    if (a) out.push(a);
  }
  // "… freed in military raid-Defence Ministry": a wire headline's label can lose its spaces (every word capitalised).
  const tail =
    /(?:\s[-–—]{1,2}\s*|:\s+|\[|\()((?:the |a |new )?[\p{L}/. ]{2,30}?)\]?\)?\s*$/iu.exec(sentence) ??
    /(?<=\s\p{Ll}{3,})[-–—]((?:\p{Lu}\p{L}+\s?){1,3})$/u.exec(sentence);
  const tailHead = tail?.[1]!.trim().split(/\s+/).at(-1) ?? "";
  if (
    tail &&
    !/^(?:rumou?rs?|speculation|exclusive|update[ds]?|video|photos?)$/i.test(tailHead) &&
    (/\b(?:reports?|sources?|analysts?|experts?|officials?)\b/i.test(tail[1]!) ||
      SOURCE_NOUN.test(tailHead) ||
      PERSON_OR_BODY.test(tailHead) ||
      OFFICIAL_ROLE.test(tail[1]!) ||
      (OUTLET.test(tail[1]!) && /\p{Lu}/u.test(tail[1]!)))
  ) {
    const a = makeAttribution(tail[1]!, tail.index + tail[0].indexOf(tail[1]!), null);
    if (a) out.push(a);
  }
}

/** The sentence's source, if it names or describes one. */
export function findSource(sentence: string, headline = false): Attribution | null {
  const found: Attribution[] = [];
  accordingTo(sentence, found);
  subjectVerb(sentence, found, headline);
  inverted(sentence, found);
  if (headline) headlineLabel(sentence, found);
  // The earliest speaker (at the same start, the one whose verb comes first); a pronoun only when nothing else is found.
  found.sort((a, b) => Number(!!a.pronoun) - Number(!!b.pronoun) || a.start - b.start || a.end - b.end);
  // "…, according to people familiar with the matter," reports The Wall Street Journal: the outlet
  // closing the sentence relays the unnamed people it cites (as "…, said X, citing people familiar").
  const first = found[0];
  if (first?.verb === "according to" && first.kind === "unnamed") {
    const outer = found.find(
      (a) => a.start > first.start && !a.pronoun && a.kind !== "unnamed" && OUTER_VERB.test(a.verb ?? "") && /^[\s.!"”’)]*$/.test(sentence.slice(a.end)),
    );
    if (outer) return outer;
  }
  return first ?? null;
}
