import { NO_CUES, REFUTE, addCues, cueCounts, cueWords, type CueCounts } from "./stance-cues";
import { splitSentences } from "./sentences";
import { tokenize, type Token } from "./tokens";
import { wordSet } from "./stance-words";

// What the stance hint needs of an article that does not depend on the claim:
// its sentences, their tokens (offsets into the article) and cue counts.
// One suggestion request hints up to two passages of each of 30 articles, and
// the same articles come back request after request, so views are memoised.
export type SentenceView = { start: number; end: number; text: string; tokens: Token[]; stems: Set<string>; cues: CueCounts };
export type ArticleView = {
  text: string;
  sentences: SentenceView[];
  cues: CueCounts;
  /** Lower-cased words (the bag of words), stems and refutation words of the whole text. */
  words: Set<string>;
  stems: Set<string>;
  refutes: Set<string>;
};

const CACHE = new Map<string, ArticleView>();
const CACHE_SIZE = 512;

function build(text: string): ArticleView {
  const sentences = splitSentences(text).map((s) => {
    const tokens = tokenize(s.text).map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start }));
    return { ...s, tokens, stems: new Set(tokens.map((t) => t.stem)), cues: cueCounts(s.text) };
  });
  const cues = { ...NO_CUES };
  for (const s of sentences) addCues(cues, s.cues);
  return { text, sentences, cues, words: wordSet(text), stems: new Set(sentences.flatMap((s) => [...s.stems])), refutes: new Set(cueWords(REFUTE, text)) };
}

/** The article's view, from the cache when the same text was seen lately. */
export function articleView(text: string): ArticleView {
  const hit = CACHE.get(text);
  if (hit) {
    // Most recently used last, so the oldest entry is the first key.
    CACHE.delete(text);
    CACHE.set(text, hit);
    return hit;
  }
  const view = build(text);
  if (CACHE.size >= CACHE_SIZE) CACHE.delete(CACHE.keys().next().value!);
  CACHE.set(text, view);
  return view;
}
