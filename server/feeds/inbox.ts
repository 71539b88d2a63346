import "server-only";
import type { FeedImportResult, InboxItem, SourceFeed } from "@/lib/contracts/sources";
import { FeedCreateSchema, FeedItemsSchema } from "@/lib/schemas/source";
import { createArticle } from "@/server/articles/articles";
import { audit, auditMany } from "@/server/auth/audit";
import { requireEditor, type Actor } from "@/server/auth/session";
import { db } from "@/server/platform/db";
import { AppError, invalid, notFound, parseInput } from "@/server/platform/errors";
import { fetchArticlePreview } from "@/server/sources/fetch-article";
import { scheduleFeedPoll } from "./poll";

// The desk's feed inbox (issue 15): outlets' feeds, their new items, and the
// editor's decisions — dismiss, or import through the same fetch → archive →
// extract → save path as "Add by URL" (one at a time with the review step, or
// many at once saved as read, the feed's date standing in for a page without one).

export async function addFeed(input: unknown, actor?: Actor | null): Promise<{ id: string }> {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(FeedCreateSchema, input);
  const feed = await db.$transaction(async (tx) => {
    const outlet = await tx.outlet.findUnique({ where: { id: data.outletId }, select: { id: true } });
    if (!outlet) throw invalid("That outlet does not exist.", { outletId: ["Unknown outlet."] });
    if (await tx.feed.findUnique({ where: { url: data.url }, select: { id: true } }))
      throw new AppError("duplicate", "This feed is already followed.", { url: ["Already followed."] });
    const created = await tx.feed.create({ data: { outletId: outlet.id, url: data.url, createdById: who?.id ?? null }, select: { id: true } });
    await audit(tx, who, { action: "feed.add", entityType: "feed", entityId: created.id, after: data });
    return created;
  });
  await scheduleFeedPoll(feed.id);
  return feed;
}

export async function listFeeds(actor?: Actor | null): Promise<SourceFeed[]> {
  if (actor === undefined) await requireEditor();
  const feeds = await db.feed.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      url: true,
      title: true,
      lastPolledAt: true,
      nextPollAt: true,
      lastStatus: true,
      lastError: true,
      outlet: { select: { name: true } },
    },
  });
  // Counted for these feeds only: a relation `_count` groups the whole FeedItem table.
  const waiting = await db.feedItem.groupBy({ by: ["feedId"], where: { state: "new", feedId: { in: feeds.map((f) => f.id) } }, _count: { _all: true } });
  const waitingOf = new Map(waiting.map((w) => [w.feedId, w._count._all]));
  return feeds.map(({ lastPolledAt, nextPollAt, ...f }) => ({
    ...f,
    outlet: f.outlet.name,
    waiting: waitingOf.get(f.id) ?? 0,
    lastPolledAt: lastPolledAt?.toISOString() ?? null,
    nextPollAt: nextPollAt?.toISOString() ?? null,
  }));
}

export async function listInbox(actor?: Actor | null): Promise<InboxItem[]> {
  if (actor === undefined) await requireEditor();
  const items = await db.feedItem.findMany({
    where: { state: "new" },
    orderBy: [{ publishedAt: "desc" }, { foundAt: "desc" }],
    take: 200,
    select: { id: true, url: true, title: true, publishedAt: true, excerpt: true, foundAt: true, feed: { select: { outlet: { select: { name: true } } } } },
  });
  // An item saved through "Review and import" is an article by now: not new any more.
  const saved = new Set((await db.article.findMany({ where: { url: { in: items.map((i) => i.url) } }, select: { url: true } })).map((a) => a.url));
  return items
    .filter((i) => !saved.has(i.url))
    .map(({ feed, publishedAt, foundAt, ...i }) => ({
      ...i,
      outlet: feed.outlet.name,
      publishedAt: publishedAt?.toISOString() ?? null,
      foundAt: foundAt.toISOString(),
    }));
}

async function waiting(ids: string[]) {
  const items = await db.feedItem.findMany({
    where: { id: { in: ids }, state: "new" },
    select: { id: true, url: true, title: true, publishedAt: true, feed: { select: { outlet: { select: { name: true, domain: true } } } } },
  });
  if (items.length !== ids.length) throw notFound("One of the selected items (already decided, or unknown)");
  return items;
}

export async function dismissItems(input: unknown, actor?: Actor | null): Promise<{ dismissed: number }> {
  const who = actor === undefined ? await requireEditor() : actor;
  const { ids } = parseInput(FeedItemsSchema, input);
  return db.$transaction(async (tx) => {
    const now = new Date();
    const done = await tx.feedItem.updateMany({
      where: { id: { in: ids }, state: "new" },
      data: { state: "dismissed", decidedAt: now, decidedById: who?.id ?? null },
    });
    if (done.count !== ids.length) throw notFound("One of the selected items (already decided, or unknown)");
    await auditMany(
      tx,
      who,
      ids.map((id) => ({ action: "feed-item.dismiss", entityType: "feed-item" as const, entityId: id })),
      now,
    );
    return { dismissed: done.count };
  });
}

/** Imports each item as "Add by URL" would: a failure leaves that item in the inbox and no article. */
export async function importItems(input: unknown, actor?: Actor | null): Promise<FeedImportResult[]> {
  const who = actor === undefined ? await requireEditor() : actor;
  const { ids } = parseInput(FeedItemsSchema, input);
  const results: FeedImportResult[] = [];
  for (const item of await waiting(ids)) {
    try {
      const preview = await fetchArticlePreview({ url: item.url }, who);
      const publishedAt = preview.publishedAt ?? item.publishedAt?.toISOString();
      if (!publishedAt) throw invalid("Neither the page nor the feed gives a date: import it with “Review and import”.");
      const outlet = item.feed.outlet;
      const saved = await createArticle(
        {
          outlet: outlet.name,
          outletDomain: outlet.domain ?? undefined,
          title: preview.title ?? item.title,
          url: preview.canonicalUrl ?? preview.finalUrl,
          byline: preview.byline ?? undefined,
          publishedAt,
          text: preview.text,
          captureId: preview.captureId,
        },
        who,
      );
      await db.$transaction(async (tx) => {
        await tx.feedItem.update({
          where: { id: item.id },
          data: { state: "imported", articleId: saved.id, decidedAt: new Date(), decidedById: who?.id ?? null },
        });
        await audit(tx, who, { action: "feed-item.import", entityType: "feed-item", entityId: item.id, after: { articleId: saved.id, status: saved.status } });
      });
      results.push({ id: item.id, status: saved.status === "duplicate" ? "duplicate" : "imported", articleId: saved.id, message: null });
    } catch (error) {
      results.push({ id: item.id, status: "failed", articleId: null, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}

/** The outlets a feed can be followed for (the inbox's form). */
export async function outletChoices(actor?: Actor | null) {
  if (actor === undefined) await requireEditor();
  return db.outlet.findMany({ orderBy: { name: "asc" }, take: 1000, select: { id: true, name: true } });
}
