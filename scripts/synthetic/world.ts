// The synthetic world, as rows: pure and deterministic (no database), so
// the same options and seed give the same rows on any machine, and each
// event's rows depend only on (seed, event) — batch sizes change nothing.
//
// The rows obey the app's own rules (docs/decisions/0004-quote-spans.md,
// docs/decisions/0020-rumors.md, server/claims/facts.ts, server/claims/verdicts.ts):
//  - every quote is body.slice(quoteStart, quoteEnd) of its article, in
//    UTF-16 code units (some sentences carry emoji before the quote);
//  - a claim about an event is quoted from an article published on a day
//    before the event's; its rumor's evidence from articles published on or
//    after the event's day; an event-less rumor's evidence is later than its
//    claims' sources;
//  - every claim belongs to a rumor (spread.ts: 1 to 30 appearances, most a
//    few); a rumor's current verdict is its latest published rumor-wide one
//    (by publishedAt, then decidedAt), a claim's override its latest published
//    one on that claim alone; a claim's rating is its override's, or the
//    rumor's read through its stance (lib/stance.ts); `origin` marks the
//    rumor's first published appearance (by sourceAt, then id); `own` is
//    attributionKind(attributedTo), outletId/sourceAt copy the source article;
//  - a rumor's version counts the writes the desk would have made (each claim
//    added or published, each evidence, each verdict recorded, published or
//    unpublished).
import { createHash } from "node:crypto";
import { attributionKind } from "@/lib/attribution";
import { certaintyOf, findAttribution } from "@/lib/candidates/detectors";
import { leadDays } from "@/lib/lead-time";
import { slugify } from "@/lib/text";
import { ratingThrough, type ClaimStance } from "@/lib/stance";
import type { Rating, Stance } from "@/lib/verdicts";
import { streamFor, type Rng } from "./random";
import { APPEARANCES_PER_RUMOR, assignArticles, claimStatement, roleOf, rumorSizes, rumorsPerEvent, type Role } from "./spread";
import {
  claimIdea,
  type ClaimIdea,
  claimSentence,
  EDITORS,
  EVENT_KINDS,
  eventContext,
  evidenceSentence,
  fillerSentence,
  guestIdea,
  KIND_WEIGHTS,
  outletName,
  postTitle,
  preTitle,
  stancedQuote,
  type EventContext,
} from "./vocabulary";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** "Now" for the synthetic world: fixed, so that a seed always gives the same data. */
const ANCHOR = new Date(Date.UTC(2026, 9, 1));
const FIRST_EVENT = Date.UTC(2019, 0, 1);

export type SyntheticOptions = { claims: number; articles: number; rumors?: number; events?: number; outlets?: number; seed?: number };
export type ResolvedOptions = Required<SyntheticOptions>;

export function resolveOptions(o: SyntheticOptions): ResolvedOptions {
  const claims = Math.max(0, Math.floor(o.claims));
  const articles = Math.max(1, Math.floor(o.articles));
  const events = Math.max(1, Math.min(articles, Math.floor(o.events ?? Math.min(5000, Math.max(3, Math.round(claims / 100))))));
  const outlets = Math.max(1, Math.floor(o.outlets ?? Math.min(300, Math.max(3, Math.round(articles / 250)))));
  // As many as asked, within what the claims allow (planWorld: 1 to 30 appearances each).
  const rumors = Math.max(0, Math.floor(o.rumors ?? Math.round(claims / APPEARANCES_PER_RUMOR)));
  return { claims, articles, rumors, events, outlets, seed: Math.floor(o.seed ?? 1) >>> 0 };
}

