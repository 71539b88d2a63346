import "server-only";
import type { LikelyLink, MatchItem } from "@/lib/contracts/matching";
import { MatchQuerySchema, MatchRejectSchema } from "@/lib/schemas/match";
import type { RumorMatch } from "@/lib/suggest/rumor-match";
import { tokenize } from "@/lib/suggest/tokens";
import { requireEditor, type Actor } from "@/server/auth/session";
import { db } from "@/server/platform/db";
import { rumorClaimCounts } from "@/server/platform/relation-counts";
import { invalid, notFound, parseInput } from "@/server/platform/errors";
import { bestMatch, matchesOf } from "./likely";
import { syncRumors } from "./rumor-index";

// Which rumors a claim may belong to (issue 12): ranked by the rumor index,
// never the claim's own rumor, never one the editor rejected for it. Nothing
// here links anything: the desk offers, the editor decides.

/**
 * The matcher's reasons name stems ("name: cruis", "phrase: close ceremoni");
 * an editor reads the claim's own words ("name: Cruise", "phrase: closing ceremony").
 */
function readable(reasons: string[], text: string) {
  const words = new Map<string, string>();
  for (const t of tokenize(text)) if (!words.has(t.stem)) words.set(t.stem, text.slice(t.start, t.end));
  return reasons.map((r) => {
    const at = r.indexOf(": ");
    if (at < 0) return r;
    const terms = r.slice(at + 2).split(" ");
    return `${r.slice(0, at)}: ${terms.map((t) => words.get(t) ?? t).join(" ")}`;
  });
}

type Facts = Awaited<ReturnType<typeof syncRumors>>["facts"];

/**
 * The desk's view of a ranked match: the rumor's statement and size (from the
 * index, as of the sync this request made: server/suggest/rumor-index.ts),
 * reasons in the claim's words; null for a rumor the index no longer holds.
 */
function describe(m: RumorMatch, claim: { statement: string; quoteText: string }, facts: Facts): MatchItem | null {
  const r = facts(m.rumorId);
  if (!r) return null;
  const reasons = readable(m.reasons, `${claim.statement} ${claim.quoteText}`);
  return { rumorId: m.rumorId, score: m.score, likely: m.likely, statement: r.statement, claimCount: r.claimCount, reasons };
}

const targetSelect = { id: true, statement: true, quoteText: true, rumorId: true, matchRejections: { select: { rumorId: true } } } as const;

/** `GET /api/v1/claims/{id}/matches`: best first, at most `limit`. */
export async function matchClaim(claimId: string, query: unknown = {}, actor?: Actor | null): Promise<MatchItem[]> {
  if (actor === undefined) await requireEditor();
  const { limit } = parseInput(MatchQuerySchema, query);
  // The claim and the index's freshness check are independent round trips: side by side.
  const [claim, { index, facts }] = await Promise.all([db.claim.findUnique({ where: { id: claimId }, select: targetSelect }), syncRumors()]);
  if (!claim) throw notFound("The claim");
  return matchesOf(index, claim, limit).flatMap((m) => describe(m, claim, facts) ?? []);
}

/** Remembers that the claim does not belong to this rumor; rejecting twice is harmless. */
export async function rejectMatch(claimId: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const { rumorId } = parseInput(MatchRejectSchema, input);
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { rumorId: true } });
  if (!claim) throw notFound("The claim");
  if (claim.rumorId === rumorId) throw invalid("The claim belongs to that rumor; move it out instead.", { rumorId: ["The claim's own rumor."] });
  if (!(await db.rumor.findUnique({ where: { id: rumorId }, select: { id: true } })))
    throw invalid("That rumor does not exist.", { rumorId: ["Unknown rumor."] });
  return db.matchRejection.upsert({
    where: { claimId_rumorId: { claimId, rumorId } },
    update: {},
    create: { claimId, rumorId, rejectedById: who?.id ?? null },
    select: { id: true, claimId: true, rumorId: true },
  });
}

/** How many of the newest unlinked claims the work queue checks (each is one ranking). */
const QUEUE_SCAN = 40;

/**
 * Unlinked claims (alone in their rumor, no verdict yet) whose best match is
 * `likely`, newest first: what the work queue offers to link in one click.
 */
export async function likelyLinks(actor?: Actor | null): Promise<LikelyLink[]> {
  if (actor === undefined) await requireEditor();
  const claims = await db.claim.findMany({
    where: { rumor: { currentVerdictId: null } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: QUEUE_SCAN * 3,
    select: { ...targetSelect, sourceAt: true, outlet: { select: { name: true } } },
  });
  const sizes = await rumorClaimCounts(claims.map((c) => c.rumorId));
  const alone = claims.filter((c) => sizes.get(c.rumorId) === 1).slice(0, QUEUE_SCAN);
  // Each claim's best match is remembered while the index stands still (./likely.ts); the rumors' statements and sizes come with the index.
  const { index, facts } = await syncRumors();
  const likely: { c: (typeof alone)[number]; best: RumorMatch }[] = [];
  let until = Date.now() + 25;
  for (const c of alone) {
    const best = bestMatch(index, c);
    if (best?.likely) likely.push({ c, best });
    // Rankings after a change take a few ms each: other requests get their turn.
    if (Date.now() >= until) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      until = Date.now() + 25;
    }
  }
  return likely.flatMap(({ c, best }): LikelyLink[] => {
    const match = describe(best, c, facts);
    if (!match) return [];
    return [{ claim: { id: c.id, statement: c.statement, outlet: c.outlet.name, publishedAt: c.sourceAt.toISOString(), rumorId: c.rumorId }, match }];
  });
}
