import "server-only";
import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import type { ApiErrorBody } from "@/lib/contracts/error";
import { tooLargeMessage } from "@/lib/import/size";
import { LIMITS } from "@/lib/schemas/common";
import { STATIC_SECURITY_HEADERS } from "@/lib/security-headers";

/** The most any request may declare: the largest upload with its multipart form around it. */
export const MAX_REQUEST_BYTES = LIMITS.uploadBytes + LIMITS.multipartSlackBytes;

const INSTALLED = Symbol.for("hindsight.body-guard");

/** Answers 413 when a request declares a body over MAX_REQUEST_BYTES; false when it does not. */
export function refuseDeclaredOversize(request: IncomingMessage, response: ServerResponse): boolean {
  const declared = Number(request.headers["content-length"] ?? "");
  if (!Number.isFinite(declared) || declared <= MAX_REQUEST_BYTES) return false;
  const body: ApiErrorBody = { error: { code: "too_large", message: tooLargeMessage("The request body", declared, MAX_REQUEST_BYTES) } };
  const json = JSON.stringify(body);
  response.writeHead(413, {
    ...Object.fromEntries(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key, value])),
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(json),
    "Cache-Control": "no-store",
    // The body is never read: end the connection rather than wait for it.
    Connection: "close",
  });
  response.end(json);
  return true;
}

/**
 * Refuses declared oversize bodies before Next sees the request, in every
 * HTTP server of this process (ADR 0022). Next holds a request until its
 * whole body has arrived before a route handler runs, even when the proxy
 * answers, so a `Content-Length: 52428800` with a trickle of bytes would
 * otherwise get no answer for as long as the client likes. The same answer
 * on every path tells an anonymous caller nothing about any endpoint; each
 * endpoint's own smaller limit is still checked from the header by
 * server/http/route.ts.
 */
export function installBodyGuard() {
  const proto = Server.prototype as Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  type Emit = (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  const emit = proto.emit as Emit;
  const guarded: Emit = function (event, ...args) {
    if (event === "request" && refuseDeclaredOversize(args[0] as IncomingMessage, args[1] as ServerResponse)) return true;
    return emit.call(this, event, ...args);
  };
  proto.emit = guarded as Server["emit"];
}
