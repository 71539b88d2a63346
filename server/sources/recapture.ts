import "server-only";
import robotsParser from "robots-parser";
import { audit } from "@/server/auth/audit";
import { requireEditor, type Actor } from "@/server/auth/session";
import { db } from "@/server/platform/db";
import { invalid } from "@/server/platform/errors";
import { env } from "@/server/platform/env";
import { errorText, type JobQueue } from "@/server/jobs/queue";
import { jobs } from "@/server/jobs/jobs";
import { storeCapture } from "./capture-store";
import { FetchRefused, safeFetch, USER_AGENT } from "@/server/outbound/safe-fetch";
import { recordRecapture, type CaptureOutcome } from "./versions";

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

/**
 * Whether robots.txt lets Hindsight fetch the URL. A site without one (4xx) or
 * with one Hindsight cannot read allows it; one the site fails to serve (5xx,
 * or 429) or cannot be reached throws, so the job tries again later: until
 * then the whole site counts as disallowed (RFC 9309, 2.3.1.4).
 */
export async function robotsAllow(url: string): Promise<boolean> {
  const robotsUrl = new URL("/robots.txt", url).href;
  try {
    const answer = await safeFetch(robotsUrl, { accept: ["text/plain"], maxBytes: 512 * 1024 });
    if (answer.status >= 500 || answer.status === 429) throw new Error(`The site's robots.txt answered ${answer.status}: nothing fetched, tried again later.`);
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
 * archived — a 404 or a redirect elsewhere included, recorded as such
 * (versions.ts); a throw is retried with backoff by the queue.
 */
export async function recapture({ articleId }: RecaptureJob): Promise<CaptureOutcome | "robots" | "untracked"> {
  const first = await db.capture.findFirst({ where: { articleId }, orderBy: { fetchedAt: "asc" }, select: { url: true } });
  if (!first) return "untracked";
  if (!(await robotsAllow(first.url))) return "robots";
  const capture = await storeCapture(await safeFetch(first.url), { userId: null, articleId });
  // Judged after archiving: a failed extraction still leaves the capture.
  return recordRecapture(articleId, capture.id);
}

/**
 * "Check the page again now" on the desk: an editor's own request (like "Add
 * by URL", so robots.txt is not asked), judged like a scheduled re-capture.
 */
export async function recaptureNow(articleId: string, actor?: Actor | null): Promise<{ captureId: string; outcome: CaptureOutcome }> {
  const who = actor === undefined ? await requireEditor() : actor;
  const first = await db.capture.findFirst({ where: { articleId }, orderBy: { fetchedAt: "asc" }, select: { url: true } });
  if (!first) throw invalid("This article was not saved from a web address, so there is no page to check.");
  const capture = await storeCapture(await safeFetch(first.url), { userId: who?.id ?? null, articleId });
  const outcome = await recordRecapture(articleId, capture.id);
  await db.$transaction((tx) =>
    audit(tx, who, { action: "article.recapture", entityType: "article", entityId: articleId, after: { captureId: capture.id, outcome } }),
  );
  return { captureId: capture.id, outcome };
}

export async function registerSourceJobs(queue: JobQueue) {
  await queue.work<RecaptureJob>(RECAPTURE, async (data) => {
    // The outcome or the error is kept on the article for the desk's jobs view; a throw is retried.
    const mark = (recheckError: string | null) => db.article.updateMany({ where: { id: data.articleId }, data: { recheckedAt: new Date(), recheckError } });
    try {
      await recapture(data);
    } catch (error) {
      await mark(errorText(error));
      throw error;
    }
    await mark(null);
  });
}
