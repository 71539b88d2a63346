import "server-only";
import type { FetchedArticle } from "@/lib/contracts/sources";
import { FetchUrlSchema } from "@/lib/schemas/source";
import { requireEditor, type Actor } from "@/server/auth/session";
import { AppError, parseInput } from "@/server/platform/errors";
import { storeCapture } from "./capture-store";
import { decodePage, extractArticle } from "./extract";
import { matchOutlet } from "./outlet-match";
import { safeFetch } from "@/server/outbound/safe-fetch";

// "Add by URL" (issue 15): fetch safely, archive the response before reading
// it, extract the article and its metadata, match the outlet. Nothing but the
// capture is written: the editor corrects the preview and saves it through
// POST /api/v1/articles, which links the capture to the new article.

export async function fetchArticlePreview(input: unknown, actor?: Actor | null): Promise<FetchedArticle> {
  const who = actor === undefined ? await requireEditor() : actor;
  const { url } = parseInput(FetchUrlSchema, input);
  // A refusal (private address, too large, a PDF…) throws here: nothing was received, nothing is stored.
  const fetched = await safeFetch(url);
  const capture = await storeCapture(fetched, { userId: who?.id ?? null });
  const archived = { captureId: capture.id };

  if (fetched.status < 200 || fetched.status >= 300) {
    const message = `The site answered ${fetched.status} for this address; the answer was archived, but there is no article to read.`;
    throw new AppError("invalid", message, { url: [message] }, { reason: "http-status", status: fetched.status, ...archived });
  }
  const started = performance.now();
  const article = extractArticle(decodePage(fetched.body, fetched.headers), fetched.finalUrl);
  const extractMs = Math.round(performance.now() - started);
  if (!article) {
    const message = "No article text was found on this page. The page was archived as it was received.";
    throw new AppError("invalid", message, { url: [message] }, { reason: "no-text", ...archived });
  }
  // By the address actually fetched: a page's canonical link is its own claim and could name another outlet.
  const outlet = await matchOutlet(fetched.finalUrl, article.siteName);
  return {
    ...archived,
    url: fetched.url,
    finalUrl: fetched.finalUrl,
    canonicalUrl: article.canonicalUrl,
    status: fetched.status,
    fetchedAt: fetched.fetchedAt.toISOString(),
    fetchMs: fetched.durationMs,
    extractMs,
    size: capture.size,
    storedSize: capture.storedSize,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    publishedAtSource: article.publishedAtSource,
    outlet,
    text: article.text,
  };
}
