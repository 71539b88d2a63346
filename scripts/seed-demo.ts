import { readFileSync } from "node:fs";
import path from "node:path";
import { parseImportFile } from "@/lib/import/parse";
import { slugify } from "@/lib/text";
import { importArticles } from "@/server/articles/articles";
import { recountTallies } from "@/server/claims/facts";
import { createClaim, setClaimPublished } from "@/server/claims/claims";
import { db } from "@/server/platform/db";
import { createEvent } from "@/server/articles/events";
import { addEvidence } from "@/server/claims/evidence";
import { recordVerdict } from "@/server/claims/verdicts";
import { updateSettings } from "@/server/workflow/settings";
import { demo as defaultDemo, type DemoArticle, type DemoSeed } from "../seeds/demo";

// Seeding goes through the same data-access layer as the editor, so the demo
// obeys every rule a real editor's work does (spans, pre-/post-event dates).

const SEEDS_DIR = path.resolve(__dirname, "../seeds");

export type SeedSummary =
  | { status: "kept"; articles: number; events: number }
  | { status: "seeded"; event: string; articles: number; rumors: number; claims: number; evidence: number; verdicts: number };

/** The span of `quote` in `body`; anything but exactly one match is a broken demo. */
export function locateQuote(body: string, quote: string, what: string): { start: number; end: number; quote: string } {
  const first = body.indexOf(quote);
  if (first < 0) throw new Error(`Demo data: the quote for ${what} is not in the article: “${quote}”`);
  if (body.indexOf(quote, first + 1) >= 0) throw new Error(`Demo data: the quote for ${what} occurs more than once; quote more words: “${quote}”`);
  return { start: first, end: first + quote.length, quote };
}

/** Reads a seed file with the importer's own parser, so the stored body is what an upload would store. */
function loadArticle(article: DemoArticle) {
  const parsed = parseImportFile(article.file, readFileSync(path.join(SEEDS_DIR, article.file), "utf8"), { outlet: article.outlet });
  if (parsed.errors.length > 0 || parsed.articles.length !== 1) {
    throw new Error(`Demo data: ${article.file} did not parse: ${parsed.errors.map((e) => e.message).join("; ")}`);
  }
  return parsed.articles[0]!;
}

/** Locates every quote before anything is written, so a typo never leaves half a demo behind. */
function plan(demo: DemoSeed) {
  const pre = loadArticle(demo.articles.pre);
  const post = loadArticle(demo.articles.post);
  const keys = new Set<string>();
  const claims = demo.claims.map((c) => {
    if (c.joins !== undefined && !keys.has(c.joins)) throw new Error(`Demo data: claim “${c.key}” joins “${c.joins}”, which is not listed before it.`);
    keys.add(c.key);
    return {
      ...c,
      span: locateQuote(pre.text, c.quote, `claim “${c.key}”`),
      evidence: (c.joins === undefined ? c.evidence : []).map((e, i) => ({
        ...e,
        span: locateQuote(post.text, e.quote, `evidence ${i + 1} of claim “${c.key}”`),
      })),
    };
  });
  return { pre, post, claims };
}

export async function seedDemo(demo: DemoSeed = defaultDemo): Promise<SeedSummary> {
  // Any article or event means someone is using this database: never mix
  // demo rows into it.
  const [articles, events] = await Promise.all([db.article.count(), db.event.count()]);
  if (articles > 0 || events > 0) return { status: "kept", articles, events };

  const { pre, post, claims } = plan(demo);
  const created = {
    articles: [] as string[],
    events: [] as string[],
    claims: [] as string[],
    rumors: [] as string[],
    outlets: [pre.outlet, post.outlet].map(slugify),
  };
  try {
    const report = await importArticles([pre, post], null);
    created.articles.push(...report.items.filter((i) => i.status === "created").map((i) => i.id));
    const [preId, postId] = report.items.map((i) => i.id);
    const unnamed = [demo.articles.pre, demo.articles.post].filter((a) => a.publisherKnown === false).map((a) => slugify(a.outlet));
    if (unnamed.length > 0) await db.outlet.updateMany({ where: { slug: { in: unnamed } }, data: { publisherKnown: false } });
    const event = await createEvent(demo.event, null);
    created.events.push(event.id);

    let evidence = 0;
    // Each rumor's id and version, by the key of the claim that started it.
    const rumors = new Map<string, { rumorId: string; version: number }>();
    for (const c of claims) {
      const base = { articleId: preId, ...c.span, statement: c.statement, attributedTo: c.attributedTo, stance: c.stance };
      if (c.joins !== undefined) {
        // Another appearance: it joins the rumor, which already has its evidence and verdict.
        const rumor = rumors.get(c.joins)!;
        const claim = await createClaim({ ...base, rumorId: rumor.rumorId, version: rumor.version }, null);
        created.claims.push(claim.id);
        ({ version: rumor.version } = await setClaimPublished(claim.id, { version: claim.version }, true, null));
        continue;
      }
      const claim = await createClaim({ ...base, eventId: event.id, deadline: null }, null);
      created.claims.push(claim.id);
      created.rumors.push(claim.rumorId);
      let version = claim.version;
      for (const e of c.evidence) {
        ({ version } = await addEvidence(claim.id, { articleId: postId, ...e.span, stance: e.stance, note: e.note, version }, null));
        evidence++;
      }
      // The demo is what readers see: its claims and verdicts are published.
      ({ version } = await recordVerdict(claim.id, { ...c.verdict, version, publish: true }, null));
      ({ version } = await setClaimPublished(claim.id, { version }, true, null));
      rumors.set(c.key, { rumorId: claim.rumorId, version });
    }
    // The demo is tried by one person: publishing needs no second editor there (ADR 0028); an admin turns review on at /desk/admin/settings.
    await updateSettings({ reviewBeforePublish: false }, null);
    return { status: "seeded", event: event.name, articles: 2, rumors: rumors.size, claims: claims.length, evidence, verdicts: rumors.size };
  } catch (error) {
    await undo(created);
    throw error;
  }
}

// The layer commits each write on its own, so a failure part-way is undone
// by hand; otherwise the next run would see data and keep a broken demo.
async function undo(created: { articles: string[]; events: string[]; claims: string[]; rumors: string[]; outlets: string[] }) {
  await db.$transaction(async (tx) => {
    await tx.rumor.updateMany({ where: { id: { in: created.rumors } }, data: { currentVerdictId: null } });
    await tx.claim.deleteMany({ where: { id: { in: created.claims } } });
    await tx.rumor.deleteMany({ where: { id: { in: created.rumors } } });
    await tx.event.deleteMany({ where: { id: { in: created.events } } });
    await tx.article.deleteMany({ where: { id: { in: created.articles } } });
    await tx.outlet.deleteMany({ where: { slug: { in: created.outlets }, articles: { none: {} } } });
    // The deleted claims may have been counted (server/claims/facts.ts).
    await recountTallies(tx);
  });
}

export function describeSummary(summary: SeedSummary): string {
  if (summary.status === "kept") {
    return `Keeping existing data (${summary.articles} article(s), ${summary.events} event(s)); the demo was not loaded.`;
  }
  return [
    "Loaded the demo:",
    `  event:     ${summary.event}`,
    `  articles:  ${summary.articles}`,
    `  rumors:    ${summary.rumors}`,
    `  claims:    ${summary.claims}`,
    `  evidence:  ${summary.evidence}`,
    `  verdicts:  ${summary.verdicts}`,
  ].join("\n");
}