type UserRow = { id: string; name: string; email: string; role: "editor"; createdAt: Date; updatedAt: Date };
type OutletRow = { id: string; name: string; slug: string; domain: string; createdAt: Date };
type EventRow = { id: string; name: string; slug: string; date: Date; timeZone: string; place: string; description: string; createdAt: Date };
type ArticleRow = {
  id: string;
  outletId: string;
  title: string;
  url: string;
  publishedAt: Date;
  body: string;
  sha256: string;
  importedAt: Date;
  importedById: string;
};
type RumorRow = {
  id: string;
  statement: string;
  eventId: string | null;
  deadline: Date | null;
  createdById: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  /** Set after the verdicts are written (the two rows refer to each other). */
  currentVerdictId: string | null;
  publicClaims: number;
  firstAt: Date | null;
  rating: Rating | null;
  ratedAt: Date | null;
};
type ClaimRow = {
  id: string;
  rumorId: string;
  eventId: string | null;
  articleId: string;
  quoteStart: number;
  quoteEnd: number;
  quoteText: string;
  statement: string;
  attributedTo: string;
  stance: ClaimStance;
  relayedFromId: string | null;
  createdById: string;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  /** Set after the verdicts are written, like the rumor's current verdict. */
  overrideVerdictId: string | null;
  outletId: string;
  sourceAt: Date;
  rating: Rating | null;
  ratedAt: Date | null;
  own: boolean;
  origin: boolean;
  /** The tier the candidates detector reads from the quote (lib/candidates/tier.ts). */
  certainty: string;
  /** Days to the outcome, on published confirmed claims (server/claims/facts.ts). */
  leadDays: number | null;
};
type EvidenceRow = {
  id: string;
  rumorId: string;
  articleId: string;
  quoteStart: number;
  quoteEnd: number;
  quoteText: string;
  stance: Stance;
  note: string | null;
  createdById: string;
  createdAt: Date;
};
type VerdictRow = {
  id: string;
  rumorId: string;
  /** Set on a verdict for that claim alone (an override). */
  claimId: string | null;
  rating: Rating;
  rationale: string;
  decidedById: string;
  decidedAt: Date;
  publishedAt: Date | null;
  /** ADR 0028: `published` exactly when publishedAt is set. */
  reviewState: "draft" | "published";
};
/** A rumor's current verdict, set once both rows exist (they point at each other). */
type CurrentRow = { rumorId: string; verdictId: string };
/** A claim's current override, likewise. */
type OverrideRow = { claimId: string; verdictId: string };
export type EventRows = {
  articles: ArticleRow[];
  rumors: RumorRow[];
  claims: ClaimRow[];
  evidence: EvidenceRow[];
  verdicts: VerdictRow[];
  current: CurrentRow[];
  overrides: OverrideRow[];
};

type OutletPlan = OutletRow & { reliability: number; weight: number };
type EventPlan = { row: EventRow; context: EventContext; pre: number; post: number; claimsPerPre: number[]; rumors: number };
export type WorldPlan = { options: ResolvedOptions; users: UserRow[]; outlets: OutletPlan[]; events: EventPlan[] };

/** A cuid-like id: "c", 8 base-36 digits of a time, 16 random ones. */
function makeId(rng: Rng, at: Date): string {
  return `c${Math.max(0, at.getTime()).toString(36).padStart(8, "0").slice(-8)}${rng.token(16)}`;
}

