import "server-only";
import { NextResponse } from "next/server";
import type { ApiErrorBody } from "@/lib/contracts/error";
import { tooLargeMessage } from "@/lib/import/size";
import { LIMITS } from "@/lib/schemas/common";
import { Prisma } from "@/server/platform/db";
import { findIllFormed, textProblem } from "@/lib/unicode";
import { AppError, invalid } from "@/server/platform/errors";
import { isReadOnlyError, readOnlyError } from "@/server/platform/read-only";
import { withRequest } from "@/server/platform/request-context";
import { requireEditor } from "@/server/auth/session";

function errorResponse(error: AppError) {
  const body: ApiErrorBody = { error: { code: error.code, message: error.message, fields: error.fields, details: error.details } };
  return NextResponse.json(body, { status: error.status });
}

/** Maps anything a handler throws to the API's error shape; nothing becomes a bare 500. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (isReadOnlyError(error)) return readOnlyError();
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return new AppError("conflict", "That would duplicate an existing record.");
    if (error.code === "P2025") return new AppError("not_found", "The record was not found (it may have just been deleted).");
  }
  return null;
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a cookie-authenticated mutation that a browser sent from another
 * site. Browsers always send Origin (and Sec-Fetch-Site) on such requests;
 * scripts with a Bearer token carry no ambient credentials and are exempt.
 */
function assertSameOrigin(request: Request) {
  if (SAFE_METHODS.has(request.method)) return;
  if (/^Bearer\s/i.test(request.headers.get("authorization") ?? "")) return;
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") {
    throw new AppError("forbidden", "Cross-site requests cannot change anything here.");
  }
  const origin = request.headers.get("origin");
  if (origin) {
    const host = request.headers.get("host") ?? new URL(request.url).host;
    let originHost: string | null = null;
    try {
      originHost = origin === "null" ? null : new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (originHost !== host) throw new AppError("forbidden", "Cross-site requests cannot change anything here.");
  }
}

/**
 * Wraps every API route handler. Every mutation needs a signed-in editor
 * (admin-only ones check again inside); checking it here, before the body is
 * read, means an anonymous caller always gets 401, never a 400 or 413 that
 * would tell it something about the endpoint.
 */
export function route<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      assertSameOrigin(request);
      return await withRequest(request, async () => {
        if (!SAFE_METHODS.has(request.method)) await requireEditor();
        return handler(request, context);
      });
    } catch (error) {
      const known = toAppError(error);
      if (known) return errorResponse(known);
      console.error("Unhandled API error", error);
      return NextResponse.json({ error: { code: "internal", message: "Something went wrong on our side; nothing was changed." } }, { status: 500 });
    }
  };
}

export type BodyLimit = { limit?: number; slack?: number; what?: string };

/** Refuses a body whose declared Content-Length is over the limit, before reading any of it. */
export function assertDeclaredSize(request: Request, options: BodyLimit = {}) {
  const { limit = LIMITS.uploadBytes, slack = 0, what = "The upload" } = options;
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit + slack) throw new AppError("too_large", tooLargeMessage(what, declared, limit));
}

/**
 * Reads a request body but stops as soon as it passes the limit, so an
 * oversized upload without (or with a false) Content-Length is never
 * buffered whole. `slack` leaves room for multipart boundaries and fields.
 */
export async function readBodyBytes(request: Request, options: BodyLimit = {}): Promise<Uint8Array<ArrayBuffer>> {
  const { limit = LIMITS.uploadBytes, slack = 0, what = "The upload" } = options;
  const maxBytes = limit + slack;
  assertDeclaredSize(request, options);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new AppError("too_large", tooLargeMessage(what, undefined, limit));
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a JSON body, refusing oversized or malformed ones before parsing.
 * Nothing is mended on the way: bytes that are not UTF-8 and strings that
 * are not well-formed Unicode ("\ud83c") are refused, not replaced with U+FFFD.
 */
export async function readJson(request: Request, maxBytes = 1024 * 1024): Promise<unknown> {
  const bytes = await readBodyBytes(request, { limit: maxBytes, what: "The request body" });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("bad_request", "The request body is not valid UTF-8 text; nothing was changed.");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  const found = findIllFormed(value);
  if (found) {
    const field = found.path.length > 120 ? `${found.path.slice(0, 120)}…` : found.path;
    const message = `${field || "The request body"} ${textProblem(found.text)}`;
    throw invalid(message, { [field || "_"]: [message] });
  }
  return value;
}
