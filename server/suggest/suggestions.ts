import "server-only";
import type { SuggestionItem } from "@/lib/contracts/suggest";
import { isPreEvent } from "@/lib/dates";
import { SuggestionQuerySchema, SuggestionRejectSchema } from "@/lib/schemas/suggestion";
import { analyzeClaim } from "@/lib/suggest/query";
import { rankPassages } from "@/lib/suggest/rank";
import { db } from "@/server/platform/db";
import { invalid, notFound, parseInput } from "@/server/platform/errors";
import { requireEditor, type Actor } from "@/server/auth/session";
import { syncIndex } from "./passage-index";

type Span = { articleId: string; quoteStart: number; quoteEnd: number };
const overlaps = (a: Span, articleId: string, start: number, end: number) => a.articleId === articleId && a.quoteStart < end && start < a.quoteEnd;

/**
 * Ranked evidence passages for a claim: from the event's post-event articles,
 * or (no event) from articles published after the claim's source. Passages
 * already attached as evidence or rejected for this claim are left out.
 */
export async function suggestEvidence(claimId: string, query: unknown = {}, actor?: Actor | null): Promise<SuggestionItem[]> {
  if (actor === undefined) await requireEditor();
  const { limit } = parseInput(SuggestionQuerySchema, query);
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      statement: true,
      quoteText: true,
      rumor: {
        select: {
          statement: true,
          event: { select: { date: true, startTime: true, timeZone: true } },
          claims: { select: { articleId: true, sourceAt: true } },
          evidence: { select: { articleId: true, quoteStart: true, quoteEnd: true } },
          suggestionRejections: { select: { articleId: true, quoteStart: true, quoteEnd: true } },
        },
      },
    },
  });
  if (!claim) throw notFound("The claim");
  const { rumor } = claim;
  const index = await syncIndex();
  const event = rumor.event;
  // Evidence settles the rumor: after its event, or after its first appearance.
  const after = Math.min(...rumor.claims.map((c) => c.sourceAt.getTime()));
  const own = new Set(rumor.claims.map((c) => c.articleId));
  const taken = [...rumor.evidence, ...rumor.suggestionRejections];
  const ranked = rankPassages(index, analyzeClaim(claim.statement, claim.quoteText), {
    limit: limit + taken.length,
    perDoc: 2,
    accept: (doc) => !own.has(doc.id) && (event ? !isPreEvent(new Date(doc.publishedAt), event) : doc.publishedAt > after),
  }).filter((s) => !taken.some((t) => overlaps(t, s.docId, s.start, s.end)));
  const top = ranked.slice(0, limit);
  const meta = await db.article.findMany({
    where: { id: { in: [...new Set(top.map((s) => s.docId))] } },
    select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true } } },
  });
  const byId = new Map(meta.map((m) => [m.id, m]));
  return top.flatMap(({ docId, ...s }) => {
    const m = byId.get(docId);
    if (!m) return [];
    return [{ articleId: docId, ...s, article: { title: m.title, outlet: m.outlet.name, publishedAt: m.publishedAt.toISOString() } }];
  });
}

/** Turns a suggestion down for this claim's rumor; rejecting twice is harmless. */
export async function rejectSuggestion(claimId: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(SuggestionRejectSchema, input);
  if (data.end <= data.start) throw invalid("The passage is empty.", { end: ["End must be after start."] });
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { rumorId: true } });
  if (!claim) throw notFound("The claim");
  const article = await db.article.findUnique({ where: { id: data.articleId }, select: { body: true } });
  if (!article) throw invalid("That article does not exist.", { articleId: ["Unknown article."] });
  if (data.end > article.body.length) throw invalid("The passage is outside the article.", { end: ["Past the end of the article."] });
  const key = { rumorId: claim.rumorId, articleId: data.articleId, quoteStart: data.start, quoteEnd: data.end };
  return db.suggestionRejection.upsert({
    where: { rumorId_articleId_quoteStart_quoteEnd: key },
    update: {},
    create: { ...key, rejectedById: who?.id ?? null },
    select: { id: true, articleId: true, quoteStart: true, quoteEnd: true },
  });
}
