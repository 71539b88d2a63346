import "server-only";
import type { RuleProblem } from "@/lib/contracts/writes";
import { eventStart, formatDay, formatInZone, isPreEvent, type EventTiming } from "@/lib/dates";
import type { Tx } from "@/server/platform/db";
import { AppError } from "@/server/platform/errors";

type Dated = { publishedAt: Date };
type EventDate = EventTiming & { name: string; date: Date };

/** What an event select needs for the rules: its name and its clock. */
export const eventTimingSelect = { name: true, date: true, startTime: true, timeZone: true } as const;

// Dates in messages are shown on the event's clock, which decides; a day-only date (stored at 00:00 UTC) as its day.
const when = (date: Date, event: EventDate) => (date.getTime() % 86_400_000 === 0 ? `on ${formatDay(date)}` : formatInZone(date, event.timeZone));

// The two rules that make Hindsight about hindsight: a claim is quoted from
// before the event, its evidence from after it.
export function assertPreEvent(article: Dated, event: EventDate | null) {
  if (event && !isPreEvent(article.publishedAt, event)) {
    throw new AppError(
      "invalid",
      `This article was published ${when(article.publishedAt, event)}, not before ${event.name} (which starts ${formatInZone(eventStart(event), event.timeZone)}). Claims must be quoted from pre-event articles.`,
      { articleId: ["Not a pre-event article for this event."] },
    );
  }
}

export function assertLaterEvidence(article: Dated, source: Dated, event: EventDate | null) {
  if (event) {
    if (isPreEvent(article.publishedAt, event)) {
      throw new AppError(
        "invalid",
        `This article was published ${when(article.publishedAt, event)}, before ${event.name} (which starts ${formatInZone(eventStart(event), event.timeZone)}). Evidence must come from post-event articles.`,
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
 * may break them (a claim joins or is published, rumors merge, the event
 * changes): claims before the event, evidence after it — or, with no event,
 * evidence after the rumor's first appearance, and no published claim.
 * Refuses with the first quote that breaks them.
 */
export async function assertRumorRules(tx: Tx, rumorId: string) {
  const rumor = await tx.rumor.findUnique({
    where: { id: rumorId },
    select: {
      event: { select: eventTimingSelect },
      claims: { select: { publishedAt: true, article: { select: { publishedAt: true } } } },
      evidence: { select: { article: { select: { publishedAt: true } } } },
    },
  });
  if (!rumor) return;
  // Without an event nothing tells whether a quote came before it, so
  // readers must not see it as "before" anything (issue 11).
  if (!rumor.event && rumor.claims.some((c) => c.publishedAt)) {
    throw new AppError("invalid", "Set the event before publishing: only the event's start tells whether a quote came before it.", {
      eventId: ["A published claim needs an event."],
    });
  }
  for (const c of rumor.claims) assertPreEvent(c.article, rumor.event);
  const first = rumor.claims.map((c) => c.article).sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime())[0];
  if (!first) return;
  for (const e of rumor.evidence) assertLaterEvidence(e.article, first, rumor.event);
}

const messageOf = (check: () => void): string | null => {
  try {
    check();
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
};

/**
 * Every quote of these rumors that breaks the two rules, as a list an editor
 * can work through — unlike `assertRumorRules`, which stops at the first.
 * Run inside the transaction after a change (an article's date, an event's
 * day), to refuse the change with all it would break.
 */
export async function rumorRuleProblems(tx: Tx, rumorIds: string[]): Promise<RuleProblem[]> {
  const rumors = await tx.rumor.findMany({
    where: { id: { in: [...new Set(rumorIds)] } },
    orderBy: { id: "asc" },
    select: {
      event: { select: eventTimingSelect },
      claims: { orderBy: [{ sourceAt: "asc" }, { id: "asc" }], select: { id: true, article: { select: { title: true, publishedAt: true } } } },
      evidence: { orderBy: { id: "asc" }, select: { id: true, article: { select: { title: true, publishedAt: true } } } },
    },
  });
  const problems: RuleProblem[] = [];
  for (const rumor of rumors) {
    const first = [...rumor.claims].sort((a, b) => a.article.publishedAt.getTime() - b.article.publishedAt.getTime())[0];
    if (!first) continue;
    for (const c of rumor.claims) {
      const message = messageOf(() => assertPreEvent(c.article, rumor.event));
      if (message) problems.push({ kind: "claim", id: c.id, claimId: c.id, articleTitle: c.article.title, message });
    }
    for (const e of rumor.evidence) {
      const message = messageOf(() => assertLaterEvidence(e.article, first.article, rumor.event));
      if (message) problems.push({ kind: "evidence", id: e.id, claimId: first.id, articleTitle: e.article.title, message });
    }
  }
  return problems;
}

/** Refuses with every problem listed (`details.problems`), or does nothing. */
export function refuseProblems(problems: RuleProblem[], what: string) {
  if (problems.length === 0) return;
  const n = problems.length;
  throw new AppError("invalid", `${what} would break the pre-/post-event rule for ${n} ${n === 1 ? "quote" : "quotes"}; nothing was changed.`, undefined, {
    problems,
  });
}
