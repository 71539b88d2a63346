import { probability, type LinearModel } from "./learned";
import MATCH_WEIGHTS from "./model/match-weights.json";
import { EXPANSION_DOCS, expandClaim } from "./expand";
import { PassageIndex } from "./index";
import { analyzeClaim } from "./query";
import { RumorTexts } from "./rumor-index";
import { RumorArticles, VOTES, articleVotes, votesFor } from "./rumor-articles";
import { topK } from "./top-k";
import { coverage, weighClaim, type WeightedClaim } from "./weighting";

// Which existing rumors a new claim may belong to. One rumor groups claims
// from many outlets, worded differently ("ISIS reportedly executes 2nd
// American journalist" / "ISIL has beheaded journalist Steven Sotloff"), so
// a rumor is judged by its best-matching text and by all its texts together.
export type MatchFeatures = Record<(typeof MATCH_FEATURES)[number], number>;
export const MATCH_FEATURES = ["best", "cover", "names", "gap", "second", "support", "articles"] as const;
export type MatchModel = LinearModel & { likely: number; possible: number };
export type RumorMatch = { rumorId: string; score: number; likely: boolean; reasons: string[] };
export type MatchOptions = { limit?: number; exclude?: Iterable<string>; model?: MatchModel };

const DEFAULT_MODEL = MATCH_WEIGHTS as MatchModel;
/** How many rumors (by their best text) are scored. */
const CANDIDATES = 20;

export class RumorIndex {
  readonly texts: RumorTexts;

  /** `background`: the desk's article index, whose statistics weigh the words (optional). */
  constructor(private background?: ConstructorParameters<typeof RumorTexts>[0]) {
    this.texts = new RumorTexts(background);
  }

  get size() {
    return this.texts.size;
  }

  private articles = new RumorArticles();

  private get desk(): PassageIndex | null {
    return this.background instanceof PassageIndex && this.background.size > 0 ? this.background : null;
  }

  private changes = 0;

  /**
   * Moves with every change to the rumors or to the desk's articles: a match
   * made at one version is the match made again at the same version (what
   * the work queue's memory of best matches is keyed on, server/suggest/likely.ts).
   */
  get version() {
    const bg = this.background instanceof PassageIndex ? this.background.version : -1;
    return `${bg}:${this.changes}`;
  }

  /** What `claim()`'s answer depends on: only the desk's articles when there are any, else the rumor texts too. */
  get claimVersion() {
    const bg = this.background instanceof PassageIndex ? this.background.version : -1;
    return this.desk ? `${bg}` : `${bg}:${this.changes}`;
  }

  /** `texts`: the rumor's statement, and each of its claims' statement and quote. Adding to an existing rumor appends. */
  add(rumorId: string, texts: string[]) {
    this.changes++;
    this.texts.add(rumorId, texts);
    const desk = this.desk;
    if (desk)
      this.articles.add(
        rumorId,
        texts.map((t) => articleVotes(desk, weighClaim(desk, analyzeClaim(t)))),
      );
  }

  remove(rumorId: string) {
    this.changes++;
    this.texts.remove(rumorId);
    this.articles.remove(rumorId);
  }

  /** Replaces a rumor's texts (after an edit, or a claim moved elsewhere). */
  update(rumorId: string, texts: string[]) {
    this.remove(rumorId);
    this.add(rumorId, texts);
  }

  /** The claim weighted by the index's statistics, expanded from the desk's articles when there are any. */
  claim(statement: string, quote = ""): WeightedClaim & { votes?: Map<string, number> } {
    const weighted = this.texts.claim(analyzeClaim(statement, quote));
    const desk = this.desk;
    if (!desk) return weighted;
    // One pass over the desk's postings gives both the expansion's passages
    // and the article votes (both look up the claim's own terms).
    const found = desk.search(weighted.query.terms, EXPANSION_DOCS, VOTES);
    return { ...expandClaim(desk, weighted, found.hits), votes: votesFor(found.docs) };
  }

