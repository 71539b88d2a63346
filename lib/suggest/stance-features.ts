import type { ClaimQuery } from "./query";
import { numberConflict, stanceOf, type StanceHint } from "./stance";
import type { ArticleView, SentenceView } from "./stance-article";
import { wordSet } from "./stance-words";
import { NO_CUES, REFUTE, addCues, cueCounts, cueWords, type CueCounts } from "./stance-cues";

// The stance model's inputs for one claim, article and passage. Three views
// of the article: the passage the ranker picked, the sentences that match the
// claim best anywhere (news repeats the claim, then settles it elsewhere), and
// the whole text with its lead. Stance is relative: "hoax" in an article
// contradicts "NASA confirms six days of darkness" but supports "Six days of
// darkness is a hoax", so the claim's own polarity enters by products.
export type Span = { start: number; end: number };
export type StanceFeatures = {
  /** Feature names, in the order of `values` (the weights file records them). */
  names: string[];
  values: number[];
  /** Words present in the claim, in the best-matching sentences and in the article (for the bag of words). */
  words: { head: Set<string>; top: Set<string>; body: Set<string> };
  /** Today's rules on the same passage: a feature here, and a layer in front of the model. */
  rule: StanceHint;
  focus: SentenceView | null;
  /** Share of the claim's weight that the focus sentence covers (0..1). */
  focusCoverage: number;
  top: SentenceView[];
  passage: SentenceView[];
};

const log = (n: number) => Math.log1p(n);
const has = (n: number) => (n > 0 ? 1 : 0);

function coverageOf(stems: Set<string>, w: Map<string, number>, total: number) {
  let s = 0;
  for (const [t, v] of w) if (stems.has(t)) s += v;
  return s / total;
}

function sum(sents: SentenceView[]): CueCounts {
  const c = { ...NO_CUES };
  for (const s of sents) addCues(c, s.cues);
  return c;
}

// One feature per word family and view; `refute` (hoax + deny) is what the
// claim's polarity multiplies.
function block(prefix: string, c: CueCounts, out: Record<string, number>) {
  out[`${prefix}_refute`] = log(c.hoax + c.deny);
  out[`${prefix}_hoax`] = log(c.hoax);
  out[`${prefix}_deny`] = log(c.deny);
  out[`${prefix}_own_refute`] = log(c.ownHoax + c.ownDeny);
  out[`${prefix}_reported`] = log(c.reported);
  out[`${prefix}_modal`] = log(c.modal);
  out[`${prefix}_neg`] = log(c.neg);
  out[`${prefix}_affirm`] = log(c.affirm);
  out[`${prefix}_attrib`] = log(c.attrib);
  out[`${prefix}_question`] = log(c.question);
}

/** Claim terms weighted by how rare they are (`weight`, e.g. IDF) and by the claim's own boosts. */
function claimWeights(query: ClaimQuery, weight: (stem: string) => number = () => 1) {
  const w = new Map<string, number>();
  let total = 0;
  for (const [t, boost] of query.terms) {
    const v = weight(t) * boost;
    w.set(t, v);
    total += v;
  }
  return { w, total: total || 1 };
}

