import { beforeAll, describe, expect, it } from "vitest";
import { setArticleDone } from "@/server/articles/article-edits";
import { importArticles } from "@/server/articles/articles";
import { createEvent } from "@/server/articles/events";
import { createClaim } from "@/server/claims/claims";
import { recordVerdict } from "@/server/claims/verdicts";
import { db } from "@/server/platform/db";
import { getWorkQueue } from "./queue";

// The work queue (issue 14, defect 4): a draft verdict is not "without a
// verdict", a published verdict on an unpublished claim keeps the claim
// listed, and an article with nothing checkable can be marked done.

const TEXT = "Insiders say the flag will be handed over by a film star. Tickets will be free, others say. Rain is expected.";
const span = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length, quote });
const ids = { none: "", draft: "", verdict: "", lone: "" };

beforeAll(async () => {
  const report = await importArticles(
    [
      { outlet: "Queue Times", title: "Preview", publishedAt: "2024-08-09", text: TEXT },
      { outlet: "Queue Times", title: "Weather only", publishedAt: "2024-08-09", text: "Nothing but the weather: sunny spells over Paris." },
    ],
    null,
  );
  const articleId = report.items[0]!.id;
  ids.lone = report.items[1]!.id;
  const event = await createEvent({ name: "Queue ceremony", date: "2024-08-11" }, null);
  const claim = (quote: string) => createClaim({ articleId, ...span(quote), statement: quote, attributedTo: "insiders", eventId: event.id }, null);
  const none = await claim("the flag will be handed over by a film star");
  const draft = await claim("Tickets will be free");
  const verdict = await claim("Rain is expected");
  await recordVerdict(draft.id, { rating: "refuted", rationale: "Tickets cost money, as the box office shows.", version: draft.version }, null);
  await recordVerdict(
    verdict.id,
    { rating: "confirmed", rationale: "It rained during the ceremony, as reported.", version: verdict.version, publish: true },
    null,
  );
  Object.assign(ids, { none: none.id, draft: draft.id, verdict: verdict.id });
});

const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("the work queue", () => {
  it("lists a claim with only a draft verdict as a draft, not as without a verdict", async () => {
    const queue = await getWorkQueue();
    expect(idsOf(queue.pending)).toContain(ids.none);
    expect(idsOf(queue.pending)).not.toContain(ids.draft);
    expect(idsOf(queue.drafts)).toEqual([ids.draft]);
  });

  it("keeps a claim whose verdict is published but which is not", async () => {
    const queue = await getWorkQueue();
    expect(idsOf(queue.unpublished)).toEqual([ids.verdict]);
    expect(idsOf(queue.pending)).not.toContain(ids.verdict);
  });

  it("lets an article with nothing checkable leave the queue, audited", async () => {
    expect(idsOf((await getWorkQueue()).untouched)).toContain(ids.lone);
    const { version } = await db.article.findUniqueOrThrow({ where: { id: ids.lone } });
    await setArticleDone(ids.lone, { done: true, version }, null);
    expect(idsOf((await getWorkQueue()).untouched)).not.toContain(ids.lone);
    expect(await db.auditEvent.count({ where: { entityId: ids.lone, action: "article.done" } })).toBe(1);
  });
});