/** Splits `total` into integer parts proportional to `weights` (largest remainder). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]![1]]!++;
  return parts;
}

const skewed = (rng: Rng) => -Math.log(1 - rng.next() * 0.999) + 0.15;

export function planWorld(input: SyntheticOptions): WorldPlan {
  const options = resolveOptions(input);
  const rng = streamFor(options.seed, 0);
  const created = new Date(FIRST_EVENT - 90 * DAY_MS);

  const users: UserRow[] = EDITORS.map((name) => ({
    id: makeId(rng, created),
    name,
    email: `${slugify(name).replace(/-/g, ".")}@generated.hindsight.invalid`,
    role: "editor",
    createdAt: created,
    updatedAt: created,
  }));

  const names = new Set<string>();
  const slugs = new Set<string>();
  const outlets: OutletPlan[] = [];
  for (let i = 0; i < options.outlets; i++) {
    const name = outletName(rng, names);
    names.add(name);
    let slug = slugify(name) || `outlet-${i + 1}`;
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(name)}-${n}`;
    slugs.add(slug);
    const tier = rng.next();
    // Tabloids, the broad middle, and careful papers of record.
    const reliability = tier < 0.2 ? 0.25 + rng.next() * 0.25 : tier < 0.7 ? 0.5 + rng.next() * 0.25 : 0.75 + rng.next() * 0.18;
    // A few big outlets and a long tail with few articles (wide intervals).
    const weight = 1 / Math.pow(rng.int(1, options.outlets), 0.9);
    outlets.push({ id: makeId(rng, created), name, slug, domain: `${slug.replace(/-/g, "")}.example`, createdAt: created, reliability, weight });
  }

  const eventNames = new Set<string>();
  const eventSlugs = new Set<string>();
  const kindWeights = EVENT_KINDS.map((k) => KIND_WEIGHTS[k]);
  const drafts = [];
  for (let e = 0; e < options.events; e++) {
    const future = options.events > 2 && rng.chance(0.05);
    const time = future
      ? ANCHOR.getTime() + rng.int(3, 150) * DAY_MS
      : FIRST_EVENT + Math.floor(rng.next() * ((ANCHOR.getTime() - 2 * DAY_MS - FIRST_EVENT) / DAY_MS)) * DAY_MS;
    const date = new Date(time);
    const context = eventContext(rng, EVENT_KINDS[rng.weighted(kindWeights)]!, date);
    let name = context.name;
    if (eventNames.has(name)) name = `${name} (${context.city})`;
    for (let n = 2; eventNames.has(name); n++) name = `${context.name} (${context.city}, ${n})`;
    eventNames.add(name);
    let slug = slugify(name);
    for (let n = 2; eventSlugs.has(slug); n++) slug = `${slugify(name).slice(0, 74)}-${n}`;
    eventSlugs.add(slug);
    const row: EventRow = {
      id: makeId(rng, date),
      name,
      slug,
      date,
      timeZone: context.timeZone,
      place: context.venue.startsWith("polling") ? context.city : `${context.venue}, ${context.city}`.replace(`${context.city}, ${context.city}`, context.city),
      description: context.description,
      createdAt: new Date(Math.min(time, ANCHOR.getTime()) - rng.int(20, 60) * DAY_MS),
    };
    drafts.push({ row, context: { ...context, name }, weight: skewed(rng), past: time < ANCHOR.getTime() });
  }

  // Articles: every event gets a pre-event article, every past event a
  // post-event one if there are enough; the rest go by the event's weight,
  // three to two before/after (future events have no "after" yet).
  const pre = drafts.map(() => 1);
  const post = drafts.map(() => 0);
  let left = options.articles - drafts.length;
  const past = drafts
    .map((d, i) => [d, i] as const)
    .filter(([d]) => d.past)
    .sort((a, b) => b[0].weight - a[0].weight);
  for (const [, i] of past) {
    if (left <= 0) break;
    post[i]!++;
    left--;
  }
  const extra = apportion(
    Math.max(0, left),
    drafts.map((d) => d.weight),
  );
  drafts.forEach((d, i) => {
    const x = extra[i]!;
    const before = d.past ? Math.round(x * 0.6) : x;
    pre[i]! += before;
    post[i]! += x - before;
  });

  // Claims: spread over the pre-event articles; about one in twenty carries
  // none (the desk's "untouched" articles), the others at least one.
  const slots: [number, number][] = [];
  drafts.forEach((_, i) => {
    for (let k = 0; k < pre[i]!; k++) slots.push([i, k]);
  });
  const active = slots.map(() => !rng.chance(0.05));
  const activeCount = active.filter(Boolean).length || slots.length;
  const perSlot = slots.map(() => 0);
  if (options.claims >= activeCount) {
    const rest = apportion(
      options.claims - activeCount,
      slots.map((_, s) => (active[s] || activeCount === slots.length ? skewed(rng) : 0)),
    );
    slots.forEach((_, s) => (perSlot[s] = (active[s] || activeCount === slots.length ? 1 : 0) + rest[s]!));
  } else {
    for (const s of rng.sample(
      slots.map((_, s) => s),
      options.claims,
    ))
      perSlot[s] = 1;
  }
  const claimsPerPre = drafts.map((_, i) => new Array<number>(pre[i]!).fill(0));
  slots.forEach(([i, k], s) => (claimsPerPre[i]![k] = perSlot[s]!));

  const rumors = rumorsPerEvent(
    options.rumors,
    claimsPerPre.map((c) => c.reduce((a, b) => a + b, 0)),
  );
  return {
    options,
    users,
    outlets,
    events: drafts.map((d, i) => ({ row: d.row, context: d.context, pre: pre[i]!, post: post[i]!, claimsPerPre: claimsPerPre[i]!, rumors: rumors[i]! })),
  };
}

/** Builds a body from sentences, remembering where given parts land (UTF-16 offsets). */
class BodyBuilder {
  private parts: string[] = [];
  private length = 0;
  private sentencesInParagraph = 0;
  add(text: string) {
    if (this.sentencesInParagraph > 0) this.push(" ");
    this.push(text);
    this.sentencesInParagraph++;
  }
  /** Adds before + quote + after as one sentence; returns the quote's span. */
  addQuoted(before: string, quote: string, after: string): { start: number; end: number } {
    if (this.sentencesInParagraph > 0) this.push(" ");
    this.push(before);
    const start = this.length;
    this.push(quote);
    const end = this.length;
    this.push(after);
    this.sentencesInParagraph++;
    return { start, end };
  }
  paragraph() {
    if (this.sentencesInParagraph > 0) this.push("\n\n");
    this.sentencesInParagraph = 0;
  }
  private push(s: string) {
    this.parts.push(s);
    this.length += s.length;
  }
  text(): string {
    return this.parts.join("").trimEnd();
  }
}