export function stanceFeatures(query: ClaimQuery, view: ArticleView, span: Span, weight?: (stem: string) => number): StanceFeatures {
  const { w, total } = claimWeights(query, weight);
  const sents = view.sentences;
  const cov = sents.map((s) => coverageOf(s.stems, w, total));
  const order = sents.map((_, i) => i).sort((a, b) => cov[b]! - cov[a]! || a - b);
  const top = order.slice(0, 3).map((i) => sents[i]!);
  const inPassage = sents.map((s, i) => i).filter((i) => sents[i]!.end > span.start && sents[i]!.start < span.end);
  const passage = inPassage.map((i) => sents[i]!);
  const focusIndex = inPassage.reduce((best, i) => (best < 0 || cov[i]! > cov[best]! ? i : best), -1);
  const focus = focusIndex >= 0 ? sents[focusIndex]! : null;

  // Today's rules, fed exactly what the ranker fed them.
  const text = view.text.slice(span.start, span.end);
  const tokens = passage.flatMap((s) => s.tokens).map((t) => ({ ...t, start: t.start - span.start, end: t.end - span.start }));
  const passageStems = new Set(tokens.map((t) => t.stem));
  const passageCov = coverageOf(passageStems, w, total);
  const focusSpans = [focus, ...(inPassage[0] === 0 ? [sents[0]!] : [])]
    .filter((s): s is SentenceView => !!s)
    .map((s) => ({ start: s.start - span.start, end: s.end - span.start }));
  const rule = stanceOf({ query, passage: text, tokens, coverage: passageCov, docText: view.text, focus: focusSpans });

  // The claim's own wording is its statement: the quote (a pre-event
  // article's words) hedges by nature and would make every claim look hedged.
  const c = query.statement ?? query.text;
  const claim = cueCounts(c);
  const claimRefute = claim.hoax + claim.deny;
  const cpol = has(claimRefute) || (query.negative ? 1 : 0);
  const n = Math.max(sents.length, 1);
  const share = (k: keyof CueCounts) => sents.filter((s) => s.cues[k] > 0).length / n;
  const claimRefutes = new Set(cueWords(REFUTE, c));
  const sharedRefute = [...view.refutes].some((x) => claimRefutes.has(x)) ? 1 : 0;
  const allStems = view.stems;
  const names = [...query.names];
  const actionW = [...w].filter(([t]) => !query.names.has(t));
  const actionTotal = actionW.reduce((a, [, v]) => a + v, 0) || 1;
  const action = (stems: Set<string>) => actionW.reduce((a, [t, v]) => a + (stems.has(t) ? v : 0), 0) / actionTotal;
  const numbersPresent = query.numbers.length ? query.numbers.filter((x) => allStems.has(x.value)).length / query.numbers.length : 1;

  const f: Record<string, number> = {
    c_reportedly: /\breportedly\b/i.test(c) ? 1 : 0,
    c_report: /\breports?\b|^[^:]{0,30}:/i.test(c) ? 1 : 0,
    c_says: /\b(?:says?|said|claims?|claimed|tells?)\b/i.test(c) ? 1 : 0,
    c_modal: /\b(?:may|might|could|would|possibly|likely)\b/i.test(c) ? 1 : 0,
    c_rumor: /\b(?:allegedly|alleged|rumou?r\w*|unconfirmed|speculat\w*)\b/i.test(c) ? 1 : 0,
    c_confirm: /\bconfirm\w*|\bofficial\w*/i.test(c) ? 1 : 0,
    c_media: /\b(?:video|watch|photos?|pictures?|footage|images?)\b/i.test(c) ? 1 : 0,
    c_refute: has(claimRefute),
    c_neg: query.negative ? 1 : 0,
    c_hedge: has(claim.reported + claim.modal),
    c_question: has(claim.question),
    c_quote: has(claim.quote),
    c_polar: cpol,
  };
  block("a", view.cues, f);
  f.a_hoax_share = share("hoax");
  f.a_deny_share = share("deny");
  f.a_reported_share = share("reported");
  f.a_modal_share = share("modal");
  f.a_question_share = share("question");
  f.a_len = log(n) / 3;
  block("l", sum(sents.slice(0, 2)), f);
  block("t", sum(top), f);
  block("p", sum(passage), f);
  f.s_max = cov[order[0] ?? 0] ?? 0;
  f.s_top3 = top.reduce((a, s) => a + cov[sents.indexOf(s)]!, 0) / 3;
  f.s_passage = passageCov;
  f.s_article = coverageOf(allStems, w, total);
  f.s_names = names.length ? names.filter((x) => allStems.has(x)).length / names.length : 1;
  f.s_action = action(allStems);
  f.s_action_passage = action(passageStems);
  f.n_conflict = numberConflict(query, tokens) ? 1 : 0;
  f.n_present = numbersPresent;
  f.r_contra = rule.stance === "contradicts" ? 1 : 0;
  f.r_mentions = rule.stance === "mentions" ? 1 : 0;
  f.r_cues = log(rule.cues.length);
  // The claim's polarity times the article's: same polarity agrees.
  f.x_polar_refute = cpol * f.a_refute!;
  f.x_polar_norefute = cpol * (view.cues.hoax + view.cues.deny === 0 ? 1 : 0);
  f.x_polar_top_refute = cpol * f.t_refute!;
  f.x_shared_refute = sharedRefute;
  const npol = 1 - cpol;
  f.x_plain_refute = npol * f.a_refute!;
  f.x_plain_top_refute = npol * f.t_refute!;
  f.x_plain_lead_refute = npol * f.l_refute!;
  f.x_plain_passage_refute = npol * f.p_refute!;
  f.x_polar_lead_refute = cpol * f.l_refute!;
  f.x_polar_passage_refute = cpol * f.p_refute!;
  f.x_polar_top_neg = cpol * f.t_neg!;
  f.x_polar_lead_neg = cpol * f.l_neg!;
  f.x_plain_top_neg = npol * f.t_neg!;
  f.x_hedge_hedge = f.c_hedge! * f.a_reported!;
  f.x_question_hedge = has(claim.question) * f.a_reported!;
  f.x_plain_own_refute = npol * f.a_own_refute!;
  f.x_plain_top_own_refute = npol * f.t_own_refute!;
  f.x_polar_own_refute = cpol * f.a_own_refute!;
  const words = { head: wordSet(c), top: wordSet(top.map((x) => x.text).join(" ")), body: view.words };
  return { names: Object.keys(f), values: Object.values(f), words, rule, focus, focusCoverage: focusIndex >= 0 ? cov[focusIndex]! : 0, top, passage };
}

/**
 * The passage a ranker would show when none is given: the sentence that covers
 * the claim best (the earlier on ties) with its neighbours.
 */
export function bestPassage(query: ClaimQuery, view: ArticleView, weight?: (stem: string) => number): Span {
  const { w, total } = claimWeights(query, weight);
  let best = 0;
  let bestCov = -1;
  view.sentences.forEach((s, i) => {
    const c = coverageOf(s.stems, w, total);
    if (c > bestCov) [best, bestCov] = [i, c];
  });
  const from = view.sentences[Math.max(0, best - 1)];
  const to = view.sentences[Math.min(view.sentences.length - 1, best + 1)];
  return from && to ? { start: from.start, end: to.end } : { start: 0, end: view.text.length };
}
