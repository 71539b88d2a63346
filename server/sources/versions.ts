import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/server/platform/db";
import { deliverSoon } from "@/server/webhooks/delivery";
import { stealthEditFound } from "@/server/webhooks/events";
import { captureBody } from "./capture-store";
import { decodePage, extractArticle } from "./extract";
import { locateQuote, trackQuote } from "./quote-track";

// Article versions and stealth edits (issue 15, ADR 0034). Each re-capture is
// judged here: a page gone (404/410), an error, or a redirect to another
// address is recorded on the capture as such and is never an edit; a page
// whose extracted text differs from the latest version becomes the next
// version, and every claim or evidence quote that the new text changes or
// drops is flagged (QuoteEdit). Text is extracted once per version: a capture
// with the same bytes as one already read reuses its version. Each new
// version is a `stealth_edit.found` webhook event, recorded in the version's
// own transaction (ADR 0033's outbox): both commit, or neither does.

export type CaptureOutcome = "version" | "same" | "gone" | "moved" | "error" | "no-text";

type CaptureRow = { id: string; url: string; finalUrl: string; status: number; headers: string; sha256: string; fetchedAt: Date };
type Version = { id: string; number: number; text: string; sha256: string };

const captureSelect = { id: true, url: true, finalUrl: true, status: true, headers: true, sha256: true, fetchedAt: true } as const;
const versionSelect = { id: true, number: true, text: true, sha256: true } as const;
const hashText = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** The same page: scheme, host, path (trailing slash aside) and query; a redirect anywhere else is a move. */
function sameAddress(a: string, b: string) {
  const [x, y] = [new URL(a), new URL(b)];
  const path = (u: URL) => u.pathname.replace(/\/+$/, "");
  return x.origin === y.origin && path(x) === path(y) && x.search === y.search;
}

async function textOf(capture: CaptureRow): Promise<string | null> {
  const body = await captureBody(capture.sha256);
  return extractArticle(decodePage(body, JSON.parse(capture.headers) as [string, string][]), capture.finalUrl)?.text ?? null;
}

async function createVersion(articleId: string, number: number, text: string, capture: CaptureRow): Promise<Version> {
  return db.$transaction(async (tx) => {
    const version = await tx.articleVersion.create({
      data: { articleId, number, text, sha256: hashText(text), capturedAt: capture.fetchedAt },
      select: versionSelect,
    });
    await tx.capture.update({ where: { id: capture.id }, data: { versionId: version.id } });
    return version;
  });
}

/** The latest version; the first time, version 1 is read from the capture the article was saved from. */
async function latestVersion(articleId: string, except: string): Promise<Version | null> {
  const latest = await db.articleVersion.findFirst({ where: { articleId }, orderBy: { number: "desc" }, select: versionSelect });
  if (latest) return latest;
  const first = await db.capture.findFirst({ where: { articleId, id: { not: except } }, orderBy: { fetchedAt: "asc" }, select: captureSelect });
  const text = first && first.status >= 200 && first.status < 300 ? await textOf(first) : null;
  return first && text !== null ? createVersion(articleId, 1, text, first) : null;
}

/** The article's latest version (version 1 is read from its first capture the first time it is asked for). */
export const currentVersion = (articleId: string) => latestVersion(articleId, "");

/** The new text's effect on every quote pinned to the previous version. */
async function quoteEdits(articleId: string, before: Version, after: string) {
  const [claims, evidence] = await Promise.all([
    db.claim.findMany({ where: { articleId }, select: { id: true, quoteStart: true, quoteEnd: true, quoteText: true } }),
    db.evidence.findMany({ where: { articleId }, select: { id: true, quoteStart: true, quoteEnd: true, quoteText: true } }),
  ]);
  const quotes = [...claims.map((q) => ({ ...q, claimId: q.id })), ...evidence.map((q) => ({ ...q, evidenceId: q.id }))];
  return quotes.flatMap(({ id: _id, quoteStart: _s, quoteEnd: _e, quoteText, ...owner }) => {
    // A quote the previous text no longer holds was flagged when it went.
    const span = locateQuote(before.text, { quoteStart: _s, quoteEnd: _e, quoteText });
    const fate = span ? trackQuote(before.text, after, span) : { kind: "kept" as const };
    if (fate.kind === "kept") return [];
    return [{ ...owner, kind: fate.kind, quoteText, replacement: fate.kind === "changed" ? fate.replacement : null }];
  });
}

async function judge(articleId: string, capture: CaptureRow, firstUrl: string): Promise<CaptureOutcome> {
  if (capture.status === 404 || capture.status === 410) return "gone";
  if (capture.status < 200 || capture.status >= 300) return "error";
  if (!sameAddress(firstUrl, capture.finalUrl)) return "moved";
  const latest = await latestVersion(articleId, capture.id);
  // Unchanged bytes: the version already read from them, no extraction.
  const twin = await db.capture.findFirst({
    where: { articleId, sha256: capture.sha256, versionId: { not: null }, id: { not: capture.id } },
    orderBy: { fetchedAt: "desc" },
    select: { version: { select: versionSelect } },
  });
  const text = twin?.version ? twin.version.text : await textOf(capture);
  if (text === null) return "no-text";
  if (!latest) {
    await createVersion(articleId, 1, text, capture);
    return "version";
  }
  if (hashText(text) === latest.sha256) {
    await db.capture.update({ where: { id: capture.id }, data: { versionId: latest.id } });
    return "same";
  }
  const edits = await quoteEdits(articleId, latest, text);
  await db.$transaction(async (tx) => {
    const version = await tx.articleVersion.create({
      data: { articleId, number: latest.number + 1, text, sha256: hashText(text), capturedAt: capture.fetchedAt },
      select: { id: true },
    });
    await tx.capture.update({ where: { id: capture.id }, data: { versionId: version.id } });
    if (edits.length) await tx.quoteEdit.createMany({ data: edits.map((e) => ({ ...e, articleId, versionId: version.id, editedAt: capture.fetchedAt })) });
    await stealthEditFound(tx, { articleId, versionId: version.id, previousVersionId: latest.id, captureId: capture.id, foundAt: capture.fetchedAt });
  });
  await deliverSoon();
  return "version";
}

/** Judges a re-capture of the article and records the outcome on the capture. */
export async function recordRecapture(articleId: string, captureId: string): Promise<CaptureOutcome> {
  const [capture, first] = await Promise.all([
    db.capture.findUniqueOrThrow({ where: { id: captureId }, select: captureSelect }),
    db.capture.findFirstOrThrow({ where: { articleId }, orderBy: { fetchedAt: "asc" }, select: { finalUrl: true } }),
  ]);
  const outcome = await judge(articleId, capture, first.finalUrl);
  await db.capture.update({ where: { id: captureId }, data: { outcome } });
  return outcome;
}