const RATIONALE: Record<Rating, (quote: string, where: string) => string> = {
  confirmed: (q, w) => `Confirmed. ${w}: “${q}”`,
  partly_confirmed: (q, w) => `Partly confirmed. ${w}: “${q}” That bears out only part of the claim.`,
  refuted: (q, w) => `Refuted. ${w}: “${q}”`,
  unverifiable: (_q, w) => `Unverifiable: ${w} says nothing that settles it, and no other report does.`,
};

const NOTES: Record<Stance, string[]> = {
  supports: ["A direct account of the outcome.", "Eyewitness report.", "Matches the official result."],
  contradicts: ["States the opposite outcome.", "Official result, contrary to the claim."],
  mentions: ["Mentions it only in passing.", "Context only; does not settle the claim."],
};

/** Every row of event `index`: its articles, claims, evidence and verdicts. */
export function generateEvent(plan: WorldPlan, index: number, hashes?: Set<string>): EventRows {
  const { options, outlets, users } = plan;
  const ev = plan.events[index]!;
  const rng = streamFor(options.seed, index + 1);
  const ctx = ev.context;
  const date = ev.row.date.getTime();
  const anchor = ANCHOR.getTime();
  const outletWeights = outlets.map((o) => o.weight);
  const rows: EventRows = { articles: [], rumors: [], claims: [], evidence: [], verdicts: [], current: [], overrides: [] };
  const editor = () => rng.pick(users).id;

  type Draft = ArticleRow & { builder: BodyBuilder; outlet: OutletPlan };
  const newArticle = (isPre: boolean): Draft => {
    const outlet = outlets[rng.weighted(outletWeights)]!;
    let day: number;
    if (isPre) {
      // A day before the event's, and already out at the anchor.
      const latest = Math.min(date - DAY_MS, anchor - DAY_MS);
      day = latest - rng.int(0, 44) * DAY_MS;
    } else {
      const latest = Math.max(date, Math.min(date + 21 * DAY_MS, anchor - DAY_MS));
      day = date + rng.int(0, Math.round((latest - date) / DAY_MS)) * DAY_MS;
    }
    const publishedAt = new Date(day);
    const title = isPre ? preTitle(rng, ctx) : postTitle(rng, ctx);
    const id = makeId(rng, publishedAt);
    const d = publishedAt.toISOString();
    return {
      id,
      outletId: outlet.id,
      title,
      url: `https://${outlet.domain}/${d.slice(0, 4)}/${d.slice(5, 7)}/${slugify(title)}-${id.slice(-6)}`,
      publishedAt,
      body: "",
      sha256: "",
      importedAt: new Date(Math.min(day + rng.int(1, 36) * HOUR_MS, anchor - HOUR_MS)),
      importedById: editor(),
      builder: new BodyBuilder(),
      outlet,
    };
  };

  const pres = Array.from({ length: ev.pre }, () => newArticle(true));
  const posts = Array.from({ length: ev.post }, () => newArticle(false));
  for (const a of [...pres, ...posts]) {
    a.builder.add(fillerSentence(rng, ctx, a.publishedAt.getTime() < date));
    a.builder.add(fillerSentence(rng, ctx, a.publishedAt.getTime() < date));
    a.builder.paragraph();
  }

  // What is rumored about this event: distinct predictions, one rumor each,
  // that came true or not (or stayed unclear) once for everyone. Each rumor
  // appears in 1 to 30 pre-event articles (most in a few); its earliest
  // appearance is the origin, the others relay it, hedge it or deny it.
  // Every post-event article reports on some of them, once each, and those
  // passages are the rumor's evidence.
  type Outcome = "yes" | "no" | "unclear";
  type Report = { article: Draft; start: number; end: number; quote: string; stance: Stance };
  type Appearance = { claim: ClaimRow; article: Draft; role: Role };
  type Idea = ClaimIdea & { outcome: Outcome; reports: Report[]; appearances: Appearance[] };
  const claimsHere = ev.claimsPerPre.reduce((a, b) => a + b, 0);
  const rumorCount = ev.rumors;
  const ideas: Idea[] = [];
  const seen = new Set<string>();
  for (let tries = 0; ideas.length < rumorCount && tries < rumorCount * 40; tries++) {
    // The event's own kind of predictions first, celebrity sightings once they run short.
    const idea = tries < rumorCount * 8 ? claimIdea(rng, ctx) : guestIdea(rng, ctx);
    if (seen.has(idea.quote) || seen.has(idea.statement)) continue;
    seen.add(idea.quote);
    seen.add(idea.statement);
    ideas.push({ ...idea, outcome: "unclear", reports: [], appearances: [] });
  }
  while (ideas.length < rumorCount) ideas.push({ ...guestIdea(rng, ctx), outcome: "unclear", reports: [], appearances: [] });

  const sizes = rumorSizes(rng, rumorCount, claimsHere, ev.claimsPerPre.filter((n) => n > 0).length);
  const carriers = assignArticles(rng, sizes, ev.claimsPerPre);
  ideas.forEach((idea, r) => {
    for (const k of carriers[r]!) {
      const article = pres[k]!;
      const createdAt = new Date(Math.min(article.publishedAt.getTime() + rng.int(2, 72) * HOUR_MS, anchor - 2 * HOUR_MS));
      // The quote, attribution and stance are filled in once the timeline is known.
      const claim: ClaimRow = {
        id: makeId(rng, createdAt),
        rumorId: "",
        eventId: ev.row.id,
        articleId: article.id,
        quoteStart: 0,
        quoteEnd: 0,
        quoteText: "",
        statement: "",
        attributedTo: "",
        stance: "asserts",
        relayedFromId: null,
        createdById: editor(),
        createdAt,
        updatedAt: createdAt,
        publishedAt: null,
        overrideVerdictId: null,
        outletId: article.outletId,
        sourceAt: article.publishedAt,
        rating: null,
        ratedAt: null,
        own: false,
        origin: false,
        certainty: "unknown",
        leadDays: null,
      };
      idea.appearances.push({ claim, article, role: { own: false, relaysOrigin: false, stance: "asserts" } });
    }
    // The timeline as readers see it: by publication, then id (server/claims/facts.ts).
    idea.appearances.sort((a, b) => a.claim.sourceAt.getTime() - b.claim.sourceAt.getTime() || (a.claim.id < b.claim.id ? -1 : 1));
    const origin = idea.appearances[0]!.article.outlet;
    // Whether it came true follows how careful its originator is.
    const p = origin.reliability;
    idea.outcome = rng.chance(0.06) ? "unclear" : rng.chance(p) ? "yes" : "no";
    idea.appearances.forEach((a, i) => (a.role = roleOf(rng, i, a.article.outlet === origin, a.article.outlet.reliability, idea.outcome)));
  });

  const total = Math.max(1, claimsHere);
  for (const article of posts) {
    // Widely relayed rumors get reported on more.
    const covered = ideas.filter((i) => rng.chance(Math.min(0.6, 3 / ideas.length + (6 * i.appearances.length) / total) * (i.outcome === "unclear" ? 0.5 : 1)));
    for (const idea of covered.length ? covered : [rng.pick(ideas)]) {
      // A decided prediction is reported as its outcome, sometimes only in passing.
      const stance: Stance = idea.outcome === "unclear" || rng.chance(0.12) ? "mentions" : idea.outcome === "yes" ? "supports" : "contradicts";
      const clause = stance === "mentions" ? idea.mention : idea.outcome === "yes" ? idea.yes : idea.no;
      if (rng.chance(0.5)) article.builder.add(fillerSentence(rng, ctx, false));
      const s = evidenceSentence(rng, clause, ctx);
      const span = article.builder.addQuoted(s.before, s.quote, s.after);
      if (rng.chance(0.4)) article.builder.paragraph();
      idea.reports.push({ article, ...span, quote: s.quote, stance });
    }
  }

  // The quotes, article by article in a random order of their rumors.
  const byArticle = new Map<Draft, { idea: Idea; appearance: Appearance }[]>();
  for (const idea of ideas) {
    for (const appearance of idea.appearances) {
      const list = byArticle.get(appearance.article);
      if (list) list.push({ idea, appearance });
      else byArticle.set(appearance.article, [{ idea, appearance }]);
    }
  }
  for (const article of pres) {
    for (const { idea, appearance } of rng.sample(byArticle.get(article) ?? [], Infinity)) {
      const { claim, role } = appearance;
      const origin = idea.appearances[0]!.article.outlet;
      const quote = stancedQuote(rng, idea.quote, role.stance);
      const s = claimSentence(rng, quote, article.outlet.name, role.own, ctx, role.relaysOrigin ? origin.name : undefined);
      if (rng.chance(0.5)) article.builder.add(fillerSentence(rng, ctx, true));
      const span = article.builder.addQuoted(s.before, s.quote, s.after);
      if (rng.chance(0.4)) article.builder.paragraph();
      Object.assign(claim, {
        quoteStart: span.start,
        quoteEnd: span.end,
        quoteText: s.quote,
        statement: claimStatement(idea.statement, role.stance),
        attributedTo: s.attributedTo,
        stance: role.stance,
        relayedFromId: role.relaysOrigin ? origin.id : null,
        own: attributionKind(s.attributedTo) === "own",
        certainty: certaintyOf(s.quote, findAttribution(s.quote) ?? findAttribution(`${s.attributedTo} said ${s.quote}`)),
      });
    }
  }

  for (const idea of ideas) {
    const appearances = idea.appearances;
    const claims = appearances.map((a) => a.claim);
    const firstCreated = claims.reduce((a, b) => (b.createdAt < a.createdAt ? b : a));
    const eventless = rng.chance(0.03);
    const deadline = eventless ? new Date(date + rng.int(0, 14) * DAY_MS) : rng.chance(0.08) ? new Date(date + rng.int(1, 30) * DAY_MS) : null;
    const rumor: RumorRow = {
      id: makeId(rng, firstCreated.createdAt),
      statement: idea.statement,
      eventId: eventless ? null : ev.row.id,
      deadline,
      createdById: firstCreated.createdById,
      createdAt: firstCreated.createdAt,
      updatedAt: firstCreated.createdAt,
      version: claims.length,
      currentVerdictId: null,
      publicClaims: 0,
      firstAt: null,
      rating: null,
      ratedAt: null,
    };
    let last = firstCreated.createdAt.getTime();
    for (const c of claims) {
      c.rumorId = rumor.id;
      c.eventId = rumor.eventId;
      // Published on the desk a little after it was recorded (most claims).
      if (rng.chance(0.94)) {
        c.publishedAt = new Date(Math.min(c.createdAt.getTime() + rng.int(1, 48) * HOUR_MS, anchor - HOUR_MS));
        c.updatedAt = c.publishedAt;
        rumor.version++;
        last = Math.max(last, c.publishedAt.getTime());
      }
    }

    // Evidence: some of the passages reporting on it, decisive ones first.
    const n = [0, 1, 1, 1, 2, 2, 2, 3, 1, 0][rng.int(0, 9)]! + (claims.length >= 5 ? 1 : 0);
    const reports = rng.sample(idea.reports, idea.reports.length).sort((a, b) => Number(a.stance === "mentions") - Number(b.stance === "mentions"));
    const chosen = reports.slice(0, n);
    for (const report of chosen) {
      const createdAt = new Date(Math.max(report.article.publishedAt.getTime(), rumor.createdAt.getTime()) + rng.int(1, 72) * HOUR_MS);
      rows.evidence.push({
        id: makeId(rng, createdAt),
        rumorId: rumor.id,
        articleId: report.article.id,
        quoteStart: report.start,
        quoteEnd: report.end,
        quoteText: report.quote,
        stance: report.stance,
        note: rng.chance(0.5) ? rng.pick(NOTES[report.stance]) : null,
        createdById: editor(),
        createdAt,
      });
      rumor.version++;
      last = Math.max(last, createdAt.getTime());
    }
    const decisive = chosen.find((e) => e.stance !== "mentions");

    // Verdicts on the rumor, once the deadline has passed and the reporting is in.
    const due = (deadline ?? new Date(date)).getTime();
    const verdicts: VerdictRow[] = [];
    const record = (rating: Rating, at: number, publish: "now" | "later" | "never", rationale: string, claimId: string | null = null) => {
      const decidedAt = new Date(at);
      const publishedAtV = publish === "now" ? decidedAt : publish === "later" ? new Date(at + rng.int(1, 48) * HOUR_MS) : null;
      verdicts.push({
        id: makeId(rng, decidedAt),
        rumorId: rumor.id,
        claimId,
        rating,
        rationale,
        decidedById: editor(),
        decidedAt,
        publishedAt: publishedAtV,
        reviewState: publishedAtV ? "published" : "draft",
      });
      rumor.version += publish === "later" ? 2 : 1;
      last = Math.max(last, (publishedAtV ?? decidedAt).getTime());
      return (publishedAtV ?? decidedAt).getTime();
    };
    const firstAt = Math.max(due + DAY_MS, last) + rng.int(1, 14 * 24) * HOUR_MS;
    const backlog = rng.next();
    if (posts.length > 0 && due < anchor && firstAt < anchor && backlog >= 0.08) {
      const first = decisive ?? chosen[0];
      const where = first ? `${first.article.outlet.name} (${first.article.publishedAt.toISOString().slice(0, 10)})` : "the later reporting";
      const clause = first?.quote ?? "";
      // Settled by decisive evidence only; otherwise it cannot be checked.
      const final: Rating = !decisive ? "unverifiable" : rng.chance(0.15) ? "partly_confirmed" : decisive.stance === "supports" ? "confirmed" : "refuted";
      if (backlog < 0.11) {
        // A draft nobody has published yet: pending for readers.
        record(final, firstAt, "never", RATIONALE[final](clause, where));
      } else {
        let t = firstAt;
        // Some rumors were re-rated: an earlier published verdict, then a correction.
        if (rng.chance(0.12)) {
          const earlier: Rating = final === "unverifiable" ? (rng.chance(0.5) ? "confirmed" : "refuted") : "unverifiable";
          t = record(earlier, t, rng.chance(0.7) ? "now" : "later", RATIONALE[earlier](clause, where));
          t += rng.int(3, 60) * DAY_MS;
        }
        const rationale = verdicts.length ? `Re-rated after further reporting. ${RATIONALE[final](clause, where)}` : RATIONALE[final](clause, where);
        if (t < anchor) {
          t = record(final, t, rng.chance(0.7) ? "now" : "later", rationale);
          // A later verdict still in draft, or one published and then withdrawn.
          const after = rng.next();
          if (after < 0.04 && t + DAY_MS < anchor) record(final, t + rng.int(1, 20) * HOUR_MS, "never", `Draft: ${RATIONALE[final](clause, where)}`);
          else if (after < 0.06 && t + DAY_MS < anchor) {
            const withdrawn = rng.int(1, 20) * HOUR_MS;
            record(final === "refuted" ? "partly_confirmed" : "refuted", t + withdrawn, "now", "Published by mistake and withdrawn.");
            // Withdrawn: unpublished again (one more write).
            verdicts[verdicts.length - 1]!.publishedAt = null;
            rumor.version++;
            last = Math.max(last, t + withdrawn + HOUR_MS);
          }
        }
      }
    }

    // The current verdict: the latest published one (server/claims/verdicts.ts repointCurrent).
    const latest = (vs: VerdictRow[]) =>
      vs
        .filter((v) => v.publishedAt !== null)
        .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || b.decidedAt.getTime() - a.decidedAt.getTime())[0];
    const current = latest(verdicts);
    if (current) {
      rows.current.push({ rumorId: rumor.id, verdictId: current.id });
      rumor.currentVerdictId = current.id;
      rumor.rating = current.rating;
      rumor.ratedAt = current.decidedAt;
    }
    const published = claims.filter((c) => c.publishedAt !== null);
    rumor.publicClaims = published.length;
    rumor.firstAt = published[0]?.sourceAt ?? null;
    if (published[0]) published[0].origin = true;
    for (const c of claims) {
      c.rating = ratingThrough(c.stance, rumor.rating);
      c.ratedAt = c.rating ? rumor.ratedAt : null;
      if (c.rating && current) c.updatedAt = new Date(Math.max(c.updatedAt.getTime(), current.publishedAt!.getTime()));
      // Now and then one outlet added a detail that did not happen: a verdict on that claim alone.
      const worse: Partial<Record<Rating, Rating>> = { confirmed: "partly_confirmed", partly_confirmed: "refuted" };
      const override = c.publishedAt && claims.length > 1 && c.rating && worse[c.rating] && rng.chance(0.03) ? worse[c.rating]! : null;
      const at = last + rng.int(1, 10 * 24) * HOUR_MS;
      if (override && at < anchor) {
        record(override, at, "now", `This article adds a detail the outcome does not bear out: “${c.quoteText}”`, c.id);
        const v = verdicts[verdicts.length - 1]!;
        rows.overrides.push({ claimId: c.id, verdictId: v.id });
        c.overrideVerdictId = v.id;
        c.rating = v.rating;
        c.ratedAt = v.decidedAt;
        c.updatedAt = v.decidedAt;
      }
    }
    const until = rumor.eventId ? new Date(date) : rumor.deadline;
    for (const c of claims) c.leadDays = c.publishedAt && c.rating === "confirmed" && until ? leadDays(c.sourceAt, until) : null;
    rumor.updatedAt = new Date(last);
    rows.rumors.push(rumor);
    rows.claims.push(...claims);
    rows.verdicts.push(...verdicts);
  }
  for (const a of [...pres, ...posts]) {
    a.builder.paragraph();
    a.builder.add(fillerSentence(rng, ctx, a.publishedAt.getTime() < date));
    let body = a.builder.text();
    let hash = sha256(body);
    // Two identical texts would be one article (sha256 is unique): vary the ending.
    while (hashes?.has(hash)) {
      body = `${body} (${rng.token(6)})`;
      hash = sha256(body);
    }
    hashes?.add(hash);
    const { builder: _b, outlet: _o, ...row } = a;
    void _b;
    void _o;
    rows.articles.push({ ...row, body, sha256: hash });
  }
  return rows;
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Convenience for tests: the whole world at once. */
export function generateWorld(options: SyntheticOptions) {
  const plan = planWorld(options);
  const hashes = new Set<string>();
  const events = plan.events.map((_, i) => generateEvent(plan, i, hashes));
  return { plan, events };
}
