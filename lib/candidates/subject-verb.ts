// "X said", "X, the director of Y, said", "…, his lawyer, Lopa Blumenthal, told
// CNN", "Boy who suffered a shock claims …": the subject of a speech verb.
import { OFFICIAL_ROLE, SAY } from "./cues";
import { makeAttribution, speakerNoun, type Attribution } from "./speaker";

const BOUNDARY =
  /,(?!\d)|[;:—–"“”]|\s[-–]{1,2}\s|\b(?:which|who|whom|whose|but|and|while|whereas|as|though|although|because|that|where|when|if|after|before|since|once|But|And|While|As|When|If|After|Then|So|Yet|However|Meanwhile|Also|Instead|Now|Still)\b/g;
const SUBORDINATE = /^(?:when|if|after|before|since|once|because|although|though|while|as)\b/i;
const SAY_RE = new RegExp(String.raw`\b${SAY}\b`, "g");

/** "X said", "X, the director of Y, said", "…, his lawyer, Lopa Blumenthal, told CNN". */
export function subjectVerb(sentence: string, out: Attribution[], headline: boolean) {
  // Headlines shout ("RICH JOHNSTON SAYS", "Monitors Say"): find the verbs in lower case.
  const lower = headline ? sentence.toLowerCase() : sentence;
  // Parentheses ("Rep. Duncan Hunter (R-Calif.) said") are blanked, keeping offsets.
  const plain = sentence.replace(/\([^)]*\)/g, (p) => " ".repeat(p.length));
  SAY_RE.lastIndex = 0;
  for (let m = SAY_RE.exec(lower); m; m = SAY_RE.exec(lower)) {
    const before = plain.slice(0, m.index);
    const after = lower.slice(m.index + m[0].length);
    // "is said to", "was reported", "said to confirm", "reported to be", "the reported attack", "Somers' reported death": hearsay, passive or adjective.
    if (
      (!/ing$/.test(m[0]) && /\b(?:is|are|was|were|be|been|being|widely|the|a|an)\s+$|\p{L}(?:['’]s|s['’])\s+$/iu.test(before)) ||
      (/^(?:said|reported)$/.test(m[0]) && /^\s+to\b/.test(after))
    )
      continue;
    // "The Man Who Says …": a relative clause; "…: Reports": a headline label (headlineLabel).
    if (/\b(?:who|that|which)\s+$/i.test(before) || /:\s*$/.test(before)) continue;
    if (
      /^(?:reported|claimed|alleged|described|quoted|estimated|predicted|expected|cited|posted|identified|named)$/i.test(m[0]) &&
      /^\s+(?:by|as)\b/.test(after)
    )
      continue;
    // "Carson Daly reports from the Orange Room": where someone reports from, not a report.
    if (/^reports?$/.test(m[0]) && /^\s+from\b/.test(after)) continue;
    // "reports saying", "claims of": a noun.
    if (/^\s+(?:saying|claiming|suggesting|by|say|says|said|claim|claims|suggest|suggests|indicate|indicates)\b/.test(after)) continue;
    if (/^(?:claims?|reports?|fears?|doubts?|questions?|notes?)$/.test(m[0]) && /^\s+of\b/.test(after)) continue;
    // "Past reports have indicated", "Media reports identify …": the noun is the subject of the next verb.
    if (/^(?:claims|reports)$/.test(m[0]) && /^\s+(?:have|had|are|were|indicated?|identif(?:y|ied)|show(?:ed)?|emerged|circulated|surfaced)\b/.test(after))
      continue;
    // "Amazon reported record sales": results, not a relayed report.
    if (
      /^report(?:s|ed)$/.test(m[0]) &&
      /^\s+(?:(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?)?(?:record|strong|weak|higher|lower|net|quarterly|annual|first|second|third|fourth|full-year|sales|profits?|loss|losses|revenue|earnings|results|income|growth|\$|\d)/.test(
        after,
      )
    )
      continue;
    // The clause starts after the last boundary that leaves some words before the verb.
    let cut = 0;
    BOUNDARY.lastIndex = 0;
    for (let b = BOUNDARY.exec(before); b; b = BOUNDARY.exec(before)) {
      const end = b.index + b[0].length;
      if (before.slice(end).trim()) cut = end;
      if (b[0].length === 0) BOUNDARY.lastIndex++;
    }
    const clause = before.slice(cut);
    let phrase = clause;
    let at = cut;
    let context = clause;
    // ", which Apple confirmed last year": a relative clause speaks about something else; but in
    // "Boy who suffered a shock claims …" the head before "who" is the speaker.
    const relative = /^(.*?)\b(?:which|who|whom|whose)\s*$/i.exec(before.slice(0, cut));
    if (relative) {
      const head = relative[1]!.trim();
      // "Victor Cha, an analyst with CSIS who previously …, says": the relative clause sits in an apposition.
      const apposed = /,\s*$/.test(clause) ? /^(\p{Lu}[^,]*?),\s+(?:a|an|the)\s/u.exec(head) : null;
      // "the newspaper Stars and Stripes, which broke the story, reported": a non-restrictive clause
      // between the speaker and the verb; the speaker is the name before it, past any apposition.
      const closed = /,$/.test(head) && /,\s*$/.test(clause) ? nonRestrictiveSpeaker(head) : null;
      if (apposed && apposed[1]!.split(/\s+/).length <= 4) [phrase, at, context] = [apposed[1]!, 0, head];
      else if (closed) [phrase, at, context] = [closed, before.indexOf(closed), `${head} ${clause}`];
      else if (/,$/.test(head) || !/^\p{Lu}\S*(?:\s+\S+){0,2}$/u.test(head)) continue;
      else [phrase, at, context] = [head, 0, head];
    }
    // ", suggesting …", ", adding that …": the main clause's subject ("YouTube users have been sceptical, suggesting …").
    let participle = false;
    if (/ing$/.test(m[0]) && /,\s*(?:only|also|just|even|while|before|after|apparently)?\s*$/.test(before)) {
      const subject = /^((?:\S+\s+){0,5}?\S+?)\s+(?:have|has|had|is|are|was|were|will|would|gave|took|went|made|did|told|posted|called)\b/.exec(plain);
      if (subject && subject[1]!.length < before.length) [phrase, at, context, participle] = [subject[1]!, 0, subject[1]!, true];
    }
    // "Boston.com published a piece suggesting …": the outlet that ran the piece is the source.
    const ran = /^(.*?\S)\s+(?:published|ran|posted|aired|carried)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:piece|report|story|article|post|item)\s*$/i.exec(phrase);
    if (ran && /ing$/.test(m[0])) [phrase, at] = [ran[1]!, at + phrase.indexOf(ran[1]!)];
    // "Terrorism fears rise": a noun; "critics fear" has a speaker.
    if (/^fears?$/.test(m[0]) && !speakerNoun(phrase.trim().split(/\s+/).at(-1) ?? "")) continue;
    // "US hostage 'murdered' in Yemen, says Hagel": the speaker follows the verb (inverted()).
    if (
      !relative &&
      !participle &&
      /^(?:says?|said|claims?|claimed|adds?|added)$/.test(m[0]) &&
      /,\s*$/.test(before) &&
      /^\s+(?:\S+\s+){0,2}\S+?[.!]?\s*$/.test(after) &&
      !/\b(?:is|are|was|were|has|have|had|will)\b/.test(after) &&
      /^\s+\p{Lu}/u.test(sentence.slice(m.index + m[0].length))
    )
      continue;
    if (!relative && !participle && (/,\s*$/.test(clause) || !clause.trim())) {
      // "X, the director of Y, said" / "…, his lawyer, Lopa Blumenthal, told": the name, past one apposition.
      const segs = before.replace(/[,\s]+$/, "").split(/,\s*/);
      const last = segs.at(-1) ?? "";
      const prev = segs.at(-2) ?? "";
      // An apposition starts in lower case ("senior director of …", "the director of …") or is a party tag ("R-Utah").
      const appositive = (x: string) => /^[a-z]/.test(x.trim()) || /^(?:the|a|an|his|her|their|its)\b|^[RDI]-[A-Z]/i.test(x.trim());
      const useprev = segs.length >= 2 && appositive(last) && /\p{Lu}/u.test(prev.trim());
      phrase = useprev ? prev : last;
      context = useprev ? `${prev}, ${last}` : segs.length >= 2 && appositive(prev) ? `${prev}, ${last}` : last;
      at = before.lastIndexOf(phrase);
      if (!/^\p{Lu}/u.test(phrase.trim()) && !OFFICIAL_ROLE.test(phrase)) continue;
    }
    // "When Tim Cook announced …, the company promised …": the main clause speaks; but "As the
    // Winnipeg Sun reports, …" names the source of the main clause.
    const subordinate =
      before
        .slice(0, cut)
        .trim()
        .split(/[,;]\s*/)
        .at(-1) ?? "";
    const asReported = /^as$/i.test(subordinate) && /^\s*,/.test(after) && /^(?:reports?|reported|notes?|noted|writes|wrote|says|said)$/.test(m[0]);
    if (SUBORDINATE.test(subordinate) && /,/.test(after) && !asReported) continue;
    const a = makeAttribution(phrase, at, m[0].toLowerCase(), context);
    if (a) out.push(a);
  }
}

const CONNECTIVE = /^(?:however|but|and|meanwhile|also|yet|still|now|then|earlier|later|separately|on \w+|in \w+|last \w+)$/i;

/** "Justin Ling, Ottawa bureau chief for X," → "Justin Ling"; "However, the newspaper Y," → "the newspaper Y". */
function nonRestrictiveSpeaker(head: string): string | null {
  const segs = head
    .replace(/,$/, "")
    .split(/,\s*/)
    .map((x) => x.trim())
    .filter((x) => x && !CONNECTIVE.test(x));
  const name = (x: string | undefined) => x !== undefined && /^\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3}$/u.test(x);
  if (name(segs[0])) return segs[0]!;
  const last = segs.at(-1);
  return last && last.split(/\s+/).length <= 7 ? last : null;
}
