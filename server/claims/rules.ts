import "server-only";
import { formatDay, isPreEvent } from "@/lib/dates";
import type { Tx } from "@/server/platform/db";
import { AppError } from "@/server/platform/errors";

type Dated = { publishedAt: Date };
type EventDate = { name: string; date: Date };

// The two rules that make Hindsight about hindsight: a claim is quoted from
// before the event, its evidence from after it.
export function assertPreEvent(article: Dated, event: EventDate | null) {
  if (event && !isPreEvent(article.publishedAt, event.date)) {
    throw new AppError(
      "invalid",
      `This article was published on ${formatDay(article.publishedAt)}, not before ${event.name} (${formatDay(event.date)}). Claims must be quoted from pre-event articles.`,
      { articleId: ["Not a pre-event article for this event."] },
    );
  }
}

export function assertLaterEvidence(article: Dated, source: Dated, event: EventDate | null) {
  if (event) {
    if (isPreEvent(article.publishedAt, event.date)) {
      throw new AppError(
        "invalid",
        `This article was published on ${formatDay(article.publishedAt)}, before ${event.name} (${formatDay(event.date)}). Evidence must come from post-event articles.`,
        { articleId: ["Not a post-event article for this event."] },
      );
    }
    return;
  }
  if (article.publishedAt <= source.publishedAt) {
    throw new AppError("invalid", `Evidence must be published after the claim's source article (${formatDay(source.publishedAt)}).`, {
      articleId: ["Not later than the claim's source article."],
    });
  }
}

/**
 * Checks every quote of a rumor against the two rules after a change that
 * may break them (a claim joins, rumors merge, the event changes): claims
 * before the event, evidence after it — or, with no event, evidence after
 * the rumor's first appearance. Refuses with the first quote that breaks them.
 */
export async function assertRumorRules(tx: Tx, rumorId: string) {
  const rumor = await tx.rumor.findUnique({
    where: { id: rumorId },
    select: {
      event: { select: { name: true, date: true } },
      claims: { select: { article: { select: { publishedAt: true } } } },
      evidence: { select: { article: { select: { publishedAt: true } } } },
    },
  });
  if (!rumor) return;
  for (const c of rumor.claims) assertPreEvent(c.article, rumor.event);
  const first = rumor.claims.map((c) => c.article).sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime())[0];
  if (!first) return;
  for (const e of rumor.evidence) assertLaterEvidence(e.article, first, rumor.event);
}