  /** Candidate rumors with their features, best text first. */
  candidates(claim: WeightedClaim & { votes?: Map<string, number> }, exclude: Set<string> = new Set()) {
    const desk = this.desk;
    const votes = claim.votes ?? (desk ? articleVotes(desk, claim) : new Map<string, number>());
    const best = this.texts.bestTexts(claim);
    const top = topK(
      (function* (texts: RumorTexts) {
        for (const slot of best.slots) {
          const id = texts.idOf(slot);
          if (!exclude.has(id)) yield [id, best.score[slot]!] as [string, number];
        }
      })(this.texts),
      CANDIDATES,
    ).map(([id]) => {
      const slot = best.slotOf(id)!;
      return [id, { score: best.score[slot]!, text: best.text[slot]! }] as const;
    });
    // Rumors found through the articles alone join the candidates (their best text may share no word).
    const ids = new Set(top.map(([id]) => id));
    const overlaps = this.articles.overlaps(votes);
    for (const [id] of topK(
      [...overlaps].filter(([id]) => !exclude.has(id)),
      CANDIDATES / 2,
    ))
      ids.add(id);
    const first = top[0]?.[1].score ?? 0;
    const second = top[1]?.[1].score ?? 0;
    const q = claim.query;
    return [...ids].map((rumorId) => {
      const rumor = this.texts.rumor(rumorId)!;
      const slot = best.slotOf(rumorId);
      const b = slot === undefined ? { score: 0, text: -1 } : { score: best.score[slot]!, text: best.text[slot]! };
      const stems = new Set(rumor.stems.keys());
      const features: MatchFeatures = {
        best: b.score,
        cover: coverage(stems, claim),
        names: q.names.size ? [...q.names].filter((n) => stems.has(n)).length / q.names.size : 0.5,
        // How far ahead of (or behind) the best other rumor: a close second makes a match less certain.
        gap: b.score - (rumorId === top[0]?.[0] ? second : first),
        second: secondBest(this.texts, claim, rumor.texts, b.text),
        support: support(claim, rumor.stems),
        articles: overlaps.get(rumorId) ?? 0,
      };
      return { rumorId, features, stems };
    });
  }

  /** The claim as `match` weighs it (a caller may keep it while `claimVersion` stands still). */
  weigh(claim: { statement: string; quote?: string }) {
    const quote = claim.quote && claim.quote !== claim.statement ? claim.quote : "";
    return this.claim(claim.statement, quote);
  }

  match(claim: { statement: string; quote?: string }, options: MatchOptions = {}): RumorMatch[] {
    return this.matchWeighed(this.weigh(claim), options);
  }

  /** `match` for a claim already weighed by `weigh` at the current `claimVersion`. */
  matchWeighed(weighted: ReturnType<RumorIndex["claim"]>, options: MatchOptions = {}): RumorMatch[] {
    const { limit = 5, model = DEFAULT_MODEL } = options;
    const out: RumorMatch[] = [];
    for (const c of this.candidates(weighted, new Set(options.exclude ?? []))) {
      const score = probability(model, c.features);
      if (score < model.possible) continue;
      out.push({ rumorId: c.rumorId, score: Math.round(score * 1000) / 1000, likely: score >= model.likely, reasons: reasons(weighted, c.stems) });
    }
    return out.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}

/** The rumor's second-best text: one lucky text is weaker evidence than two. */
function secondBest(texts: RumorTexts, claim: WeightedClaim, ids: number[], skip: number) {
  if (ids.length < 2) return 0;
  let best = 0;
  for (const id of ids) {
    if (id === skip) continue;
    best = Math.max(best, coverage(texts.textStems(id), claim));
  }
  return best;
}

/**
 * How consistently the rumor's texts use the claim's words: a word in many
 * of its texts is what the rumor is about; one in a single text may be an
 * aside. Each word counts n / (n + 1) of its weight, n = texts using it.
 */
function support(claim: WeightedClaim, stems: Map<string, number>) {
  let s = 0;
  for (const [t, v] of claim.w) {
    const n = stems.get(t) ?? 0;
    s += (v * n) / (n + 1);
  }
  return s / claim.total;
}

/** Shared names and numbers first, then shared word pairs, then other shared words. */
function reasons(claim: WeightedClaim, stems: Set<string>): string[] {
  const q = claim.query;
  const shared = [...claim.w]
    .filter(([t]) => stems.has(t))
    .sort((a, b) => b[1] - a[1])
    .map(([t]) => t);
  const names = shared.filter((t) => q.names.has(t) || /\d/.test(t));
  const out = names.slice(0, 4).map((t) => (/\d/.test(t) ? `number: ${t}` : `name: ${t}`));
  for (const b of q.bigrams) {
    const [x, y] = b.split(" ") as [string, string];
    if (out.length < 6 && stems.has(x) && stems.has(y) && !names.includes(x)) out.push(`phrase: ${b}`);
  }
  for (const t of shared) if (out.length < 6 && !names.includes(t) && !out.some((r) => r.includes(t))) out.push(`word: ${t}`);
  return out;
}
