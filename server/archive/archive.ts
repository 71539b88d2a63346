import "server-only";
import type { ArchivedCapture, CaptureOutcome } from "@/lib/contracts/sources";
import { requireEditor, type Actor } from "@/server/auth/session";
import { readerClaimWhere } from "@/server/claims/visibility";
import { db } from "@/server/platform/db";
import { notFound } from "@/server/platform/errors";
import { captureBody } from "@/server/sources/capture-store";
import { decodePage, extractArticle } from "@/server/sources/extract";
import { currentVersion } from "@/server/sources/versions";
import { WARCRecord, WARCSerializer } from "warcio";

// The archive as people read it (issue 15): a capture's text as Hindsight
// stored it — the extracted text of its version, shown as inert text, never
// the site's HTML — for "captured on DATE" links on desk and reader pages.
// Readers may open the captures of an article that a published claim quotes.

const captureSelect = {
  id: true,
  url: true,
  finalUrl: true,
  status: true,
  contentType: true,
  fetchedAt: true,
  size: true,
  sha256: true,
  headers: true,
  outcome: true,
  articleId: true,
  version: { select: { number: true, text: true } },
  article: { select: { id: true, title: true, outlet: { select: { name: true } } } },
} as const;

async function load(captureId: string) {
  return db.capture.findUnique({ where: { id: captureId }, select: captureSelect });
}

/** One capture as stored; `audience: "public"` answers 404 unless a published claim quotes its article. */
export async function archivedCapture(captureId: string, audience: "desk" | "public", actor?: Actor | null): Promise<ArchivedCapture> {
  if (audience === "desk" && actor === undefined) await requireEditor();
  let capture = await load(captureId);
  if (!capture) throw notFound("The capture");
  if (audience === "public") {
    const visible = capture.articleId && (await db.claim.count({ where: { articleId: capture.articleId, ...readerClaimWhere } })) > 0;
    if (!visible) throw notFound("The capture");
  }
  const ok = capture.status >= 200 && capture.status < 300;
  // The capture an article was saved from becomes version 1 the first time it is read.
  if (ok && !capture.version && capture.articleId && !capture.outcome) {
    await currentVersion(capture.articleId);
    capture = (await load(captureId))!;
  }
  let text = capture.version?.text ?? null;
  // A page fetched for a preview and never saved has no version: read, not stored.
  if (ok && text === null && !capture.articleId) {
    const body = await captureBody(capture.sha256);
    text = extractArticle(decodePage(body, JSON.parse(capture.headers) as [string, string][]), capture.finalUrl)?.text ?? null;
  }
  return {
    id: capture.id,
    url: capture.url,
    finalUrl: capture.finalUrl,
    status: capture.status,
    contentType: capture.contentType,
    fetchedAt: capture.fetchedAt.toISOString(),
    size: capture.size,
    sha256: capture.sha256,
    outcome: capture.outcome as CaptureOutcome | null,
    version: capture.version?.number ?? null,
    text,
    article: capture.article ? { id: capture.article.id, title: capture.article.title, outlet: capture.article.outlet.name } : null,
  };
}

// The body is archived decoded (ADR 0027): these headers described the wire form, not these bytes.
const WIRE_HEADERS = new Set(["content-encoding", "transfer-encoding", "content-length"]);

async function* once(bytes: Uint8Array) {
  yield bytes;
}

/**
 * Every capture of an article as one WARC 1.1 file of gzipped records
 * (warcio): warcinfo, then per capture its response record and, when it has
 * a version, a conversion record with the extracted text referring to it.
 */
export async function articleWarc(articleId: string, actor?: Actor | null): Promise<{ filename: string; body: Uint8Array }> {
  if (actor === undefined) await requireEditor();
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw notFound("The article");
  const captures = await db.capture.findMany({ where: { articleId }, orderBy: { fetchedAt: "asc" }, select: captureSelect });
  const warcVersion = "WARC/1.1";
  const filename = `hindsight-article-${articleId}.warc.gz`;
  const parts: Uint8Array[] = [];
  const info = await WARCRecord.createWARCInfo({ filename, warcVersion }, { software: "Hindsight (warcio.js)", format: "WARC File Format 1.1" });
  parts.push(await WARCSerializer.serialize(info, { gzip: true }));
  for (const capture of captures) {
    const headers = (JSON.parse(capture.headers) as [string, string][]).filter(([k]) => !WIRE_HEADERS.has(k.toLowerCase()));
    const date = capture.fetchedAt.toISOString();
    const response = await WARCRecord.create(
      { url: capture.finalUrl, date, type: "response", warcVersion, statusline: `HTTP/1.1 ${capture.status}`, httpHeaders: headers },
      once(await captureBody(capture.sha256)),
    );
    parts.push(await WARCSerializer.serialize(response, { gzip: true }));
    if (capture.version) {
      const conversion = await WARCRecord.create(
        {
          url: capture.finalUrl,
          date,
          type: "conversion",
          warcVersion,
          warcHeaders: { "WARC-Refers-To": response.warcHeader("WARC-Record-ID")!, "Content-Type": "text/plain; charset=utf-8" },
        },
        once(new TextEncoder().encode(capture.version.text)),
      );
      parts.push(await WARCSerializer.serialize(conversion, { gzip: true }));
    }
  }
  return { filename, body: Buffer.concat(parts) };
}
