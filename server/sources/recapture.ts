import "server-only";
import robotsParser from "robots-parser";
import { db } from "@/server/platform/db";
import { env } from "@/server/platform/env";
import type { JobQueue } from "@/server/jobs/queue";
import { jobs } from "@/server/jobs/jobs";
import { storeCapture } from "./capture-store";
import { FetchRefused, safeFetch, USER_AGENT } from "./safe-fetch";

// Re-captures (issue 15): an article saved from a URL is fetched again on a
// schedule — often in its first days, then rarely (HINDSIGHT_RECAPTURE_AFTER)
// — and every answer joins its captures, so the archive shows what the page
// said on each of those days. The site's robots.txt is asked first: a
// scheduled fetch is a robot's, unlike the editor's own "Add by URL".

export const RECAPTURE = "source-recapture";
type RecaptureJob = { articleId: string };

/** Queues the article's re-captures, each delay counted from `from`. */
export async function scheduleRecaptures(articleId: string, from = new Date(), queue: JobQueue = jobs()) {
  for (const seconds of env.HINDSIGHT_RECAPTURE_AFTER) {
    await queue.send<RecaptureJob>(RECAPTURE, { articleId }, { startAfter: new Date(from.getTime() + seconds * 1000), retryLimit: 3, retryDelaySeconds: 60 });
  }
}

/** Whether robots.txt lets Hindsight fetch the URL; a site without one (or an unreadable one) allows it. */
async function robotsAllow(url: string): Promise<boolean> {
  const robotsUrl = new URL("/robots.txt", url).href;
  try {
    const answer = await safeFetch(robotsUrl, { accept: ["text/plain"], maxBytes: 512 * 1024 });
    if (answer.status >= 400) return true;
    return robotsParser(robotsUrl, answer.body.toString("utf8")).isAllowed(url, USER_AGENT) !== false;
  } catch (error) {
    if (error instanceof FetchRefused && error.reason !== "network" && error.reason !== "timeout") return true;
    throw error;
  }
}

/**
 * One re-capture of the address the article was first fetched from (its
 * canonical link is the page's own claim). Whatever the site answers is
 * archived — a 404 or a redirect elsewhere included; a throw is retried with
 * backoff by the queue.
 */
export async function recapture({ articleId }: RecaptureJob): Promise<"captured" | "robots" | "gone"> {
  const first = await db.capture.findFirst({ where: { articleId }, orderBy: { fetchedAt: "asc" }, select: { url: true } });
  if (!first) return "gone";
  if (!(await robotsAllow(first.url))) return "robots";
  await storeCapture(await safeFetch(first.url), { userId: null, articleId });
  return "captured";
}

export async function registerSourceJobs(queue: JobQueue) {
  await queue.work<RecaptureJob>(RECAPTURE, async (data) => void (await recapture(data)));
}
