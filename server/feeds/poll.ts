import "server-only";
import { createHash } from "node:crypto";
import { parseFeed } from "@rowanmanning/feed-parser";
import { htmlToArticle } from "@/lib/import/html";
import type { JobQueue } from "@/server/jobs/queue";
import { jobs } from "@/server/jobs/jobs";
import { db } from "@/server/platform/db";
import { env } from "@/server/platform/env";
import { errorText } from "@/server/jobs/queue";
import { decodePage } from "@/server/sources/extract";
import { robotsAllow } from "@/server/sources/recapture";
import { safeFetch } from "@/server/outbound/safe-fetch";

// Feed polling (issue 15): each outlet feed is fetched on a schedule
// (HINDSIGHT_FEED_POLL_EVERY) through the safe fetcher, robots.txt first,
// parsed with @rowanmanning/feed-parser (RSS and Atom), and its new items go
// to the desk inbox — unless their canonical link or their text is already
// known (an inbox item, or an article saved from that address).

export const FEED_POLL = "feed-poll";
type FeedJob = { feedId: string };

const FEED_TYPES = ["application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml"];
const RETRIES = 3;

/** The link an item is known by: absolute, without fragment or utm_* tracking parameters. */
export function canonicalLink(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    url.hash = "";
    for (const key of [...url.searchParams.keys()]) if (/^utm_/i.test(key)) url.searchParams.delete(key);
    return url.href;
  } catch {
    return null;
  }
}

const hashText = (text: string) => createHash("sha256").update(text.replace(/\s+/g, " ").trim().toLowerCase(), "utf8").digest("hex");
const firstLines = (text: string) => (text.length > 280 ? `${text.slice(0, 280).replace(/\s+\S*$/, "")}…` : text);

type Polled = { status: "ok" | "robots" | "error"; added: number };

/** One poll of a feed: new items into the inbox, the outcome on the feed. Throws on a network failure (the job retries). */
export async function pollFeed(feedId: string, now = new Date()): Promise<Polled> {
  const feed = await db.feed.findUnique({ where: { id: feedId }, select: { id: true, url: true } });
  if (!feed) return { status: "error", added: 0 };
  const record = (data: { lastStatus: string; lastError: string | null }) =>
    db.feed.update({
      where: { id: feed.id },
      data: { ...data, lastPolledAt: now, nextPollAt: new Date(now.getTime() + env.HINDSIGHT_FEED_POLL_EVERY[0]! * 1000) },
    });
  if (!(await robotsAllow(feed.url))) {
    await record({ lastStatus: "robots", lastError: "The site's robots.txt disallows Hindsight from this feed." });
    return { status: "robots", added: 0 };
  }
  const fetched = await safeFetch(feed.url, { accept: FEED_TYPES, maxBytes: 2 * 2 ** 20 });
  if (fetched.status < 200 || fetched.status >= 300) {
    await record({ lastStatus: String(fetched.status), lastError: `The site answered ${fetched.status}.` });
    return { status: "error", added: 0 };
  }
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(decodePage(fetched.body, fetched.headers));
  } catch (error) {
    await record({ lastStatus: "invalid", lastError: `Not a feed Hindsight can read: ${errorText(error)}` });
    return { status: "error", added: 0 };
  }
  const candidates = new Map<string, { url: string; title: string; publishedAt: Date | null; excerpt: string; textHash: string | null }>();
  for (const item of parsed.items) {
    const url = canonicalLink(item.url ?? item.id, fetched.finalUrl);
    if (!url || candidates.has(url)) continue;
    const text = htmlToArticle(item.content ?? item.description ?? "").text.trim();
    candidates.set(url, {
      url,
      title: (item.title ?? "").trim() || url,
      publishedAt: item.published ?? item.updated ?? null,
      excerpt: firstLines(text),
      textHash: text ? hashText(text) : null,
    });
  }
  const urls = [...candidates.keys()];
  const hashes = [...candidates.values()].flatMap((c) => (c.textHash ? [c.textHash] : []));
  const [known, saved, sameText] = await Promise.all([
    db.feedItem.findMany({ where: { url: { in: urls } }, select: { url: true } }),
    db.article.findMany({ where: { url: { in: urls } }, select: { url: true } }),
    db.feedItem.findMany({ where: { textHash: { in: hashes } }, select: { textHash: true } }),
  ]);
  const seen = new Set([...known.map((k) => k.url), ...saved.map((a) => a.url!)]);
  const seenText = new Set(sameText.map((s) => s.textHash));
  const fresh = [...candidates.values()].filter((c) => !seen.has(c.url) && !(c.textHash && seenText.has(c.textHash)));
  // Two items of one poll with the same text: the first stays.
  const byText = new Set<string>();
  const rows = fresh.filter((c) => !c.textHash || (!byText.has(c.textHash) && byText.add(c.textHash)));
  await db.$transaction(async (tx) => {
    for (const row of rows) await tx.feedItem.create({ data: { ...row, feedId: feed.id, foundAt: now } });
    await tx.feed.update({
      where: { id: feed.id },
      data: {
        title: parsed.title ?? undefined,
        lastStatus: "ok",
        lastError: null,
        lastPolledAt: now,
        nextPollAt: new Date(now.getTime() + env.HINDSIGHT_FEED_POLL_EVERY[0]! * 1000),
      },
    });
  });
  return { status: "ok", added: rows.length };
}

/** Queues the feed's next poll (`at`, now by default). */
export const scheduleFeedPoll = (feedId: string, at = new Date(), queue: JobQueue = jobs()) =>
  queue.send<FeedJob>(FEED_POLL, { feedId }, { startAfter: at, retryLimit: RETRIES, retryDelaySeconds: 60 });

/** `now`: the queue's clock (tests move it). */
export async function registerFeedJobs(queue: JobQueue, now = () => new Date()) {
  await queue.work<FeedJob>(FEED_POLL, async ({ feedId }, job) => {
    const next = () => scheduleFeedPoll(feedId, new Date(now().getTime() + env.HINDSIGHT_FEED_POLL_EVERY[0]! * 1000), queue);
    try {
      await pollFeed(feedId, now());
    } catch (error) {
      await db.feed.updateMany({ where: { id: feedId }, data: { lastStatus: "error", lastError: errorText(error), lastPolledAt: now() } });
      // Retried with backoff by the queue; after the last attempt, the regular schedule resumes.
      if (job.attempt <= RETRIES) throw error;
    }
    if (await db.feed.count({ where: { id: feedId } })) await next();
  });
}
