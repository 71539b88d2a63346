// A first draft of a claim's statement from its sentence: without the
// attribution (it has its own field), asides and headline labels.
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
const SAID_AT_END = /\b(?:said|says|told|announced|confirmed|wrote)\b[^.]{0,40}\.$/;
const NEVER = /$^/;
const CONNECTIVE = /^(?:However|But|And|Meanwhile|Still|Yet|Also|So),?\s+/;
// Headline labels: "Report: …", "… - NY Post", "…: Report", "… [Report]", "… (Rumor)", ", sources say".
const HEADLINE_LEAD = /^(?:(?:reports?|rumou?r|exclusive|breaking(?: news)?|update[d]?|watch|see it)\s*:\s*)+/i;
const HEADLINE_TAIL =
  /(?:\s+[-–—]{1,2}\s*(?:the |a )?(?:\p{Lu}[\p{L}/.]*|analysts?|sources?|reports?|officials?|watchdog|experts?)(?:\s+[\p{L}/.]+){0,3}|:\s*(?:new )?reports?|,\s*(?:new )?(?:reports?|sources?|officials?)\s+(?:says?|claims?)|\s*[[(](?:report|rumou?r|exclusive|updated?|video)[\])])\s*$/iu;

export function draftStatement(sentence: string): string {
  const s = sentence
    .replace(CONNECTIVE, "")
    .replace(HEADLINE_LEAD, "")
    .replace(HEADLINE_TAIL, "")
    .replace(LEAD_ATTRIBUTION, "")
    // The said-clause pattern backtracks; only try it when a speech verb ends the sentence.
    .replace(SAID_AT_END.test(sentence) ? TRAILING_ATTRIBUTION : NEVER, ".")
    .replace(ASIDE, " ")
    .replace(TRAILING_ASIDE, ".")
    .trim();
  const text = capitalise(unquote(s));
  return text.length <= MAX_STATEMENT ? text : `${text.slice(0, MAX_STATEMENT - 1).replace(/\s+\S*$/, "")}…`;
}

/** Drop quotation marks around the whole sentence, not those around a name inside it. */
function unquote(s: string): string {
  let t = s;
  if (/^["“]/.test(t) && ((t.match(/["“”]/g)?.length ?? 0) % 2 === 1 || /["”]$/.test(t))) t = t.replace(/^["“]/, "");
  if (/["”]$/.test(t) && (t.match(/["“”]/g)?.length ?? 0) % 2 === 1) t = t.replace(/["”]$/, "");
  return t.trim();
}

// "the deal will close" → "The deal …", but "iPhone" and "eBay" keep their spelling.
const capitalise = (s: string) => (/^\p{Ll}\p{Ll}/u.test(s) ? s.charAt(0).toUpperCase() + s.slice(1) : s);
