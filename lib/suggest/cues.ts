// Word lists that decide the stance hint and the claim candidates. Kept as
// data in one place so the docs and tests can point at them.

/** Strong refutation: on its own enough to call an article contradicting. */
export const REFUTATION =
  /\b(?:hoax|fake|false|falsely|debunk\w*|untrue|baseless|unfounded|fabricated|denied|denies|not true|no truth|no evidence|satir\w*|myth|misinformation|never happened|cancel+ed|called off|scrapped)\b/gi;

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
