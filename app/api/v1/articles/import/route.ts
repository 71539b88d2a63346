import { NextResponse } from "next/server";
import type { ArticleDefaults } from "@/lib/import/parse";
import { LIMITS } from "@/lib/schemas/common";
import { importArticleFile, readBodyBytes } from "@/server/articles/import-files";
import { AppError } from "@/server/platform/errors";
import { assertDeclaredSize, route } from "@/server/http/route";
import { progressResponse, wantsProgress } from "@/server/http/progress-stream";
import { requireEditor } from "@/server/auth/session";

const JSONL_TYPES = ["application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines"];
const MULTIPART_SLACK = LIMITS.multipartSlackBytes;

function defaultsFrom(get: (name: string) => unknown): ArticleDefaults {
  const text = (name: string) => {
    const value = get(name);
    return typeof value === "string" && value.trim() ? value : undefined;
  };
  return {
    outlet: text("outlet"),
    outletDomain: text("outletDomain"),
    title: text("title"),
    url: text("url"),
    publishedAt: text("publishedAt") ?? text("date"),
  };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

async function fromMultipart(request: Request, contentType: string) {
  const bytes = await readBodyBytes(request, { slack: MULTIPART_SLACK });
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("bad_request", "The upload is not valid multipart/form-data.");
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) throw new AppError("bad_request", "Choose a file to import (form field “file”).", { file: ["Choose a file."] });
  const name = file instanceof File && file.name ? file.name : "upload";
  const content = new Uint8Array(await file.arrayBuffer());
  // Form fields arrive decoded with U+FFFD for bad bytes; a file must be UTF-8 anyway
  // (its own check names it), so bad bytes outside a good file are in a field.
  if (!isUtf8(bytes) && isUtf8(content)) {
    throw new AppError("bad_request", "A form field (outlet, title, URL or date) is not valid UTF-8 text; nothing was imported.");
  }
  return { name, content, defaults: defaultsFrom((k) => form.get(k)) };
}

/** Reads the upload: a multipart form, or a raw JSON Lines body with defaults in the query string. */
async function readUpload(request: Request) {
  const contentType = request.headers.get("content-type") ?? "";
  if (mediaTypeOf(request) === "multipart/form-data") return fromMultipart(request, contentType);
  const params = new URL(request.url).searchParams;
  return { name: "upload.jsonl", content: await readBodyBytes(request), defaults: defaultsFrom((k) => params.get(k)) };
}

const mediaTypeOf = (request: Request) => (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();

/**
 * A file as multipart/form-data (field "file", plus outlet, title, url and
 * publishedAt for single-article files), or a raw JSON Lines body whose
 * defaults may come in the query string. Answers with the import report; with
 * `Accept: application/x-ndjson`, streams progress events first and ends
 * with the report or the error (server/http/progress-stream.ts).
 */
export const POST = route(async (request) => {
  const actor = await requireEditor();
  const mediaType = mediaTypeOf(request);
  if (mediaType !== "multipart/form-data" && !JSONL_TYPES.includes(mediaType)) {
    throw new AppError("bad_request", "Send a file as multipart/form-data (field “file”) or a JSON Lines body with Content-Type application/x-ndjson.");
  }
  // Answered with its status before any streaming starts.
  assertDeclaredSize(request, { slack: mediaType === "multipart/form-data" ? MULTIPART_SLACK : 0 });
  if (!wantsProgress(request)) {
    const report = await importArticleFile(await readUpload(request), actor);
    return NextResponse.json(report, { status: report.created > 0 ? 201 : 200 });
  }
  // The body is read inside the stream, so its problems (413 without a
  // Content-Length, bad multipart) arrive as the error event. Upload progress
  // is the browser's to measure: Next's proxy buffers the whole body before
  // this handler runs.
  return progressResponse(async (onProgress) => {
    const file = await readUpload(request);
    const report = await importArticleFile(file, actor, { onProgress });
    return { status: report.created > 0 ? 201 : 200, body: report };
  });
});
