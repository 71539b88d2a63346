// Word lists that decide the stance hint and the claim candidates. Kept as
// data in one place so the docs and tests can point at them.

/** Wording that denies, reverses or replaces what was expected. */
export const CONTRADICTION =
  /\b(?:not|never|no longer|nor|neither|without|denied|denies|deny|denying|denial|refuted|refutes|false|falsely|fake|hoax|debunk\w*|untrue|baseless|unfounded|fabricated|cancel+ed|cancel+ing|cancel+ation|cancels|called off|calls off|scrapped|scraps|postponed|postpones|postponement|delayed|delays|pushed back|instead|rather than|ruled out|rules out|dismissed|dismisses|failed to|fails to|no evidence|declined to|rejected|rejects|withdrew|withdrawn|pulled out|absent|skipped|shelved|abandoned|halted|did ?n[o']t|does ?n[o']t|was ?n[o']t|were ?n[o']t|is ?n[o']t|are ?n[o']t|won'?t|wo n't|can ?n[o']t|could ?n[o']t|never materiali[sz]ed|turned out|contrary to|despite|lost|loses|defeated|missed|no-show|empty-handed)\b/gi;

/** Strong refutation: on its own enough to call an article contradicting. */
export const REFUTATION = /\b(?:hoax|fake|false|falsely|debunk\w*|untrue|baseless|unfounded|fabricated|denied|denies|not true|no truth|no evidence|satir\w*|myth|misinformation|never happened|cancel+ed|called off|scrapped)\b/gi;

/** Wording that reports without settling. */
export const HEDGE =
  /\b(?:reportedly|allegedly|alleged|rumou?r\w*|unconfirmed|speculat\w*|could|may|might|possibly|perhaps|expected to|is said to|are said to|believed to|appears? to|seems? to|claims?|claimed|according to|sources? (?:said|say|told|close)|if true|unverified|purported\w*|would)\b/gi;

export function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

export function matches(re: RegExp, text: string): string[] {
  re.lastIndex = 0;
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[0].toLowerCase());
  return out;
}
