import { stemmer } from "stemmer";
import { normalizeWord } from "./lexicon";

// Tokens keep their offsets and whether they looked like a name (capitalised
// mid-sentence, or containing digits) because names and numbers are what
// tell two different happenings apart.
export type Token = { stem: string; lower: string; start: number; end: number; name: boolean; num: boolean; initial: boolean };

const WORD = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu;

export const STOPWORDS = new Set(
  (
    "a an the and or but if then else of to in on at by for with from into onto over under about as is are was were be been being am " +
    "it its it's this that these those there here he she they them his her their hers theirs we us our you your i me my mine " +
    "do does did done doing have has had having not no nor so than too very can just also only own same such both each few more most " +
    "other some any all what which who whom whose when where why how s t d ll re ve m o up down out off again further once " +
    "will would shall should could may might must said says say told tell according reported reportedly report reports " +
    "expected expect set plan plans planned planning likely rumor rumors rumour rumours rumored rumoured source sources " +
    "claim claims claimed allegedly alleged speculation speculated insider insiders people person news media year years " +
    "mr mrs ms dr after before while during since until week month day today yesterday tomorrow one"
  ).split(" "),
);

const NUMERIC = /\d/;
// Capitalised, but dates rather than names: they do not tell happenings apart.
const CALENDAR = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday".split(
    " ",
  ),
);
// Numbers are compared by value: "2,000" and "2000" match, "3.5" stays whole.
const normNumber = (raw: string) => raw.replace(/,(?=\d{3}\b)/g, "");

// Stemming is the costliest step of tokenizing and news vocabulary repeats:
// memoise it (bounded, so a flood of odd tokens cannot grow it forever).
const STEMS = new Map<string, string>();
function stemOf(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (STEMS.size > 200_000) STEMS.clear();
    STEMS.set(word, s);
  }
  return s;
}

// Everything about a word that does not depend on where it stands, memoised
// per spelling like the stems (indexing 20,000 articles tokenises ~10 million
// words from a vocabulary of thousands).
type WordInfo = { lower: string; stem: string; stop: boolean; num: boolean; calendar: boolean; capital: boolean };
const WORDS = new Map<string, WordInfo>();
function wordInfo(raw: string): WordInfo {
  let info = WORDS.get(raw);
  if (info === undefined) {
    const lower = raw.toLowerCase().replace(/’/g, "'").replace(/'s$/, "");
    const num = NUMERIC.test(raw);
    info = {
      lower,
      num,
      stop: STOPWORDS.has(lower),
      calendar: CALENDAR.has(lower),
      capital: /^\p{Lu}/u.test(raw),
      stem: num ? normNumber(lower) : stemOf(normalizeWord(lower)),
    };
    if (WORDS.size > 200_000) WORDS.clear();
    WORDS.set(raw, info);
  }
  return info;
}

/** What JavaScript's `\s` matches. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

// . ! ? : " “ — after one of these (and optional whitespace) a sentence starts.
const ENDERS = new Set([46, 33, 63, 58, 34, 0x201c]);

/**
 * A new sentence starts after a line break or after .!?:"“ and optional
 * whitespace in the gap text[from, to) between two words. (Scans the gap's
 * characters instead of slicing it and running two regular expressions:
 * the same answer, several times faster; tokens.test.ts compares them.)
 */
function startsSentence(text: string, from: number, to: number): boolean {
  let j = to - 1;
  while (j >= from) {
    const c = text.charCodeAt(j);
    if (!isSpace(c)) break;
    if (c === 10) return true;
    j--;
  }
  if (j < from) return false;
  if (ENDERS.has(text.charCodeAt(j))) return true;
  for (let k = from; k < j; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

export function tokenize(text: string, keepStopwords = false): Token[] {
  const out: Token[] = [];
  let sentenceStart = true;
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (m.index > last && startsSentence(text, last, m.index)) sentenceStart = true;
    last = m.index + m[0].length;
    // A match never ends in "." or "," (WORD needs a letter or digit after them).
    const raw = m[0];
    const info = wordInfo(raw);
    const wasStart = sentenceStart;
    sentenceStart = false;
    if (!keepStopwords && info.stop) continue;
    out.push({
      stem: info.stem,
      lower: info.lower,
      start: m.index,
      end: m.index + raw.length,
      name: info.num || (info.capital && !wasStart && !info.calendar),
      num: info.num,
      initial: wasStart,
    });
  }
  return out;
}
